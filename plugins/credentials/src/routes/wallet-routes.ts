// Where a wallet claims a credential offered to it (the offer's `vc_request_url`): open to anyone,
// since the wallet signs in no one; the offer's challenge is the proof. One answer for every failure
// (unknown, expired, used, wrong challenge): not found.
import type { PluginRouteContext, PluginRoutes } from '@learning-paths/plugin-api';
import { routeSchema } from '@learning-paths/plugin-api';
import type { FastifyRequest } from 'fastify';
import { claimWalletOffer } from '../issuance/claim-wallet-offer.ts';
import type { CredentialHost } from '../issuance/issuer.ts';
import { HttpError } from './http-error.ts';
import { offerParams, walletClaimBody, type OfferParams, type WalletClaimBody } from './learner-schemas.ts';

export function walletRoutes(
  app: Parameters<PluginRoutes>[0],
  context: PluginRouteContext,
  host: CredentialHost,
): void {
  app.post<{ Params: OfferParams; Body: WalletClaimBody }>(
    '/credentials/offers/:offerId',
    {
      schema: routeSchema('A wallet claims the credential offered to it', {
        description:
          'The Learner Credential Wallet posts a DID-Auth presentation whose `proof.challenge` is the offer\u2019s challenge (or sends it as `Authorization: Bearer`). Answers the signed credential once, within 10 minutes of the offer; 404 otherwise.',
        params: offerParams,
        body: walletClaimBody,
      }),
    },
    async (request, reply) => {
      const { offerId } = request.params;
      const challenge = challengeOf(request);
      const credential =
        challenge === null
          ? null
          : await claimWalletOffer(host, { offerId, challenge, at: context.now(request) });
      if (credential === null) throw new HttpError(404, `no offer ${offerId} can be claimed so`);
      return reply.header('cache-control', 'no-store').type('application/vc+ld+json').send(credential);
    },
  );
}

/** The challenge the wallet shows: its presentation's proof's, else a Bearer token. */
function challengeOf(request: FastifyRequest<{ Body: WalletClaimBody }>): string | null {
  const proofs = [request.body?.proof ?? []].flat();
  const fromProof = proofs.find((proof) => proof.challenge !== undefined)?.challenge;
  const bearer = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  return fromProof ?? bearer ?? null;
}
