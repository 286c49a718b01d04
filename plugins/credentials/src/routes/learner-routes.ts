// The signed-in learner's credentials: the list, making one public or private, and offering one to
// their wallet. Another learner's credential is not found (404), as if it did not exist.
import type { PluginRouteContext, PluginRoutes } from '@learning-paths/plugin-api';
import { routeSchema } from '@learning-paths/plugin-api';
import { createWalletOffer, type WalletOffer } from '../issuance/create-wallet-offer.ts';
import { issuerOf, tablesOf, type CredentialHost } from '../issuance/issuer.ts';
import { recordAudit } from '../store/audit-rows.ts';
import { findCredential, learnerCredentials, setPublic } from '../store/credential-rows.ts';
import { credentialItem, type CredentialItem } from './credential-views.ts';
import { HttpError, noCredential } from './http-error.ts';
import { credentialParams, visibilityBody, type CredentialParams, type VisibilityBody } from './schemas.ts';

export function learnerRoutes(
  app: Parameters<PluginRoutes>[0],
  context: PluginRouteContext,
  host: CredentialHost,
): void {
  const db = tablesOf(host);

  app.get(
    '/api/v1/me/credentials',
    { schema: routeSchema("The caller's credentials, the newest first") },
    async (request): Promise<{ items: CredentialItem[] }> => {
      const { username } = await context.caller(request);
      const issuer = issuerOf(host.settings);
      return { items: (await learnerCredentials(db, username)).map((row) => credentialItem(row, issuer)) };
    },
  );

  app.patch<{ Params: CredentialParams; Body: VisibilityBody }>(
    '/api/v1/me/credentials/:id',
    {
      schema: routeSchema('Make one of the caller\u2019s credentials public or private', {
        description:
          'A private credential answers 404 at its public addresses to anyone but its learner. 404 for a credential of someone else.',
        params: credentialParams,
        body: visibilityBody,
      }),
    },
    async (request): Promise<CredentialItem> => {
      const { username } = await context.caller(request);
      const { id } = request.params;
      const row = await findCredential(db, id);
      if (!row || row.learner !== username) throw noCredential(id);
      const visible = request.body.public;
      await db.transaction().execute(async (trx) => {
        if (await setPublic(trx, id, visible))
          await recordAudit(trx, {
            credentialId: id,
            action: visible ? 'made_public' : 'made_private',
            actor: username,
            at: context.now(request),
          });
      });
      return credentialItem({ ...row, public: visible }, issuerOf(host.settings));
    },
  );

  app.post<{ Params: CredentialParams }>(
    '/api/v1/me/credentials/:id/wallet-offers',
    {
      schema: routeSchema('Offer one of the caller\u2019s credentials to their wallet', {
        description:
          'A one-time offer for the Learner Credential Wallet, valid 10 minutes: `deepLink` opens the wallet, which claims the credential at the offer\u2019s address with the challenge the link carries. 404 for a credential of someone else, 409 for a revoked one.',
        params: credentialParams,
      }),
    },
    async (request, reply): Promise<WalletOffer> => {
      const { username } = await context.caller(request);
      const { id } = request.params;
      const row = await findCredential(db, id);
      if (!row || row.learner !== username) throw noCredential(id);
      if (row.revoked_at !== null)
        throw new HttpError(
          409,
          `the credential ${id} was revoked on ${row.revoked_at}: it is not offered to wallets`,
        );
      void reply.code(201);
      return createWalletOffer(host, row, context.now(request));
    },
  );
}
