// org.learningpaths.notifications: emails learners when they are enrolled (or invited before they
// have an account), when a step opens, a tier is reached and a path completed, through SMTP, in
// their language, one by one or as a daily digest, with an opt-out and one-click unsubscribe links.
import { fileURLToPath } from 'node:url';
import { definePlugin } from '@learning-paths/plugin-api';
import { sendDueDigests } from './digest.ts';
import { registerEventHandlers } from './event-handlers.ts';
import { forgetOldHandled } from './handled-events.ts';
import { tablesOf } from './plugin-context.ts';
import { notificationRoutes } from './routes.ts';
import { notificationSettings, SECRET_SETTINGS } from './settings.ts';
import { MIGRATIONS } from './tables.ts';

export default definePlugin({
  id: 'org.learningpaths.notifications',
  version: '0.1.0',
  apiVersions: [1],
  settings: notificationSettings,
  secrets: SECRET_SETTINGS,
  register(host) {
    host.migrations(MIGRATIONS);
    registerEventHandlers(host);
    host.routes(notificationRoutes(host));
    host.schedule({
      name: 'daily-digest',
      everyMinutes: 60,
      run: async (now) => {
        await sendDueDigests(host, now);
        await forgetOldHandled(tablesOf(host), now);
      },
    });
    host.ui({ bundle: fileURLToPath(new URL('../dist/browser.js', import.meta.url)) });
  },
});
