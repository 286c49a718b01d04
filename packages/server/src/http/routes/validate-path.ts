// POST /api/v1/paths/validate: validates a definition without saving it (scripts and tools use it
// as authors type; Studio validates in the browser with core). Any signed-in caller may ask.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validatePath } from '@learning-paths/core';
import { message } from './message-schema.ts';
import { requestContext, security } from '../request-context.ts';

/** Core's Problem: the English sentence, and the same as a message for the page to translate. */
const problem = z.object({ pointer: z.string(), message: z.string(), translatable: message.optional() });

export const validatePathRoutes: FastifyPluginAsyncZod = (app) => {
  app.post(
    '/api/v1/paths/validate',
    {
      schema: {
        tags: ['paths'],
        summary: 'Validate a path definition without saving it',
        description:
          'Every problem is reported at once, each with a JSON pointer into the definition. See docs/path-format.md.',
        security,
        body: z.unknown().meta({ description: 'A path definition (docs/path-definition.schema.json).' }),
        response: { 200: z.object({ valid: z.boolean(), errors: z.array(problem) }) },
      },
    },
    async (request) => {
      const { caller, compiled } = requestContext(request);
      await caller();
      const result = validatePath(request.body, compiled.registry);
      return { valid: result.valid, errors: [...result.errors] };
    },
  );
  return Promise.resolve();
};
