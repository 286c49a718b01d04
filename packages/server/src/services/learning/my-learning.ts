// Use case: a learner's "My Learning": every active path enrollment and every course they are
// enrolled in, with status and progress from the materialised progress and the stored facts (no
// evaluation on read), filtered, sorted and paginated. One learner has tens of items, so filters
// run here rather than in SQL across two kinds of rows.
import type { CompiledPath } from '@learning-paths/core';
import type { DataAccess } from '../../store/data-access.ts';
import type { CourseRecord } from '../../store/repositories/course-repository.ts';
import type { StoredFacts } from '../../store/repositories/fact-repository.ts';
import type { ProgressStatus } from '../../store/repositories/progress-repository.ts';
import { orgOfPath, type Actor } from '../actor.ts';
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

export interface LearningQuery {
  readonly search?: string | undefined;
  readonly type?: 'path' | 'course' | undefined;
  readonly status?: ProgressStatus | undefined;
  readonly org?: string | undefined;
  readonly dates?: DateState | undefined;
  readonly sort: 'recent' | 'title' | 'progress';
  readonly limit: number;
  readonly offset: number;
}

export interface MyLearningOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly actor: Actor;
  readonly query: LearningQuery;
  readonly now: string;
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

export async function myLearning({ data, compiled, actor, query, now }: MyLearningOptions): Promise<{
  items: LearningItem[];
  total: number;
  /** The organisations of all the learner's items, whatever the filters: the choices of `org`. */
  orgs: string[];
}> {
  const userId = actor.user.id;
  const enrollments = await data.enrollments.activeOfUser(userId);
  const pathKeys = enrollments.map((enrollment) => enrollment.pathKey);
  // The compiled versions are in memory: they say which courses each path holds, without a query.
  const versions: CompiledPath[] = [];
  for (const enrollment of enrollments)
    versions.push(await compiled.get(data.paths, enrollment.pathKey, enrollment.version));
  const pathsOfCourse = new Map<string, string[]>();
  versions.forEach((path, index) => {
    for (const node of path.nodes)
      if (node.course !== null && !pathsOfCourse.get(node.course)?.includes(pathKeys[index]!))
        pathsOfCourse.set(node.course, [...(pathsOfCourse.get(node.course) ?? []), pathKeys[index]!]);
  });
  const [progress, courseEnrollments, factsOfUsers] = await Promise.all([
    data.progress.ofUser(userId, pathKeys),
    data.courseEnrollments.ofUser(userId),
    data.facts.ofUsers([userId]),
  ]);
  const facts = factsOfUsers.get(userId)!;
  const enrolledCourses = new Map(courseEnrollments.map((entry) => [entry.courseKey, entry.createdAt]));
  for (const fact of facts.values())
    if (fact.enrolled?.value && !enrolledCourses.has(fact.courseKey))
      enrolledCourses.set(fact.courseKey, fact.enrolled.at);
  const catalog = await data.courses.getMany([
    ...new Set([...pathsOfCourse.keys(), ...enrolledCourses.keys()]),
  ]);
  const pathTitles = new Map<string, string>();

  const items: LearningItem[] = [];
  for (const [index, enrollment] of enrollments.entries()) {
    const path = versions[index]!;
    const { definition } = path;
    pathTitles.set(enrollment.pathKey, definition.title);
    const stored = progress.get(enrollment.pathKey);
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

  const search = query.search?.trim().toLowerCase();
  const matching = items.filter(
    (item) =>
      (!search || item.title.toLowerCase().includes(search) || item.key.toLowerCase().includes(search)) &&
      (query.type === undefined || item.type === query.type) &&
      (query.status === undefined || item.status === query.status) &&
      (query.org === undefined || item.org === query.org) &&
      (query.dates === undefined || item.dateState === query.dates),
  );
  const order = {
    recent: (a: LearningItem, b: LearningItem) => b.enrolledAt.localeCompare(a.enrolledAt),
    title: (a: LearningItem, b: LearningItem) => a.title.localeCompare(b.title),
    progress: (a: LearningItem, b: LearningItem) => b.progress - a.progress,
  }[query.sort];
  matching.sort((a, b) => order(a, b) || a.key.localeCompare(b.key));
  return {
    items: matching.slice(query.offset, query.offset + query.limit),
    total: matching.length,
    orgs: [...new Set(items.map((item) => item.org).filter((org) => org !== ''))].sort(),
  };
}
