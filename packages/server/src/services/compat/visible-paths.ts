// Use case: the paths a caller may see, in the plugin's order: the ones they are enrolled on, newest
// enrollment first, then the others (public paths, and those they are staff of). Each comes with
// its published version compiled and its courses from the catalog. Drafts never published and
// archived paths are left out of lists, since the plugin has neither.
import type { CompiledPath } from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { CourseRecord } from '../../store/repositories/course-repository.ts';
import type { PathRecord } from '../../store/repositories/path-repository.ts';
import type { Actor } from '../actor.ts';
import { listPaths } from '../paths/list-paths.ts';
import { visiblePath } from '../paths/path-access.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { programUuid } from './program.ts';
import { pluginSteps } from './steps.ts';

export interface VisiblePath {
  readonly path: PathRecord;
  readonly compiled: CompiledPath;
  /** The catalog entries of the path's courses that the catalog has. */
  readonly courses: ReadonlyMap<string, CourseRecord>;
  /** When the caller's active enrollment began; null when they are not enrolled. */
  readonly enrolledAt: string | null;
}

interface VisiblePathsOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly actor: Actor;
}

interface Listed {
  readonly path: PathRecord;
  readonly enrolledAt: string | null;
}

const BATCH = 500;

/** Every published path the caller may see, in the plugin's order. */
async function listedPaths({ data, actor }: VisiblePathsOptions): Promise<Listed[]> {
  const paths: PathRecord[] = [];
  for (let offset = 0; ; offset += BATCH) {
    const { items } = await listPaths({ data, actor, query: { status: 'published', limit: BATCH, offset } });
    paths.push(...items);
    if (items.length < BATCH) break;
  }
  const enrollments = await data.enrollments.activeOfUser(actor.user.id);
  const byKey = new Map(paths.map((path) => [path.key, path]));
  const enrolled = enrollments.flatMap(({ pathKey, createdAt }) => {
    const path = byKey.get(pathKey);
    return path ? [{ path, enrolledAt: createdAt }] : [];
  });
  const enrolledKeys = new Set(enrollments.map((enrollment) => enrollment.pathKey));
  const others = paths
    .filter((path) => !enrolledKeys.has(path.key))
    .map((path) => ({ path, enrolledAt: null }));
  return [...enrolled, ...others];
}

async function withDetails(
  { data, compiled }: VisiblePathsOptions,
  listed: readonly Listed[],
): Promise<VisiblePath[]> {
  const compiledPaths = await Promise.all(
    listed.map(({ path }) => compiled.get(data.paths, path.key, path.publishedVersion!)),
  );
  const courses = await data.courses.getMany([
    ...new Set(compiledPaths.flatMap((each) => pluginSteps(each).map((step) => step.course))),
  ]);
  return listed.map((entry, index) => ({ ...entry, compiled: compiledPaths[index]!, courses }));
}

export async function listVisiblePaths(
  options: VisiblePathsOptions & { readonly limit: number; readonly offset: number },
): Promise<{ items: VisiblePath[]; total: number }> {
  const listed = await listedPaths(options);
  const page = listed.slice(options.offset, options.offset + options.limit);
  return { items: await withDetails(options, page), total: listed.length };
}

/** One path the caller may see (404 otherwise, and for a path never published). */
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

/** The listed path whose program UUID is `uuid` (404 when the caller may see none). */
export async function getVisibleProgram(
  options: VisiblePathsOptions & { readonly uuid: string },
): Promise<VisiblePath> {
  const uuid = options.uuid.toLowerCase();
  const found = (await listedPaths(options)).find(({ path }) => programUuid(path.key) === uuid);
  if (!found) throw new AppError('not_found', `no program has the UUID ${options.uuid}`);
  const [view] = await withDetails(options, [found]);
  return view!;
}
