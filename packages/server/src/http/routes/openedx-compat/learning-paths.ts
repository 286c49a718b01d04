// `learning-paths/` and `learning-paths/{key}/`: the paths the caller may see, in the plugin's list
// and detail shapes.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getVisiblePath } from '../../../services/paths/get-visible-path.ts';
import { absoluteUrls, requestOrigin } from '../../request-origin.ts';
import { security, useCaseContext } from '../../request-context.ts';
import { asLearningPath, asLearningPathDetail } from './mappers/learning-path.ts';
import { pageOf, pageQuery } from './pagination.ts';
import { visiblePathsPage } from './visible-paths-page.ts';
import { BASE, keyParams, learningPath, learningPathDetail, TAGS } from './shapes.ts';

export const learningPathRoutes: FastifyPluginAsyncZod = (app) => {
  app.get(
    `${BASE}/learning-paths/`,
    {
      schema: {
        tags: TAGS,
        summary: 'The paths the caller may see (Open edX plugin shape)',
        description:
          'The paths the caller is enrolled on, newest enrollment first, then the others they may see: public paths, and the paths they are staff of. Published paths only.',
        security,
        querystring: pageQuery,
        response: { 200: pageOf(learningPath) },
      },
    },
    async (request) => visiblePathsPage(request, request.query, asLearningPath),
  );

  app.get(
    `${BASE}/learning-paths/:key/`,
    {
      schema: {
        tags: TAGS,
        summary: 'One path with its description and skills (Open edX plugin shape)',
        description: '404 for a path the caller may not see, and for one never published.',
        security,
        params: keyParams,
        response: { 200: learningPathDetail },
      },
    },
    async (request) => {
      const { data, compiled, actor, imageHosts, now } = await useCaseContext(request);
      return asLearningPathDetail(
        await getVisiblePath({ data, compiled, actor, now, key: request.params.key }),
        absoluteUrls(request),
        { serviceOrigin: requestOrigin(request), imageHosts },
      );
    },
  );
  return Promise.resolve();
};
