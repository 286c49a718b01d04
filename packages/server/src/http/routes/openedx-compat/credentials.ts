// `GET /api/learning_credentials/v1/configured/{key}/` for path keys: learning-credentials' answer
// to "does this carry a certificate?", which OpenCraft's learner app asks before showing one.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getCredentialConfiguration } from '../../../services/paths/get-credential-configuration.ts';
import { security, useCaseContext } from '../../request-context.ts';
import { CREDENTIALS_BASE, TAGS } from './shapes.ts';

export const credentialRoutes: FastifyPluginAsyncZod = (app) => {
  app.get(
    `${CREDENTIALS_BASE}/configured/:key/`,
    {
      schema: {
        tags: TAGS,
        summary: "Whether a path carries credentials: its tiers (learning-credentials' shape)",
        description:
          "For path keys only: a course key is 404 (the LMS's learning-credentials answers for courses), text that is no key 400. 404 for a path the caller may not see, as learning-credentials answers.",
        security,
        params: z.object({ key: z.string().meta({ description: 'A path key' }) }),
        response: {
          200: z.object({
            has_credentials: z.boolean(),
            credential_count: z.number().int().meta({ description: "The path's tiers" }),
          }),
        },
      },
    },
    async (request) => {
      const { data, compiled, actor, now } = await useCaseContext(request);
      const { credentialCount } = await getCredentialConfiguration({
        data,
        compiled,
        actor,
        now,
        key: request.params.key,
      });
      return { has_credentials: credentialCount > 0, credential_count: credentialCount };
    },
  );
  return Promise.resolve();
};
