// The signed-in learner's own DID, for wallets: read, give (or replace) and remove it. Credentials
// issued from then on name the learner by it; those issued before keep their subject.
import type { PluginRouteContext, PluginRoutes } from '@learning-paths/plugin-api';
import { routeSchema } from '@learning-paths/plugin-api';
import { tablesOf, type CredentialHost } from '../issuance/issuer.ts';
import { deleteLearnerDid, findLearnerDid, saveLearnerDid } from '../store/learner-did-rows.ts';
import { learnerDidBody, type LearnerDidBody } from './learner-schemas.ts';

const ADDRESS = '/api/v1/me/credentials/did';

export interface LearnerDidAnswer {
  readonly did: string | null;
  readonly updatedAt: string | null;
}

export function didRoutes(
  app: Parameters<PluginRoutes>[0],
  context: PluginRouteContext,
  host: CredentialHost,
): void {
  const db = tablesOf(host);

  app.get(
    ADDRESS,
    { schema: routeSchema("The caller's DID for their credentials; null when they gave none") },
    async (request): Promise<LearnerDidAnswer> => {
      const { username } = await context.caller(request);
      const own = await findLearnerDid(db, username);
      return { did: own?.did ?? null, updatedAt: own?.updatedAt ?? null };
    },
  );

  app.put<{ Body: LearnerDidBody }>(
    ADDRESS,
    {
      schema: routeSchema('Give the DID that credentials issued from now on name the caller by', {
        description:
          'A did:key or did:web DID, at most 500 characters. Credentials issued before keep their subject.',
        body: learnerDidBody,
      }),
    },
    async (request): Promise<LearnerDidAnswer> => {
      const { username } = await context.caller(request);
      const own = { did: request.body.did, updatedAt: context.now(request) };
      await saveLearnerDid(db, username, own);
      return own;
    },
  );

  app.delete(
    ADDRESS,
    {
      schema: routeSchema(
        'Remove the caller\u2019s DID: credentials issued from now on name them by a hash of their email',
      ),
    },
    async (request, reply) => {
      const { username } = await context.caller(request);
      await deleteLearnerDid(db, username);
      return reply.code(204).send();
    },
  );
}
