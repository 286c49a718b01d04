// A test plugin whose id is not reverse-DNS.
import { definePlugin } from '@learning-paths/plugin-api';

export default definePlugin({
  id: 'My_Plugin',
  version: '1.0.0',
  apiVersions: [1],
  register() {},
});
