// How Learn and Studio start: the plugins' browser bundles first (browser-plugins.ts), then the app,
// so that slot components and plugin rules are in place at its first render. A list that cannot be
// fetched starts the app without plugins.
import { loadBrowserPlugins, type BundleEntry } from './browser-plugins.ts';
import { exposeSharedModules } from './shared-modules.ts';

export const BUNDLE_LIST_URL = '/api/v1/plugins/ui';

async function bundleList(): Promise<BundleEntry[]> {
  try {
    const response = await fetch(BUNDLE_LIST_URL, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`GET ${BUNDLE_LIST_URL} answered ${response.status}`);
    return (await response.json()) as BundleEntry[];
  } catch (error) {
    console.error('the plugins\u2019 browser bundles could not be listed: starting without them', error);
    return [];
  }
}

export async function startWithPlugins(render: () => void): Promise<void> {
  const bundles = await bundleList();
  if (bundles.length > 0) await loadBrowserPlugins({ bundles, shared: exposeSharedModules() });
  render();
}
