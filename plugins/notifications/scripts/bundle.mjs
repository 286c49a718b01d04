// Bundles the browser UI (src/browser/) into dist/browser.js, the module `host.ui` names.
import { bundleBrowser } from '@learning-paths/plugin-api/bundle';

await bundleBrowser({
  entry: new URL('../src/browser/index.tsx', import.meta.url).pathname,
  outfile: new URL('../dist/browser.js', import.meta.url).pathname,
});
