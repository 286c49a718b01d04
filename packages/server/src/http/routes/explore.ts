// Route of Explore paths: the public, published paths any signed-in learner may find and join.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FORMAT_LIMITS, type Level } from '@learning-paths/core';
import { explorePaths } from '../../services/learning/explore-paths.ts';
import { security, useCaseContext } from '../request-context.ts';

/** The path format's levels (docs/path-format.md), in their order. */
const LEVELS = ['beginner', 'intermediate', 'advanced'] as const satisfies readonly Level[];

const exploredPath = z.object({
  key: z.string(),
  org: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  image: z.string().nullable(),
  level: z.enum(LEVELS).nullable(),
  duration: z.string().nullable(),
  timeCommitment: z.string().nullable(),
  courseCount: z.number().int().meta({ description: 'Its courses, each counted once' }),
  tiers: z
    .array(z.object({ id: z.string(), title: z.string() }))
    .meta({ description: 'Its milestones, in order: what the path leads to' }),
  enrolled: z.boolean().meta({ description: 'Whether the caller is enrolled on it now' }),
});

export const exploreRoutes: FastifyPluginAsyncZod = (app) => {
  app.get(
    '/api/v1/explore/paths',
    {
      schema: {
        tags: ['learners'],
        summary: 'The public, published paths, which any signed-in learner may join',
        description:
          'Searched in title, subtitle and description (any case), filtered by organisation and level, ordered by title.',
        security,
        querystring: z.object({
          search: z
            .string()
            .max(200)
            .optional()
            .meta({ description: 'Part of the title, subtitle or description' }),
          org: z.string().max(FORMAT_LIMITS.keyLength).optional(),
          level: z.enum(LEVELS).optional(),
          limit: z.coerce.number().int().min(1).max(100).default(20),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: {
          200: z.object({
            items: z.array(exploredPath),
            total: z.number().int(),
            orgs: z
              .array(z.string())
              .meta({ description: 'The organisations of all public paths, whatever the filters' }),
            limit: z.number().int(),
            offset: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const { data, compiled, actor } = await useCaseContext(request);
      const result = await explorePaths({ data, compiled, actor, query: request.query });
      return { ...result, limit: request.query.limit, offset: request.query.offset };
    },
  );
  return Promise.resolve();
};
