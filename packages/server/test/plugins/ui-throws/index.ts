// A test plugin whose browser bundle (browser.js) inserts a component, then throws.
import { fileURLToPath } from 'node:url';
import { definePlugin } from '@learning-paths/plugin-api';

export default definePlugin({
  id: 'org.example.ui-throws',
  version: '1.0.0',
  apiVersions: [1],
  register(host) {
    host.ui({ bundle: fileURLToPath(new URL('./browser.js', import.meta.url)) });
  },
});
