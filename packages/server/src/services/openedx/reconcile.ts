// Use case: bring what the service knows of path learners' courses in line with Open edX. For every
// active (learner, path course) pair it reads the grade and the completion, in batches at a bounded
// concurrency (the client paces the requests), applies what differs as facts (completion has no
// event, so this is its only source), and reports the drift and the failures by learner and course.
// It also lets every pending address into every course its path may use again (enrollment_allowed; the
// LMS answers the same for an entry it has), so that one failed when enrolling is made up for.
import { AppError } from '../../errors.ts';
import { inParallel } from '../../lms/in-parallel.ts';
import { fetchCourseResults, type CourseResults } from '../../lms/openedx/course-results.ts';
import { OpenedxError } from '../../lms/openedx/openedx-client.ts';
import type { OpenedxLms } from '../../lms/openedx/openedx-lms.ts';
import type { DataAccess } from '../../store/data-access.ts';
import { chunksOf } from '../../store/repositories/chunks.ts';
import type { StoredFacts } from '../../store/repositories/fact-repository.ts';
import { usableCourses } from '../catalog/course-sharing.ts';
import { allowInLms, type EmailCourse, type LmsFailure } from '../enrollments/pending-in-lms.ts';
import { recordFactsInTransaction, type FactInput } from '../facts/apply-facts.ts';
import type { Hooks } from '../plugin-hooks.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';

export const RECONCILE_SOURCE = 'openedx-reconcile';

export interface ReconcileOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly lms: OpenedxLms;
  /** Only this path's learners and courses; those of every published path otherwise. */
  readonly pathKey?: string | undefined;
  /** Pairs read, or pending pairs let in, at once (default 4); the client's rate bounds requests a second. */
  readonly concurrency?: number;
  /** Pairs read, then applied in one transaction (default 100); as many pending pairs between stop checks. */
  readonly batchSize?: number;
  /** Stops the run between two batches, for a shutdown. */
  readonly signal?: AbortSignal;
  readonly clock?: () => Date;
  /** Where the progress the facts change is reported to plugins. */
  readonly hooks?: Hooks;
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
  /** (pending address, path course) pairs whose enrollment_allowed entry was asked for. */
  readonly pendingPairs: number;
  /** Of those, the entries Open edX did not have (lost to a failure when enrolling), now made. */
  readonly allowedCreated: number;
  /** Pending pairs Open edX could not let in. */
  readonly pendingFailures: readonly LmsFailure[];
}

interface Pair {
  readonly learner: string;
  readonly course: string;
}

type Outcome = Pair &
  ({ readonly results: CourseResults | null; readonly at: string } | { readonly error: string });

const PAGE = 1000;
const BATCH = 100;
const CONCURRENCY = 4;
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
async function activePairs(
  data: DataAccess,
  pathKeys: readonly string[],
  coursesOf: ReadonlyMap<string, string[]>,
): Promise<Pair[]> {
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

/** Every pending address of the paths with every course its path may use, each pair once. */
async function pendingPairs(
  data: DataAccess,
  pathKeys: readonly string[],
  coursesOf: ReadonlyMap<string, string[]>,
): Promise<EmailCourse[]> {
  const pairs = new Map<string, EmailCourse>();
  for (const pathKey of pathKeys) {
    const courses = coursesOf.get(pathKey) ?? [];
    for (let offset = 0; courses.length > 0; offset += PAGE) {
      const { items } = await data.enrollments.listPending({ pathKey, limit: PAGE, offset });
      for (const { email } of items)
        for (const course of courses) pairs.set(`${email}\n${course}`, { email, course });
      if (items.length < PAGE) break;
    }
  }
  return [...pairs.values()];
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

/** Reads the pairs' results in batches and applies each batch's drift as facts. */
async function reconcileResults(options: ReconcileOptions, pairs: readonly Pair[]) {
  const { data, lms, signal, clock = () => new Date() } = options;
  let looked = 0;
  let notEnrolled = 0;
  const drift: Drift[] = [];
  const failures: ReconcileFailure[] = [];
  for (const batch of chunksOf(pairs, options.batchSize ?? BATCH)) {
    if (signal?.aborted) break;
    const outcomes = await inParallel(
      batch,
      options.concurrency ?? CONCURRENCY,
      async (pair): Promise<Outcome> => {
        try {
          const results = await fetchCourseResults(lms.client, pair.learner, pair.course);
          return { ...pair, results, at: clock().toISOString() };
        } catch (error) {
          if (error instanceof OpenedxError) return { ...pair, error: error.message };
          throw error;
        }
      },
    );
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
      await recordFactsInTransaction({
        data,
        compiled: options.compiled,
        facts,
        source: RECONCILE_SOURCE,
        now: clock().toISOString(),
        ...(options.hooks && { hooks: options.hooks }),
      });
  }
  return { looked, notEnrolled, drift, failures };
}

/** Asks Open edX to let the pending pairs in, in batches; counts the entries it did not have. */
async function allowPending(options: ReconcileOptions, pairs: readonly EmailCourse[]) {
  let asked = 0;
  let created = 0;
  const failures: LmsFailure[] = [];
  for (const batch of chunksOf(pairs, options.batchSize ?? BATCH)) {
    if (options.signal?.aborted) break;
    const outcome = await allowInLms(options.lms, batch, options.concurrency ?? CONCURRENCY);
    asked += batch.length;
    created += outcome.count;
    failures.push(...outcome.failures);
  }
  return { asked, created, failures };
}

export async function reconcile(options: ReconcileOptions): Promise<ReconcileReport> {
  const { data } = options;
  const pathKeys = await pathsToReconcile(data, options.pathKey);
  const coursesOf = await data.progress.coursesOfPaths(pathKeys);
  const results = await reconcileResults(options, await activePairs(data, pathKeys, coursesOf));
  // Other organisations' invite-only courses they stopped sharing are not opened to anyone.
  const usable = await usableCourses(data, coursesOf);
  const allowed = await allowPending(options, await pendingPairs(data, pathKeys, usable));
  return {
    pairs: results.looked,
    notEnrolled: results.notEnrolled,
    changed: results.drift.reduce((sum, { changes }) => sum + changes.length, 0),
    drift: results.drift,
    failures: results.failures,
    pendingPairs: allowed.asked,
    allowedCreated: allowed.created,
    pendingFailures: allowed.failures,
  };
}
