// Use case: one published path a caller may see, by its key, with its published version compiled,
// its courses from the catalog and when the caller enrolled on it.
import { AppError } from '../../errors.ts';
import { visiblePath } from './path-access.ts';
import { withDetails, type VisiblePath, type VisiblePathsOptions } from './visible-paths.ts';

/** 404 for a path the caller may not see, and for one never published. */
export async function getVisiblePath(
  options: VisiblePathsOptions & { readonly key: string },
): Promise<VisiblePath> {
  const { data, actor, key } = options;
  const path = await visiblePath(data, actor, key);
  if (path.publishedVersion === null) throw new AppError('not_found', `no path has the key ${key}`);
  const enrollment = await data.enrollments.get(key, actor.user.id);
  const [view] = await withDetails(options, [
    { path, enrolledAt: enrollment?.isActive ? enrollment.createdAt : null },
  ]);
  return view!;
}
