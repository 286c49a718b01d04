// Routes for paths: create, read, save the draft, publish. Access rules live in the services.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FORMAT_LIMITS } from '@learning-paths/core';
import { PATH_STATUSES } from '../../domain/path-statuses.ts';
import { createPath } from '../../services/paths/create-path.ts';
import { getPath } from '../../services/paths/get-path.ts';
import { listPaths } from '../../services/paths/list-paths.ts';
import { setPathArchived } from '../../services/paths/archive-path.ts';
import { pathVersions } from '../../services/paths/path-versions.ts';
import { publishPath } from '../../services/paths/publish-path.ts';
import { saveDraft } from '../../services/paths/save-draft.ts';
import { security, useCaseContext } from '../request-context.ts';
import { message } from './message-schema.ts';

const definition = z.unknown().meta({ description: 'A path definition (docs/path-definition.schema.json).' });
/** Core's Problem: where in the definition, the English sentence, and the same for a page to translate. */
const problem = z.object({ pointer: z.string(), message: z.string(), translatable: message.optional() });
const keyParams = z.object({
  key: z.string().meta({ description: 'The path key, path-v1:org+number+run+group' }),
});
const pathView = z.object({
  key: z.string(),
  org: z.string(),
  title: z.string(),
  status: z.enum(PATH_STATUSES),
  version: z.number().int().nullable(),
  definition: z.unknown().nullable(),
  draft: z.unknown().optional().meta({ description: 'Staff only: the draft, which may be unfinished.' }),
  draftRevision: z.number().int().optional(),
  draftProblems: z.array(problem).optional().meta({
    description:
      'Staff only: what is left to fix in the draft before it can be published; empty when it is valid.',
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const pathSummary = z.object({
  key: z.string(),
  org: z.string(),
  title: z.string(),
  status: z.enum(PATH_STATUSES),
  version: z.number().int().nullable(),
  visibility: z.string(),
  updatedAt: z.string(),
});
const listQuery = z.object({
  search: z.string().max(200).optional().meta({ description: 'Part of the title or key, any case' }),
  org: z.string().max(FORMAT_LIMITS.keyLength).optional(),
  status: z.enum(PATH_STATUSES).optional(),
  course: z
    .string()
    .max(FORMAT_LIMITS.keyLength)
    .optional()
    .meta({ description: 'Only paths with a step for this course key, in their draft or published version' }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});

export const pathRoutes: FastifyPluginAsyncZod = (app) => {
  app.post(
    '/api/v1/paths',
    {
      schema: {
        tags: ['paths'],
        summary: 'Create a path as a draft',
        description:
          '422 with every validation problem when the definition is invalid; 409 when the key is taken. ' +
          'With unfinished=true (an editor saving work in progress), a definition with problems is stored ' +
          'as long as it has a valid key and title, stays within the format limits and uses only courses ' +
          'the path may use; its problems are in draftProblems.',
        security,
        querystring: z.object({
          unfinished: z
            .enum(['true', 'false'])
            .optional()
            .meta({ description: 'Store a definition that is not valid yet as the draft' }),
        }),
        body: definition,
        response: { 201: pathView },
      },
    },
    async (request, reply) => {
      const { data, compiled, actor, now } = await useCaseContext(request);
      const created = await createPath({
        data,
        actor,
        definition: request.body,
        now,
        registry: compiled.registry,
        unfinished: request.query.unfinished === 'true',
      });
      return reply
        .code(201)
        .send(await getPath({ data, actor, key: created.key, registry: compiled.registry }));
    },
  );

  app.get(
    '/api/v1/paths',
    {
      schema: {
        tags: ['paths'],
        summary: 'List the paths the caller may see',
        description:
          'Staff see the paths of their organisations; everyone sees published public paths. Newest change first.',
        security,
        querystring: listQuery,
        response: {
          200: z.object({
            items: z.array(pathSummary),
            total: z.number().int(),
            limit: z.number().int(),
            offset: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const { search, org, status, course, limit, offset } = request.query;
      const query = {
        limit,
        offset,
        ...(search ? { search } : {}),
        ...(org ? { org } : {}),
        ...(status ? { status } : {}),
        ...(course ? { course } : {}),
      };
      const { data, actor } = await useCaseContext(request);
      const { items, total } = await listPaths({ data, actor, query });
      const summaries = items.map((path) => ({
        key: path.key,
        org: path.org,
        title: path.title,
        status: path.status,
        version: path.publishedVersion,
        visibility: path.visibility,
        updatedAt: path.updatedAt,
      }));
      return { items: summaries, total, limit, offset };
    },
  );

  app.get(
    '/api/v1/paths/:key',
    {
      schema: {
        tags: ['paths'],
        summary: 'Read a path',
        security,
        params: keyParams,
        response: { 200: pathView },
      },
    },
    async (request) => {
      const { data, actor, compiled } = await useCaseContext(request);
      return getPath({ data, actor, key: request.params.key, registry: compiled.registry });
    },
  );

  app.put(
    '/api/v1/paths/:key/draft',
    {
      schema: {
        tags: ['paths'],
        summary: "Replace a path's draft",
        description:
          'A draft is work in progress: it is stored with its problems (listed in draftProblems) as long ' +
          'as it keeps the path key, has a title, stays within the format limits and uses only courses ' +
          'the path may use (422 otherwise). Publishing needs it valid. With expectedRevision, a save ' +
          'over a newer one is refused with 409 instead of overwriting it.',
        security,
        params: keyParams,
        body: z.object({ definition, expectedRevision: z.number().int().positive().optional() }),
        response: { 200: pathView },
      },
    },
    async (request) => {
      const { data, compiled, actor, now } = await useCaseContext(request);
      const { definition: draft, expectedRevision } = request.body;
      await saveDraft({
        data,
        actor,
        key: request.params.key,
        definition: draft,
        now,
        registry: compiled.registry,
        ...(expectedRevision === undefined ? {} : { expectedRevision }),
      });
      return getPath({ data, actor, key: request.params.key, registry: compiled.registry });
    },
  );

  app.post(
    '/api/v1/paths/:key/publish',
    {
      schema: {
        tags: ['paths'],
        summary: 'Publish the draft as the next version',
        description: '422 listing every problem when the draft is not valid yet.',
        security,
        params: keyParams,
        response: {
          200: z.object({
            key: z.string(),
            version: z.number().int(),
            publishedAt: z.string(),
            publishedBy: z.string().nullable(),
            learnersMoved: z.number().int().meta({ description: 'Enrolled learners moved to this version' }),
          }),
        },
      },
    },
    async (request) => {
      const { data, compiled, actor, now, hooks } = await useCaseContext(request);
      const version = await publishPath({ data, compiled, actor, key: request.params.key, now, hooks });
      return {
        key: version.pathKey,
        version: version.version,
        publishedAt: version.publishedAt,
        publishedBy: version.publishedBy,
        learnersMoved: version.learnersMoved,
      };
    },
  );
  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/api/v1/paths/:key/${action}`,
      {
        schema: {
          tags: ['paths'],
          summary: archived ? 'Archive a path' : 'Restore an archived path',
          security,
          params: keyParams,
          response: { 200: pathView },
        },
      },
      async (request) => {
        const { data, actor, now, compiled } = await useCaseContext(request);
        await setPathArchived({ paths: data.paths, actor, key: request.params.key, archived, now });
        return getPath({ data, actor, key: request.params.key, registry: compiled.registry });
      },
    );
  }

  app.get(
    '/api/v1/paths/:key/versions',
    {
      schema: {
        tags: ['paths'],
        summary: 'The published versions of a path, newest first',
        security,
        params: keyParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                version: z.number().int(),
                publishedAt: z.string(),
                publishedBy: z.string().nullable(),
                definition: z.unknown(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const { data, actor } = await useCaseContext(request);
      const versions = await pathVersions({ paths: data.paths, actor, key: request.params.key });
      return {
        items: versions.map(({ version, publishedAt, publishedBy, definition: published }) => ({
          version,
          publishedAt,
          publishedBy,
          definition: published,
        })),
      };
    },
  );
  return Promise.resolve();
};
