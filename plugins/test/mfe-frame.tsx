// What an Open edX micro-frontend gives a slot plugin, for the plugins' tests: a DOM (jsdom, set up
// after the server's modules have loaded in Node), frontend-platform's config with the site's
// pluginSlots, its authenticated HTTP client (real axios over HTTP, signed in by an API token where a
// site's LMS JWT cookies sign it in), an IntlProvider, and FPF's PluginSlot rendering the slot.
import type { ComponentType, ReactNode } from 'react';
import { builtinEnvironments } from 'vitest/environments';

/**
 * The MFE's modules, imported by the plugin's own test once the DOM is there (each plugin has its
 * own copies, which this folder cannot resolve).
 */
export interface MfeModules {
  readonly createClient: (headers: Record<string, string>) => unknown;
  readonly mergeConfig: (config: Record<string, unknown>) => void;
  readonly configure: (service: new () => object, options: Record<string, unknown>) => unknown;
  readonly IntlProvider: ComponentType<{ locale: string; children: ReactNode }>;
  readonly PluginSlot: ComponentType<{
    id: string;
    pluginProps: Record<string, unknown>;
    children: ReactNode;
  }>;
  readonly DIRECT_PLUGIN: string;
  readonly PLUGIN_OPERATIONS: { readonly Insert: string };
}

export interface SlotOptions {
  readonly modules: () => Promise<MfeModules>;
  readonly slot: string;
  readonly widget: ComponentType<never>;
  readonly pluginProps?: Record<string, unknown>;
  readonly headers: Record<string, string>;
  readonly config: Record<string, string>;
}

/** Renders `widget` inserted into `slot` (keeping the slot's default content); the DOM is made on the first call. */
export async function renderInSlot({
  modules,
  slot,
  widget,
  pluginProps = {},
  headers,
  config,
}: SlotOptions) {
  if (typeof document === 'undefined') {
    await builtinEnvironments.jsdom.setup(globalThis, { jsdom: { url: 'https://apps.example.org/' } });
  }
  const [{ createClient, mergeConfig, configure, IntlProvider, PluginSlot, ...fpf }, { render }] =
    await Promise.all([modules(), import('@testing-library/react')]);
  const client = createClient(headers);
  configure(
    class SignedInByToken {
      getAuthenticatedHttpClient = () => client;
    },
    { config: {}, loggingService: { logError: () => {}, logInfo: () => {} } },
  );
  mergeConfig({
    ...config,
    pluginSlots: {
      [slot]: {
        keepDefault: true,
        plugins: [
          {
            op: fpf.PLUGIN_OPERATIONS.Insert,
            widget: { id: 'learning_paths', type: fpf.DIRECT_PLUGIN, priority: 60, RenderWidget: widget },
          },
        ],
      },
    },
  });
  return render(
    <IntlProvider locale="en">
      <PluginSlot id={slot} pluginProps={pluginProps}>
        <p>default content</p>
      </PluginSlot>
    </IntlProvider>,
  );
}
