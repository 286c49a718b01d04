// `programs/` and `programs/{uuid}/`: the paths the caller may see as course-discovery programs,
// which is how the plugin feeds course-discovery.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getVisibleProgram } from '../../../services/paths/get-visible-program.ts';
import { absoluteUrls } from '../../request-origin.ts';
import { security, useCaseContext } from '../../request-context.ts';
import { asProgram } from './mappers/program.ts';
import { pageOf, pageQuery } from './pagination.ts';
import { visiblePathsPage } from './visible-paths-page.ts';
import { BASE, program, TAGS } from './shapes.ts';

export const programRoutes: FastifyPluginAsyncZod = (app) => {
  app.get(
    `${BASE}/programs/`,
    {
      schema: {
        tags: TAGS,
        summary: 'The paths the caller may see, as course-discovery programs',
        description: "In the order of `learning-paths/`. A program's UUID is uuid5(NAMESPACE_URL, path key).",
        security,
        querystring: pageQuery,
        response: { 200: pageOf(program) },
      },
    },
    async (request) => visiblePathsPage(request, request.query, asProgram),
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
    async (request) => {
      const { data, compiled, actor, now } = await useCaseContext(request);
      const visible = await getVisibleProgram({ data, compiled, actor, now, uuid: request.params.uuid });
      return asProgram(visible, absoluteUrls(request));
    },
  );
  return Promise.resolve();
};
