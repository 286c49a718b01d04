// A test plugin whose root route the core has already: start-up stops, naming it.
import { definePlugin } from '@learning-paths/plugin-api';

export default definePlugin({
  id: 'org.example.root-clash',
  version: '1.0.0',
  apiVersions: [1],
  register(host) {
    host.routes(
      async (app) => {
        app.get('/healthz', () => ({ mine: true }));
        return Promise.resolve();
      },
      { root: true },
    );
  },
});
