// POST /api/v1/facts: an LMS or an operator pushes learners' course facts; progress follows in the
// same transaction. The fields a fact may carry depend on the criteria the plugins registered, so
// the facts are checked against the server's registry before the route's schema, which documents
// those fields as additional properties.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { applyFacts } from '../../services/facts/apply-facts.ts';
import { AppError } from '../../errors.ts';
import { checkFactInputs, factInputSchema } from '../../services/facts/fact-input-schema.ts';
import { requestContext, security, useCaseContext } from '../request-context.ts';

/** Facts one request may carry. */
const MAX_FACTS = 10_000;

export const factRoutes: FastifyPluginAsyncZod = (app) => {
  app.post(
    '/api/v1/facts',
    {
      schema: {
        tags: ['facts'],
        summary: "Record learners' course facts (admins and service accounts)",
        description: `Up to ${MAX_FACTS.toLocaleString('en')} facts a request. For each user, course and field the fact with the newest \`time\` wins, whatever the order of arrival; a repeated \`id\` is applied once. Besides its own fields, a fact may carry those the registered criteria declare (their \`facts\`, from the plugins loaded), each checked by its schema; any other field is refused at its pointer. \`applied\` counts facts that changed something, \`ignored\` those that were older or repeated; \`rejected\` lists facts about unknown users (the others are applied).`,
        security,
        body: z.strictObject({ facts: z.array(factInputSchema).min(1).max(MAX_FACTS) }),
        response: {
          200: z.object({
            applied: z.number().int(),
            ignored: z.number().int(),
            rejected: z.array(z.object({ pointer: z.string(), message: z.string() })),
          }),
        },
      },
      // Every problem of the facts in one answer, unknown fields at their own pointers; the checked
      // facts (as the criteria's schemas parse them) replace the sent ones.
      preValidation: (request, _reply, done) => {
        const body: unknown = request.body;
        if (typeof body === 'object' && body !== null && 'facts' in body && Array.isArray(body.facts)) {
          const checked = checkFactInputs(body.facts, requestContext(request).compiled.registry, '/facts');
          if (!checked.valid)
            return done(new AppError('malformed', 'the request body is not valid', checked.problems));
          request.body = { ...body, facts: checked.facts };
        }
        done();
      },
    },
    async (request) => {
      const { data, compiled, actor, now, hooks } = await useCaseContext(request);
      const result = await applyFacts({
        data,
        compiled,
        actor,
        facts: request.body.facts,
        source: 'api',
        now,
        hooks,
      });
      return {
        applied: result.applied,
        ignored: result.ignored,
        rejected: result.rejected.map(({ index, message }) => ({ pointer: `/facts/${index}`, message })),
      };
    },
  );
  return Promise.resolve();
};
