// org.learningpaths.credentials: every tier a learner achieves becomes a signed Open Badges 3.0
// credential (VC Data Model 2.0, eddsa-rdfc-2022) that anyone can verify without us, revocable
// through a Bitstring Status List, with a verification page and a PDF certificate. Issued on the
// `tier.achieved` event, and by a backfill over every achieved tier at start and every 10 minutes.
import { fileURLToPath } from 'node:url';
import { definePlugin } from '@learning-paths/plugin-api';
import { rotateKeyCommand } from './commands/rotate-key-command.ts';
import { backfill } from './issuance/backfill.ts';
import { issueCredential } from './issuance/issue-credential.ts';
import { issuerOf, tablesOf } from './issuance/issuer.ts';
import { storedVerification } from './issuance/stored-verification.ts';
import { didRoutes } from './routes/did-routes.ts';
import { learnerRoutes } from './routes/learner-routes.ts';
import { publicRoutes } from './routes/public-routes.ts';
import { staffRoutes } from './routes/staff-routes.ts';
import { templateRoutes } from './routes/template-routes.ts';
import { walletRoutes } from './routes/wallet-routes.ts';
import { credentialSettings } from './settings.ts';
import { signingKey } from './store/issuer-key-rows.ts';
import { imagesInUse } from './store/used-images.ts';
import { MIGRATIONS } from './tables.ts';

/** How often the backfill looks for achieved tiers without a credential (missed events, say). */
const BACKFILL_EVERY_MINUTES = 10;

export default definePlugin({
  id: 'org.learningpaths.credentials',
  version: '0.1.0',
  apiVersions: [1],
  settings: credentialSettings,
  register(host) {
    host.migrations(MIGRATIONS);
    host.ui({ bundle: fileURLToPath(new URL('../dist/browser.js', import.meta.url)) });
    const verification = storedVerification(host);
    const backfillPass = backfill(host);

    host.on('tier.achieved', async ({ data, time }) => {
      const result = await issueCredential(host, { ...data, at: new Date(time) });
      if (result.outcome === 'skipped')
        host.log.warn({ ...data, reason: result.reason }, 'no credential issued');
    });

    host.routes(
      async (app, context) => {
        // Their own scope: the public addresses answer any origin, the API does not.
        await app.register((scope) => {
          publicRoutes(scope, context, { host, verification });
          return Promise.resolve();
        });
        learnerRoutes(app, context, host);
        didRoutes(app, context, host);
        walletRoutes(app, context, host);
        staffRoutes(app, context, { host, verification });
        templateRoutes(app, context, host);
      },
      { root: true },
    );

    // Once the service has started: the key is made on the first start, then a backfill pass runs
    // in the background (start-up does not wait for it; the service logs a failure).
    host.onStart(async () => {
      await signingKey(tablesOf(host), issuerOf(host.settings).did, new Date());
      await backfillPass.run();
    });
    host.onStop(() => backfillPass.stop());
    host.command(rotateKeyCommand(host));
    // Kept by `learning-paths images prune`: templates' and issued credentials' images, and the logo.
    host.images.inUse(async () => [host.settings.issuerImage, ...(await imagesInUse(tablesOf(host)))]);
    host.schedule({
      name: 'backfill',
      everyMinutes: BACKFILL_EVERY_MINUTES,
      run: async () => void (await backfillPass.run()),
    });
  },
});
