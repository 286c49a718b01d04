// Use case: the published path a caller may see whose course-discovery program UUID is given, as
// the Open edX plugin's `programs/{uuid}/` looks a path up.
import { AppError } from '../../errors.ts';
import { programUuid } from './program-uuid.ts';
import { listedPaths, withDetails, type VisiblePath, type VisiblePathsOptions } from './visible-paths.ts';

/** 404 when the caller may see no listed path with that UUID. */
export async function getVisibleProgram(
  options: VisiblePathsOptions & { readonly uuid: string },
): Promise<VisiblePath> {
  const uuid = options.uuid.toLowerCase();
  const found = (await listedPaths(options)).find(({ path }) => programUuid(path.key) === uuid);
  if (!found) throw new AppError('not_found', `no program has the UUID ${options.uuid}`);
  const [view] = await withDetails(options, [found]);
  return view!;
}
