// A page of the paths the caller may see, each in a wire shape of the plugin's: what
// `learning-paths/` and `programs/` both answer, with their own mapper.
import type { FastifyRequest } from 'fastify';
import { listVisiblePaths } from '../../../services/paths/list-visible-paths.ts';
import type { VisiblePath } from '../../../services/paths/visible-paths.ts';
import { absoluteUrls } from '../../request-origin.ts';
import { useCaseContext } from '../../request-context.ts';
import type { ImageUrl } from './mappers/learning-path.ts';
import { pageBounds, paginated, type PageQuery } from './pagination.ts';

export async function visiblePathsPage<T>(
  request: FastifyRequest,
  query: PageQuery,
  shape: (item: VisiblePath, imageUrl: ImageUrl) => T,
) {
  const { data, compiled, actor, now } = await useCaseContext(request);
  const { items, total } = await listVisiblePaths({ data, compiled, actor, now, ...pageBounds(query) });
  const imageUrl = absoluteUrls(request);
  return paginated(
    request,
    query,
    total,
    items.map((item) => shape(item, imageUrl)),
  );
}
