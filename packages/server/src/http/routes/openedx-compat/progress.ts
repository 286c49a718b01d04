// `{key}/progress/` and `{key}/grade/`: the caller's live progress on a path and their grade, the
// weighted mean of the step courses' grades, with the thresholds the plugin reports beside them.
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { evaluateLearner } from '../../../services/progress/evaluate-learner.ts';
import { security, useCaseContext } from '../../request-context.ts';
import { REQUIRED_COMPLETION, REQUIRED_GRADE, weightedGrade } from './mappers/grading.ts';
import { BASE, keyParams, TAGS } from './shapes.ts';
import { wellFormedKey } from './well-formed-key.ts';

/** The caller's evaluation on the path, for both routes. */
async function evaluate(request: FastifyRequest, key: string) {
  const { data, compiled, actor, now } = await useCaseContext(request);
  return evaluateLearner({ data, compiled, actor, pathKey: wellFormedKey(key), now });
}

export const progressRoutes: FastifyPluginAsyncZod = (app) => {
  app.get(
    `${BASE}/:key/progress/`,
    {
      schema: {
        tags: TAGS,
        summary: "The caller's progress on a path, 0..1 (Open edX plugin shape)",
        description: 'The same progress as GET /api/v1/learners/{username}/paths/{key}.',
        security,
        params: keyParams,
        response: {
          200: z.object({
            learning_path_key: z.string(),
            progress: z.number(),
            required_completion: z.number(),
          }),
        },
      },
    },
    async (request) => ({
      learning_path_key: request.params.key,
      progress: (await evaluate(request, request.params.key)).evaluation.progress,
      required_completion: REQUIRED_COMPLETION,
    }),
  );

  app.get(
    `${BASE}/:key/grade/`,
    {
      schema: {
        tags: TAGS,
        summary: "The caller's grade on a path: the weighted mean of its step courses' grades",
        description: 'Each step counts with its weight; a course without a grade counts 0.',
        security,
        params: keyParams,
        response: {
          200: z.object({ learning_path_key: z.string(), grade: z.number(), required_grade: z.number() }),
        },
      },
    },
    async (request) => {
      const { compiled: path, facts, evaluation } = await evaluate(request, request.params.key);
      return {
        learning_path_key: request.params.key,
        grade: weightedGrade(path, facts, evaluation.runs),
        required_grade: REQUIRED_GRADE,
      };
    },
  );
  return Promise.resolve();
};
