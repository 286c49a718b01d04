// Routes for path definition files: import one (JSON or YAML: create the path or replace its
// draft, optionally publish) and export one (the published version, an earlier one, or the draft)
// as a download.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DocumentSyntaxError, downloadFileName, parseDocument } from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import { getPathVersion } from '../../services/paths/get-path-version.ts';
import { importPath } from '../../services/paths/import-path.ts';
import { security, useCaseContext } from '../request-context.ts';

const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml'];

export const pathFileRoutes: FastifyPluginAsyncZod = (app) => {
  app.addContentTypeParser(YAML_TYPES, { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseDocument(body as string, 'yaml'));
    } catch (error) {
      if (error instanceof DocumentSyntaxError)
        done(new AppError('malformed', `the body ${error.message}`), undefined);
      else done(error as Error, undefined);
    }
  });

  app.post(
    '/api/v1/paths/import',
    {
      schema: {
        tags: ['paths'],
        summary: 'Import a path definition file (JSON or YAML): create the path or replace its draft',
        description:
          'Send the file as application/json or application/yaml. The key inside decides which path. 422 with every problem when it is invalid.',
        security,
        querystring: z.object({
          publish: z
            .enum(['true', 'false'])
            .default('false')
            .meta({ description: 'Publish it as the next version too' }),
        }),
        body: z.unknown().meta({ description: 'A path definition (docs/path-definition.schema.json)' }),
        response: {
          200: z.object({
            key: z.string(),
            created: z.boolean(),
            draftRevision: z.number().int(),
            publishedVersion: z.number().int().nullable(),
          }),
        },
      },
    },
    async (request) => {
      const { data, compiled, actor, now, hooks } = await useCaseContext(request);
      const { path, created, published } = await importPath({
        data,
        compiled,
        actor,
        definition: request.body,
        publish: request.query.publish === 'true',
        now,
        hooks,
      });
      return {
        key: path.key,
        created,
        draftRevision: path.draftRevision,
        publishedVersion: published?.version ?? null,
      };
    },
  );

  app.get(
    '/api/v1/paths/:key/definition',
    {
      schema: {
        tags: ['paths'],
        summary: "Download a path's definition file",
        description:
          'The published version by default; `version=N` for an earlier one, `version=draft` for the draft (staff only).',
        security,
        params: z.object({ key: z.string() }),
        querystring: z.object({
          version: z.union([z.literal('draft'), z.coerce.number().int().positive()]).optional(),
        }),
        produces: ['application/json'],
      },
    },
    async (request, reply) => {
      const { key } = request.params;
      const { data, actor } = await useCaseContext(request);
      const { version, definition } = await getPathVersion({
        data,
        actor,
        key,
        version: request.query.version,
      });
      const filename = downloadFileName(key, version === 'draft' ? 'draft' : `v${version}`, 'json');
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(JSON.stringify(definition, null, 2) + '\n');
    },
  );
  return Promise.resolve();
};
