// A learner's "My Learning" items: every active path enrollment and every course they are
// enrolled in, with status and progress from the materialised progress and the stored facts (no
// evaluation on read), before any filter.
import type { CompiledPath } from '@learning-paths/core';
import type { DataAccess } from '../../store/data-access.ts';
import type { CourseRecord } from '../../store/repositories/course-repository.ts';
import type { StoredFacts } from '../../store/repositories/fact-repository.ts';
import type { ProgressStatus } from '../../domain/progress.ts';
import { orgOfPath } from '../actor.ts';
import type { CatalogCache } from '../catalog/catalog-cache.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { storedSchedule } from '../progress/step-catalog.ts';
import { readStepStates } from '../progress/step-states.ts';
import { dateState, type DateState } from './date-state.ts';

export interface LearningItem {
  readonly type: 'path' | 'course';
  readonly key: string;
  readonly title: string;
  readonly org: string;
  readonly image: string | null;
  readonly status: ProgressStatus;
  readonly progress: number;
  readonly enrolledAt: string;
  readonly startsAt: string | null;
  readonly endsAt: string | null;
  readonly dateState: DateState;
  /**
   * Paths: the subtitle, the tier reached (id and title), the suggested next steps that can be
   * taken now, when the first of the others opens when none can, and whether the path can still be
   * completed (see the evaluation's schedule).
   */
  readonly subtitle?: string | null;
  readonly currentTier?: string | null;
  readonly currentTierTitle?: string | null;
  readonly next?: { readonly id: string; readonly title: string; readonly course: string | null }[];
  readonly opensAt?: string | null;
  readonly completable?: boolean;
  /** Paths: archived by its authors; the learner keeps it and their progress, no one can join it. */
  readonly archived?: boolean;
  /** Courses: the grade, where to take it, and the learner's paths it belongs to. */
  readonly grade?: number | null;
  readonly launchUrl?: string | null;
  readonly paths?: { readonly key: string; readonly title: string }[];
}

function courseStatus(facts: StoredFacts | undefined): { status: ProgressStatus; progress: number } {
  const completion = facts?.completion?.value ?? 0;
  if (facts?.passed?.value === true || completion >= 1) return { status: 'completed', progress: 1 };
  const started = completion > 0 || (facts?.grade?.value ?? 0) > 0;
  return { status: started ? 'in_progress' : 'not_started', progress: completion };
}

/** What a path's item shows whoever the learner: kept per version until the catalog changes. */
interface PathCard {
  readonly title: string;
  readonly subtitle: string | null;
  readonly image: string | null;
  readonly org: string;
  /** The earliest start and the latest end of its courses; open-ended when one is. */
  readonly startsAt: string | null;
  readonly endsAt: string | null;
  /** Its course keys, each once. */
  readonly courses: readonly string[];
}

function pathCard(path: CompiledPath, catalog: ReadonlyMap<string, CourseRecord>): PathCard {
  const courses = [...new Set(path.nodes.flatMap((node) => (node.course === null ? [] : [node.course])))];
  const known = courses.flatMap((key) => catalog.get(key) ?? []);
  const starts = known.map((course) => course.startsAt).filter((start) => start !== null);
  const ends = known.map((course) => course.endsAt);
  const { definition } = path;
  return {
    title: definition.title,
    subtitle: definition.subtitle ?? null,
    image: definition.image ?? null,
    org: orgOfPath(definition.key),
    startsAt: starts.length > 0 ? starts.sort()[0]! : null,
    endsAt: ends.length > 0 && !ends.includes(null) ? (ends as string[]).sort().at(-1)! : null,
    courses,
  };
}

export interface LearningItemsOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly catalog: CatalogCache;
  readonly userId: number;
  readonly now: string;
}

/** Two reads at most: the learner's snapshot, and the catalog when it changed since the last. */
export async function learningItems({
  data,
  compiled,
  catalog: catalogCache,
  userId,
  now,
}: LearningItemsOptions): Promise<LearningItem[]> {
  const { enrollments, courseEnrollments, facts, catalogCounter } = await data.learnerSnapshots.of(userId);
  const catalog = await catalogCache.courses(data, catalogCounter);
  // The compiled versions are in memory: they say which courses each path holds, without a query.
  const versions: CompiledPath[] = [];
  for (const enrollment of enrollments)
    versions.push(await compiled.get(data.paths, enrollment.pathKey, enrollment.version));
  const cards = enrollments.map(({ pathKey, version }, index) =>
    catalogCache.derived(`path card ${pathKey}@${version}`, () => pathCard(versions[index]!, catalog)),
  );
  const pathsOfCourse = new Map<string, string[]>();
  cards.forEach((card, index) => {
    const pathKey = enrollments[index]!.pathKey;
    for (const course of card.courses)
      pathsOfCourse.set(course, [...(pathsOfCourse.get(course) ?? []), pathKey]);
  });
  const enrolledCourses = new Map(courseEnrollments);
  for (const fact of facts.values())
    if (fact.enrolled?.value && !enrolledCourses.has(fact.courseKey))
      enrolledCourses.set(fact.courseKey, fact.enrolled.at);
  const pathTitles = new Map<string, string>();

  const items: LearningItem[] = [];
  for (const [index, enrollment] of enrollments.entries()) {
    const path = versions[index]!;
    const card = cards[index]!;
    pathTitles.set(enrollment.pathKey, card.title);
    const stored = enrollment.progress;
    // The stored progress against today's course dates: its steps completed, and its next steps.
    const states = readStepStates(path, stored?.stepStates ?? '');
    const schedule = storedSchedule(
      path,
      { satisfied: (id) => states.get(id) === 'c', next: stored?.next ?? [] },
      catalog,
      now,
    );
    items.push({
      type: 'path',
      key: enrollment.pathKey,
      title: card.title,
      org: card.org,
      subtitle: card.subtitle,
      image: card.image,
      status: stored?.status ?? 'not_started',
      progress: stored?.progress ?? 0,
      enrolledAt: enrollment.createdAt,
      startsAt: card.startsAt,
      endsAt: card.endsAt,
      dateState: dateState(card.startsAt, card.endsAt, now),
      currentTier: stored?.currentTier ?? null,
      currentTierTitle: stored?.currentTier ? path.titleOf(stored.currentTier) : null,
      next: schedule.next.map((id) => {
        const node = path.nodes[path.slotOf.get(id) ?? -1];
        return { id, title: path.titleOf(id), course: schedule.courses?.[id] ?? node?.course ?? null };
      }),
      opensAt: schedule.opensAt,
      // Progress stored before step states were kept says nothing of what is completed.
      completable: (stored?.stepStates ?? null) === null || schedule.completable,
      archived: enrollment.archived,
    });
  }
  for (const [courseKey, enrolledAt] of enrolledCourses) {
    const course = catalog.get(courseKey);
    items.push({
      type: 'course',
      key: courseKey,
      title: course?.title ?? courseKey,
      org: course?.org ?? '',
      image: null,
      ...courseStatus(facts.get(courseKey)),
      grade: facts.get(courseKey)?.grade?.value ?? null,
      enrolledAt,
      startsAt: course?.startsAt ?? null,
      endsAt: course?.endsAt ?? null,
      dateState: dateState(course?.startsAt ?? null, course?.endsAt ?? null, now),
      launchUrl: course?.lmsUrl ?? null,
      paths: (pathsOfCourse.get(courseKey) ?? []).map((key) => ({ key, title: pathTitles.get(key) ?? key })),
    });
  }

  return items;
}
