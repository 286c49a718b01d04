// Builds the browser bundle (dist/browser.js) that host.ui serves to Learn and Studio.
import { bundleBrowser } from '@learning-paths/plugin-api/bundle';

await bundleBrowser({
  entry: new URL('../src/browser/index.tsx', import.meta.url).pathname,
  outfile: new URL('../dist/browser.js', import.meta.url).pathname,
});
