// A test plugin whose register throws.
import { definePlugin } from '@learning-paths/plugin-api';

export default definePlugin({
  id: 'org.example.throws',
  version: '1.0.0',
  apiVersions: [1],
  register() {
    throw new Error('cannot reach the licence server');
  },
});
