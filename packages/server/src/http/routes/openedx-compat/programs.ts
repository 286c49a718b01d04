// `programs/` and `programs/{uuid}/`: the paths the caller may see as course-discovery programs,
// which is how the plugin feeds course-discovery.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { asProgram } from '../../../services/compat/program.ts';
import { getVisibleProgram, listVisiblePaths } from '../../../services/compat/visible-paths.ts';
import { absoluteUrls } from '../../request-origin.ts';
import { security, type RouteContext } from '../../route-context.ts';
import { pageBounds, pageOf, pageQuery, paginated } from './pagination.ts';
import { BASE, program, TAGS } from './shapes.ts';

export function programRoutes({ data, compiled, authenticate }: RouteContext): FastifyPluginAsyncZod {
  return (app) => {
    app.get(
      `${BASE}/programs/`,
      {
        schema: {
          tags: TAGS,
          summary: 'The paths the caller may see, as course-discovery programs',
          description:
            "In the order of `learning-paths/`. A program's UUID is uuid5(NAMESPACE_URL, path key).",
          security,
          querystring: pageQuery,
          response: { 200: pageOf(program) },
        },
      },
      async (request) => {
        const { items, total } = await listVisiblePaths({
          data,
          compiled,
          actor: await authenticate(request),
          ...pageBounds(request.query),
        });
        const imageUrl = absoluteUrls(request);
        const results = items.map((item) => asProgram(item, imageUrl));
        return paginated(request, request.query, total, results);
      },
    );

    app.get(
      `${BASE}/programs/:uuid/`,
      {
        schema: {
          tags: TAGS,
          summary: 'One path as a course-discovery program, by its UUID',
          security,
          params: z.object({ uuid: z.string().meta({ description: 'uuid5(NAMESPACE_URL, path key)' }) }),
          response: { 200: program },
        },
      },
      async (request) =>
        asProgram(
          await getVisibleProgram({
            data,
            compiled,
            actor: await authenticate(request),
            uuid: request.params.uuid,
          }),
          absoluteUrls(request),
        ),
    );
    return Promise.resolve();
  };
}
