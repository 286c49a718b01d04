// `learning-paths/` and `learning-paths/{key}/`: the paths the caller may see, in the plugin's list
// and detail shapes.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { asLearningPath, asLearningPathDetail } from '../../../services/compat/learning-path.ts';
import { getVisiblePath, listVisiblePaths } from '../../../services/compat/visible-paths.ts';
import { absoluteUrls, requestOrigin } from '../../request-origin.ts';
import { security, type RouteContext } from '../../route-context.ts';
import { pageBounds, pageOf, pageQuery, paginated } from './pagination.ts';
import { BASE, keyParams, learningPath, learningPathDetail, TAGS } from './shapes.ts';

export function learningPathRoutes({
  data,
  compiled,
  authenticate,
  imageHosts,
}: RouteContext): FastifyPluginAsyncZod {
  return (app) => {
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
      async (request) => {
        const { items, total } = await listVisiblePaths({
          data,
          compiled,
          actor: await authenticate(request),
          ...pageBounds(request.query),
        });
        const imageUrl = absoluteUrls(request);
        const results = items.map((item) => asLearningPath(item, imageUrl));
        return paginated(request, request.query, total, results);
      },
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
      async (request) =>
        asLearningPathDetail(
          await getVisiblePath({
            data,
            compiled,
            actor: await authenticate(request),
            key: request.params.key,
          }),
          absoluteUrls(request),
          { serviceOrigin: requestOrigin(request), imageHosts },
        ),
    );
    return Promise.resolve();
  };
}
