// The administrators' routes under /api/v1/plugins/org.learningpaths.xapi/sources: register a
// source (its key and secret, the secret shown this once), list, read, change, rotate the secret,
// delete, and read its latest statements with what became of their facts. Anyone else gets the
// 404 the core gives for a route that does not exist.
import { courseKeyProblem, FORMAT_LIMITS } from '@learning-paths/core';
import type { PluginRouteContext } from '@learning-paths/plugin-api';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { httpError, noRoute } from '../http/problem.ts';
import type { ZodTypes } from '../http/route-types.ts';
import { recentStatements } from '../statements/statement-store.ts';
import { isIri } from '../statements/xapi-formats.ts';
import type { XapiDatabase } from '../tables.ts';
import {
  createSource,
  deleteSource,
  listSources,
  rotateSecret,
  sourceById,
  updateSource,
} from './source-store.ts';

/** The most activities one source maps: a course's H5P contents, or a prefix for a whole site. */
const MAX_ACTIVITIES = 1000;

const mapping = z.strictObject({
  activity: z
    .string()
    .max(2048)
    .refine(isIri, 'must be an IRI (a scheme such as https: and no white space), as xAPI Activity ids are'),
  course: z
    .string()
    .max(FORMAT_LIMITS.keyLength)
    .superRefine((key, context) => {
      const problem = courseKeyProblem(key);
      if (problem !== null) context.addIssue({ code: 'custom', message: problem });
    }),
  match: z.enum(['exact', 'prefix']).default('exact').meta({
    description: 'exact: this activity id; prefix: every activity id that starts with it',
  }),
});

const activities = z
  .array(mapping)
  .max(MAX_ACTIVITIES)
  .superRefine((list, context) => {
    const seen = new Set<string>();
    list.forEach(({ activity, match }, index) => {
      const key = `${match} ${activity}`;
      if (seen.has(key))
        context.addIssue({
          code: 'custom',
          path: [index, 'activity'],
          message: `is mapped (${match}) twice`,
        });
      seen.add(key);
    });
  });

const name = z.string().trim().min(1).max(200);
const idParams = z.object({ id: z.string().max(100) });

export function sourceRoutes(database: () => XapiDatabase, context: PluginRouteContext) {
  return (scope: FastifyInstance): Promise<void> => {
    const app = scope.withTypeProvider<ZodTypes>();
    // Before the body is read or checked: nothing tells a non-administrator these routes exist.
    app.addHook('onRequest', async (request) => {
      if (!(await context.caller(request)).isAdmin) throw noRoute(request);
    });
    const missing = (id: string) => httpError(404, `no xAPI source has the id ${id}`);
    const found = async (id: string) => {
      const source = await sourceById(database(), id);
      if (source === null) throw missing(id);
      return source;
    };

    app.get('/', { schema: { summary: 'The registered xAPI sources (never their secrets)' } }, async () => ({
      sources: await listSources(database()),
    }));

    app.post(
      '/',
      {
        schema: {
          summary: 'Registers an xAPI source: its key and secret (shown this once) for Basic auth',
          body: z.strictObject({ name, activities: activities.default([]) }),
        },
      },
      async (request, reply) => {
        const { source, secret } = await createSource(database(), request.body, context.now(request));
        return reply.code(201).send({ ...source, secret });
      },
    );

    app.get('/:id', { schema: { summary: 'One xAPI source', params: idParams } }, (request) =>
      found(request.params.id),
    );

    app.patch(
      '/:id',
      {
        schema: {
          summary: "Changes a source's name, activities (all replaced) or whether it is enabled",
          params: idParams,
          body: z
            .strictObject({
              name: name.optional(),
              activities: activities.optional(),
              enabled: z.boolean().optional(),
            })
            .refine(
              (changes) => Object.keys(changes).length > 0,
              'give at least one of name, activities, enabled',
            ),
        },
      },
      async (request) => {
        const source = await updateSource(database(), request.params.id, request.body, context.now(request));
        return source ?? found(request.params.id);
      },
    );

    app.post(
      '/:id/secret',
      {
        schema: {
          summary: 'A new secret for the source (shown this once); the old one stops working',
          params: idParams,
        },
      },
      async (request) => {
        const { key } = await found(request.params.id);
        const secret = await rotateSecret(database(), request.params.id, context.now(request));
        if (secret === null) throw missing(request.params.id);
        return { key, secret };
      },
    );

    app.delete(
      '/:id',
      { schema: { summary: 'Removes the source and its mappings; its statements stay', params: idParams } },
      async (request, reply) => {
        if (!(await deleteSource(database(), request.params.id))) throw missing(request.params.id);
        return reply.code(204).send();
      },
    );

    app.get(
      '/:id/statements',
      {
        schema: {
          summary: "The source's latest statements, newest first, with what became of each one's fact",
          params: idParams,
          querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
        },
      },
      async (request) => {
        await found(request.params.id);
        return { statements: await recentStatements(database(), request.params.id, request.query.limit) };
      },
    );
    return Promise.resolve();
  };
}
