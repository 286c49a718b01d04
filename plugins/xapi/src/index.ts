// The xAPI source plugin (org.learningpaths.xapi): an LRS-style endpoint where registered sources
// (H5P, SCORM or cmi5 players, other LRSs forwarding) post xAPI 1.0.3 statements; those about
// activities a source maps to a course become that learner's course facts. README.md tells how.
import { definePlugin } from '@learning-paths/plugin-api';
import { FactDelivery } from './facts/fact-delivery.ts';
import { lrsRoutes } from './lrs/lrs-routes.ts';
import { xapiSettings } from './settings.ts';
import { sourceRoutes } from './sources/source-routes.ts';
import { xapiDatabase, xapiMigrations } from './tables.ts';

/** How often facts the service failed to record (or that arrived before it ran) are tried again. */
const RETRY_EVERY_MINUTES = 5;

export default definePlugin({
  id: 'org.learningpaths.xapi',
  version: '0.1.0',
  apiVersions: [1],
  settings: xapiSettings,
  register(host) {
    // Read when used: `migrate` loads plugins too, and the database is the service's to open.
    const database = () => xapiDatabase(host.database);
    const facts = new FactDelivery({
      database,
      users: host.users,
      accountHomePage: host.settings.accountHomePage,
      log: host.log,
    });
    host.migrations(xapiMigrations);
    host.factSource({ name: 'xapi', start: (record) => facts.start(record), stop: () => facts.stop() });
    host.schedule({
      name: 'xapi-pending-facts',
      everyMinutes: RETRY_EVERY_MINUTES,
      run: () => facts.deliver(),
    });
    host.routes(async (app, context) => {
      await app.register(sourceRoutes(database, context), { prefix: '/sources' });
      await app.register(
        lrsRoutes({
          database,
          maxStatementsPerRequest: host.settings.maxStatementsPerRequest,
          facts,
          context,
          log: host.log,
        }),
        { prefix: '/xapi' },
      );
    });
  },
});
