// A test plugin with a browser bundle (browser.js): its components in a Learn slot and Studio slots.
import { fileURLToPath } from 'node:url';
import { definePlugin } from '@learning-paths/plugin-api';

export default definePlugin({
  id: 'org.example.ui',
  version: '1.0.0',
  apiVersions: [1],
  register(host) {
    host.ui({ bundle: fileURLToPath(new URL('./browser.js', import.meta.url)) });
  },
});
