// The plugin org.learningpaths.manual-approval, server side: the criterion `approvedByStaff`, its
// tables, the fact source through which staff decisions reach learners' progress (with a job sending
// again what could not be sent), the learners' and staff's routes, and the browser bundle.
import { fileURLToPath } from 'node:url';
import { definePlugin } from '@learning-paths/plugin-api';
import { z } from 'zod';
import { Approvals } from './approvals.ts';
import { approvedByStaff } from './criterion.ts';
import { DecisionFacts, FACT_SOURCE } from './decision-facts.ts';
import { migrations } from './migrations.ts';
import { learnerRoutes } from './routes/learner-routes.ts';
import { staffRoutes } from './routes/staff-routes.ts';

/** How often decisions whose fact could not be recorded are sent again. */
const RESEND_EVERY_MINUTES = 5;

export default definePlugin({
  id: 'org.learningpaths.manual-approval',
  version: '0.1.0',
  apiVersions: [1],
  settings: z.object({
    // From the environment a string ("false"), from the settings file a boolean.
    commentRequiredOnDecline: z.union([z.boolean(), z.stringbool()]).default(true),
  }),
  register(host) {
    const { commentRequiredOnDecline } = host.settings;
    host.rules.criterion(approvedByStaff);
    host.migrations(migrations);
    const database = () => host.database;
    const facts = new DecisionFacts(database, host.log);
    host.factSource({ name: FACT_SOURCE, start: (record) => facts.start(record), stop: () => facts.stop() });
    host.schedule({
      name: 'resend-decisions',
      everyMinutes: RESEND_EVERY_MINUTES,
      run: async () => void (await facts.sendPending()),
    });
    const approvals = new Approvals({ database, users: host.users, facts });
    host.routes((app, context) => {
      learnerRoutes(app, context, { approvals, commentRequiredOnDecline });
      staffRoutes(app, context, { approvals, commentRequiredOnDecline });
      return Promise.resolve();
    });
    host.ui({ bundle: fileURLToPath(new URL('../dist/browser.js', import.meta.url)) });
  },
});
