// POST /api/v1/facts: an LMS or an operator pushes learners' course facts; progress follows in the
// same transaction.
import { z } from 'zod';
import { courseKeyProblem } from '@learning-paths/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { applyFacts } from '../../services/facts/apply-facts.ts';
import { security, useCaseContext } from '../request-context.ts';

/** Facts one request may carry. */
const MAX_FACTS = 10_000;

const fraction = z.number().min(0).max(1);
const fact = z
  .strictObject({
    user: z.string().min(1).max(150).meta({ description: 'The username' }),
    course: z.string().superRefine((key, context) => {
      const problem = courseKeyProblem(key);
      if (problem !== null) context.addIssue({ code: 'custom', message: problem });
    }),
    completion: fraction.optional(),
    grade: fraction.optional(),
    passed: z.boolean().optional(),
    enrolled: z.boolean().optional(),
    time: z.iso
      .datetime({ offset: true })
      .optional()
      .meta({ description: 'When it happened; now when absent' }),
    id: z.string().min(1).max(200).optional().meta({ description: 'Idempotency id: applied once' }),
  })
  .refine((value) => ['completion', 'grade', 'passed', 'enrolled'].some((field) => field in value), {
    message: 'a fact needs at least one of completion, grade, passed, enrolled',
  });

export const factRoutes: FastifyPluginAsyncZod = (app) => {
  app.post(
    '/api/v1/facts',
    {
      schema: {
        tags: ['facts'],
        summary: "Record learners' course facts (admins and service accounts)",
        description: `Up to ${MAX_FACTS.toLocaleString('en')} facts a request. For each user, course and field the fact with the newest \`time\` wins, whatever the order of arrival; a repeated \`id\` is applied once. \`applied\` counts facts that changed something, \`ignored\` those that were older or repeated; \`rejected\` lists facts about unknown users (the others are applied).`,
        security,
        body: z.strictObject({ facts: z.array(fact).min(1).max(MAX_FACTS) }),
        response: {
          200: z.object({
            applied: z.number().int(),
            ignored: z.number().int(),
            rejected: z.array(z.object({ pointer: z.string(), message: z.string() })),
          }),
        },
      },
    },
    async (request) => {
      const { data, compiled, actor, now } = await useCaseContext(request);
      const result = await applyFacts({
        data,
        compiled,
        actor,
        facts: request.body.facts,
        source: 'api',
        now,
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
