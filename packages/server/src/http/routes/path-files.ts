// Routes for path definition files: import one (JSON or YAML: create the path or replace its
// draft, optionally publish) and export one (the published version, an earlier one, or the draft)
// as a download.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DocumentSyntaxError, parseDocument } from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import { getPath } from '../../services/paths/get-path.ts';
import { importPath } from '../../services/paths/import-path.ts';
import { pathVersions } from '../../services/paths/path-versions.ts';
import { security, type RouteContext } from '../route-context.ts';

const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml'];

export function pathFileRoutes({ data, compiled, authenticate, now }: RouteContext): FastifyPluginAsyncZod {
  return (app) => {
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
        const { path, created, published } = await importPath({
          data,
          compiled,
          actor: await authenticate(request),
          definition: request.body,
          publish: request.query.publish === 'true',
          now: now(),
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
        const actor = await authenticate(request);
        const { key } = request.params;
        const { version } = request.query;
        const view = await getPath({ data, actor, key });
        let definition: unknown;
        if (version === 'draft') {
          if (view.draft === undefined)
            throw new AppError('not_found', `no draft of ${key} is visible to you`);
          definition = view.draft;
        } else if (version === undefined || version === view.version) {
          definition = view.definition;
        } else {
          definition = (await pathVersions({ paths: data.paths, actor, key })).find(
            (entry) => entry.version === version,
          )?.definition;
        }
        if (definition === undefined || definition === null)
          throw new AppError(
            'not_found',
            `${key} has no ${version === undefined ? 'published version' : `version ${version}`}`,
          );
        const suffix = version === 'draft' ? 'draft' : `v${version ?? view.version}`;
        const filename = `${key.replace(/[^A-Za-z0-9._-]+/g, '_')}-${suffix}.json`;
        return reply
          .type('application/json; charset=utf-8')
          .header('content-disposition', `attachment; filename="${filename}"`)
          .send(JSON.stringify(definition, null, 2) + '\n');
      },
    );
    return Promise.resolve();
  };
}
