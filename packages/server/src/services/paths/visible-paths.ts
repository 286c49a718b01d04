// What the visible-path use cases share: the published paths a caller may see, in the Open edX
// plugin's order (the ones they are enrolled on, newest enrollment first, then the others: public
// paths, and those they are staff of), and each one's published version compiled with its courses
// from the catalog. Drafts never published and archived paths are left out of lists, since the
// plugin has neither.
import { stepRuns, type CompiledPath } from '@learning-paths/core';
import type { DataAccess } from '../../store/data-access.ts';
import type { CourseRecord } from '../../store/repositories/course-repository.ts';
import type { PathRecord } from '../../store/repositories/path-repository.ts';
import type { Actor } from '../actor.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { stepCatalog } from '../progress/step-catalog.ts';
import { listPaths } from './list-paths.ts';

export interface VisiblePath {
  readonly path: PathRecord;
  readonly compiled: CompiledPath;
  /** The catalog entries of the path's courses that the catalog has (every run of followed ones). */
  readonly courses: ReadonlyMap<string, CourseRecord>;
  /** For steps that follow their course: the run the path sends a learner to now, by step id. */
  readonly runs: Readonly<Record<string, string>>;
  /** When the caller's active enrollment began; null when they are not enrolled. */
  readonly enrolledAt: string | null;
}

export interface VisiblePathsOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly actor: Actor;
  /** Decides the current run of the courses steps follow. */
  readonly now: string;
}

export interface ListedPath {
  readonly path: PathRecord;
  readonly enrolledAt: string | null;
}

const BATCH = 500;

/** Every published path the caller may see, in the plugin's order. */
export async function listedPaths({ data, actor }: VisiblePathsOptions): Promise<ListedPath[]> {
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

/**
 * The listed paths with their published versions compiled, the catalog entries of their courses,
 * and the run each step that follows its course sends learners to now (no learner's own run: these
 * are lists for anyone).
 */
export async function withDetails(
  { data, compiled, now }: VisiblePathsOptions,
  listed: readonly ListedPath[],
): Promise<VisiblePath[]> {
  const compiledPaths = await Promise.all(
    listed.map(({ path }) => compiled.get(data.paths, path.key, path.publishedVersion!)),
  );
  const catalogs = await Promise.all(compiledPaths.map((each) => stepCatalog(data, each)));
  const courses = new Map(catalogs.flatMap(({ catalog }) => [...catalog]));
  return listed.map((entry, index) => {
    const path = compiledPaths[index]!;
    const runs = stepRuns(path, { satisfied: () => false }, catalogs[index]!.runsOf, now);
    return { ...entry, compiled: path, courses, runs };
  });
}
