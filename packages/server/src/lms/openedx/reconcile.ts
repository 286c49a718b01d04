// Use case: bring what the service knows of path learners' courses in line with Open edX. For every
// active (learner, path course) pair it reads the grade and the completion, in batches at a bounded
// concurrency (the client paces the requests), applies what differs as facts (completion has no
// event, so this is its only source), and reports the drift and the failures by learner and course.
import { AppError } from '../../errors.ts';
import { recordFacts, type FactInput } from '../../services/facts/apply-facts.ts';
import type { CompiledPaths } from '../../services/progress/compiled-paths.ts';
import type { DataAccess } from '../../store/data-access.ts';
import { chunksOf } from '../../store/repositories/chunks.ts';
import type { StoredFacts } from '../../store/repositories/fact-repository.ts';
import { fetchCourseResults, type CourseResults } from './course-results.ts';
import { OpenedxError, type OpenedxClient } from './openedx-client.ts';

export const RECONCILE_SOURCE = 'openedx-reconcile';

export interface ReconcileOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly client: OpenedxClient;
  /** Only this path's learners and courses; those of every published path otherwise. */
  readonly pathKey?: string | undefined;
  /** Pairs read at once (default 4); the client's rate bounds the requests a second. */
  readonly concurrency?: number;
  /** Pairs read, then applied in one transaction (default 100). */
  readonly batchSize?: number;
  /** Stops the run between two batches, for a shutdown. */
  readonly signal?: AbortSignal;
  readonly clock?: () => Date;
}

type Field = keyof CourseResults;

export interface Change {
  readonly field: Field;
  readonly before: number | boolean | null;
  readonly after: number | boolean;
}

export interface Drift {
  readonly learner: string;
  readonly course: string;
  readonly changes: readonly Change[];
}

export interface ReconcileFailure {
  readonly learner: string;
  readonly course: string;
  readonly message: string;
}

export interface ReconcileReport {
  /** (learner, course) pairs looked at. */
  readonly pairs: number;
  /** Pairs whose learner is not enrolled in the course in Open edX (yet). */
  readonly notEnrolled: number;
  /** Values that differed from Open edX's, now changed. */
  readonly changed: number;
  readonly drift: readonly Drift[];
  readonly failures: readonly ReconcileFailure[];
}

interface Pair {
  readonly learner: string;
  readonly course: string;
}

type Outcome = Pair &
  ({ readonly results: CourseResults | null; readonly at: string } | { readonly error: string });

const PAGE = 1000;
const FIELDS: readonly Field[] = ['completion', 'grade', 'passed'];
/** PostgreSQL keeps facts as float4, about 7 digits: values closer than this are the same. */
const SAME = 1e-6;

async function pathsToReconcile(data: DataAccess, pathKey: string | undefined): Promise<string[]> {
  if (pathKey !== undefined) {
    if (!(await data.paths.get(pathKey))) throw new AppError('not_found', `no path has the key ${pathKey}`);
    return [pathKey];
  }
  const keys: string[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const { items } = await data.paths.list({ access: 'all', status: 'published', limit: PAGE, offset });
    keys.push(...items.map((path) => path.key));
    if (items.length < PAGE) return keys;
  }
}

/** Every active learner of the paths with every course of their path, each pair once. */
async function activePairs(data: DataAccess, pathKeys: readonly string[]): Promise<Pair[]> {
  const coursesOf = new Map<string, string[]>();
  for (const [course, paths] of await data.progress.pathsOfCourses(pathKeys))
    for (const pathKey of paths) coursesOf.set(pathKey, [...(coursesOf.get(pathKey) ?? []), course]);
  const pairs = new Map<string, Pair>();
  for (const pathKey of pathKeys) {
    const courses = coursesOf.get(pathKey) ?? [];
    for (let offset = 0; courses.length > 0; offset += PAGE) {
      const { items } = await data.enrollments.list({ pathKey, limit: PAGE, offset });
      for (const { username, isActive } of items)
        if (isActive)
          for (const course of courses) pairs.set(`${username}\n${course}`, { learner: username, course });
      if (items.length < PAGE) break;
    }
  }
  return [...pairs.values()].sort(
    (a, b) => a.learner.localeCompare(b.learner) || a.course.localeCompare(b.course),
  );
}

/** work() over the items, at most `limit` at a time; the results in the items' order. */
async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function changesOf(stored: StoredFacts | undefined, results: CourseResults): Change[] {
  return FIELDS.flatMap((field): Change[] => {
    const after = results[field];
    if (after === null) return [];
    const before = stored?.[field]?.value ?? null;
    const same =
      typeof after === 'number' && typeof before === 'number'
        ? Math.abs(before - after) < SAME
        : before === after;
    return same ? [] : [{ field, before, after }];
  });
}

export async function reconcile(options: ReconcileOptions): Promise<ReconcileReport> {
  const { data, client, signal, clock = () => new Date() } = options;
  const pairs = await activePairs(data, await pathsToReconcile(data, options.pathKey));
  let looked = 0;
  let notEnrolled = 0;
  const drift: Drift[] = [];
  const failures: ReconcileFailure[] = [];
  for (const batch of chunksOf(pairs, options.batchSize ?? 100)) {
    if (signal?.aborted) break;
    const outcomes = await inParallel(batch, options.concurrency ?? 4, async (pair): Promise<Outcome> => {
      try {
        const results = await fetchCourseResults(client, pair.learner, pair.course);
        return { ...pair, results, at: clock().toISOString() };
      } catch (error) {
        if (error instanceof OpenedxError) return { ...pair, error: error.message };
        throw error;
      }
    });
    looked += batch.length;
    // Read after the LMS, just before writing, so that the comparison is with the latest facts.
    const users = await data.users.findManyByUsername(batch.map((pair) => pair.learner));
    const stored = await data.facts.ofUsers([...users.values()].map((user) => user.id));
    const facts: FactInput[] = [];
    for (const outcome of outcomes) {
      const { learner, course } = outcome;
      if ('error' in outcome) failures.push({ learner, course, message: outcome.error });
      else if (outcome.results === null) notEnrolled += 1;
      else {
        const changes = changesOf(stored.get(users.get(learner)!.id)?.get(course), outcome.results);
        if (changes.length === 0) continue;
        drift.push({ learner, course, changes });
        // Timed when read: an event about something later still wins over it.
        facts.push({
          user: learner,
          course,
          time: outcome.at,
          ...Object.fromEntries(changes.map(({ field, after }) => [field, after])),
        });
      }
    }
    if (facts.length > 0)
      await recordFacts({
        data,
        compiled: options.compiled,
        facts,
        source: RECONCILE_SOURCE,
        now: clock().toISOString(),
      });
  }
  return {
    pairs: looked,
    notEnrolled,
    changed: drift.reduce((sum, { changes }) => sum + changes.length, 0),
    drift,
    failures,
  };
}
