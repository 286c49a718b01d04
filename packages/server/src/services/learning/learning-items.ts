// A learner's "My Learning" items: every active path enrollment and every course they are
// enrolled in, with status and progress from the materialised progress and the stored facts (no
// evaluation on read), before any filter.
import type { CompiledPath } from '@learning-paths/core';
import type { DataAccess } from '../../store/data-access.ts';
import type { CourseRecord } from '../../store/repositories/course-repository.ts';
import type { StoredFacts } from '../../store/repositories/fact-repository.ts';
import type { ProgressStatus } from '../../store/repositories/progress-repository.ts';
import { orgOfPath } from '../actor.ts';
import type { CatalogCache } from '../catalog/catalog-cache.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
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
  /** Paths: the subtitle, the tier reached (id and title), and the suggested next steps. */
  readonly subtitle?: string | null;
  readonly currentTier?: string | null;
  readonly currentTierTitle?: string | null;
  readonly next?: { readonly id: string; readonly title: string; readonly course: string | null }[];
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

/** The earliest start and the latest end of a path's courses; open-ended when one is. */
function pathDates(courses: readonly (CourseRecord | undefined)[]): {
  startsAt: string | null;
  endsAt: string | null;
} {
  const known = courses.filter((course) => course !== undefined);
  const starts = known.map((course) => course.startsAt).filter((start) => start !== null);
  const ends = known.map((course) => course.endsAt);
  return {
    startsAt: starts.length > 0 ? starts.sort()[0]! : null,
    endsAt: ends.length > 0 && !ends.includes(null) ? (ends as string[]).sort().at(-1)! : null,
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
  const pathsOfCourse = new Map<string, string[]>();
  versions.forEach((path, index) => {
    const pathKey = enrollments[index]!.pathKey;
    for (const node of path.nodes)
      if (node.course !== null && !pathsOfCourse.get(node.course)?.includes(pathKey))
        pathsOfCourse.set(node.course, [...(pathsOfCourse.get(node.course) ?? []), pathKey]);
  });
  const enrolledCourses = new Map(courseEnrollments);
  for (const fact of facts.values())
    if (fact.enrolled?.value && !enrolledCourses.has(fact.courseKey))
      enrolledCourses.set(fact.courseKey, fact.enrolled.at);
  const pathTitles = new Map<string, string>();

  const items: LearningItem[] = [];
  for (const [index, enrollment] of enrollments.entries()) {
    const path = versions[index]!;
    const { definition } = path;
    pathTitles.set(enrollment.pathKey, definition.title);
    const stored = enrollment.progress;
    const courses = path.nodes.flatMap((node) => (node.course === null ? [] : [catalog.get(node.course)]));
    const dates = pathDates(courses);
    items.push({
      type: 'path',
      key: enrollment.pathKey,
      title: definition.title,
      org: orgOfPath(enrollment.pathKey),
      subtitle: definition.subtitle ?? null,
      image: definition.image ?? null,
      status: stored?.status ?? 'not_started',
      progress: stored?.progress ?? 0,
      enrolledAt: enrollment.createdAt,
      ...dates,
      dateState: dateState(dates.startsAt, dates.endsAt, now),
      currentTier: stored?.currentTier ?? null,
      currentTierTitle: stored?.currentTier ? path.titleOf(stored.currentTier) : null,
      next: (stored?.next ?? []).map((id) => {
        const node = path.nodes[path.slotOf.get(id) ?? -1];
        return { id, title: path.titleOf(id), course: node?.course ?? null };
      }),
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
