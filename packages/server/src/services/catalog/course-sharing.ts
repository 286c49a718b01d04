// Organisations own their invite-only courses: a path may use another organisation's invite-only
// course only when that organisation shares it with the path's organisation, by the course's own
// list or, when the course has none, by the organisation's default. Open courses, a path's own
// organisation's courses and courses not in the catalog (nothing says they are invite-only) are
// usable by any path. Checked when a path is saved or published and again when a learner starts
// the step, and the LMS lets pending learners only into courses their path may still use.
import {
  joinPointer,
  parseCourseKey,
  wording,
  isStep,
  problemAt,
  type PathDefinition,
  type PathNode,
  type Problem,
} from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { CourseRecord } from '../../store/repositories/course-repository.ts';
import { orgOfPath } from '../actor.ts';

/** In a sharing list: every organisation. */
export const EVERY_ORGANISATION = '*';

type SharingData = Pick<DataAccess, 'courses' | 'sharing'>;

export interface CourseSharingView {
  readonly course: string;
  readonly org: string;
  readonly inviteOnly: boolean;
  /** The course's own list; null when it follows its organisation's default. */
  readonly sharedWith: string[] | null;
  readonly organizationDefault: string[];
  /** The list in force: the course's own, else the default. */
  readonly effective: string[];
}

export interface OrganizationSharingView {
  readonly org: string;
  readonly shareInviteOnlyCoursesWith: string[];
  readonly updatedBy: string | null;
  readonly updatedAt: string | null;
}

/** The list in force for each course, by course key: its own list, else its organisation's default. */
async function listsInForce(
  data: SharingData,
  courses: readonly CourseRecord[],
): Promise<Map<string, readonly string[]>> {
  const own = await data.sharing.ofCourses(courses.map((course) => course.key));
  const defaults = await data.sharing.ofOrganizations(courses.map((course) => course.org));
  return new Map(
    courses.map((course) => [
      course.key,
      (own.get(course.key) ?? defaults.get(course.org))?.sharedWith ?? [],
    ]),
  );
}

function sharesWith(list: readonly string[], org: string): boolean {
  return list.includes(EVERY_ORGANISATION) || list.includes(org);
}

/** The courses among `keys` that a path of `pathOrg` may not use, by course key. */
async function unsharedCourses(
  data: SharingData,
  pathOrg: string,
  keys: readonly string[],
): Promise<Map<string, CourseRecord>> {
  const foreign = [...(await data.courses.getMany(keys)).values()].filter(
    (course) => course.inviteOnly && course.org !== pathOrg,
  );
  const lists = await listsInForce(data, foreign);
  return new Map(
    foreign
      .filter((course) => !sharesWith(lists.get(course.key)!, pathOrg))
      .map((course) => [course.key, course]),
  );
}

/** Every step of a validated definition with the pointer of its `course`, in document order. */
function stepCourses(definition: PathDefinition): { course: string; pointer: string }[] {
  const steps: { course: string; pointer: string }[] = [];
  // A stack rather than recursion: the depth is the author's to choose.
  const pending: { node: PathNode; pointer: string }[] = [
    { node: definition.requirements, pointer: '/requirements' },
  ];
  while (pending.length > 0) {
    const { node, pointer } = pending.pop()!;
    if (isStep(node)) steps.push({ course: node.course, pointer: joinPointer(pointer, 'course') });
    else
      for (let index = node.children.length - 1; index >= 0; index--)
        pending.push({ node: node.children[index]!, pointer: joinPointer(pointer, 'children', index) });
  }
  return steps;
}

/**
 * Refuses (422) a definition of `pathKey` whose steps use invite-only courses their organisation
 * does not share with the path's organisation, each problem at the step's `course`.
 */
export async function assertCoursesShared(
  data: SharingData,
  pathKey: string,
  definition: PathDefinition,
): Promise<void> {
  const org = orgOfPath(pathKey);
  const steps = stepCourses(definition);
  const unshared = await unsharedCourses(
    data,
    org,
    steps.map((step) => step.course),
  );
  const problems: Problem[] = steps.flatMap(({ course, pointer }) => {
    const owner = unshared.get(course)?.org;
    if (owner === undefined) return [];
    return [
      problemAt(
        pointer,
        wording(
          `${course} is an invite-only course of ${owner}, which does not share it with ${org}: an author of ${owner} must share it before a ${org} path may use it`,
          'lp.sharing.notShared',
          { course, owner, org },
        ),
      ),
    ];
  });
  if (problems.length > 0)
    throw new AppError(
      'invalid',
      `the path uses invite-only courses of other organisations that do not share them with ${org}`,
      problems,
    );
}

/** Refuses (403) to open a step's course that the path may not use any more, in a learner's words. */
export async function assertCourseOpensFrom(
  data: SharingData,
  pathKey: string,
  course: CourseRecord,
): Promise<void> {
  const org = orgOfPath(pathKey);
  if ((await unsharedCourses(data, org, [course.key])).size === 0) return;
  throw new AppError(
    'forbidden',
    `${course.title} cannot be opened from this path: it is an invite-only course of ${course.org}, which does not share it with ${org}. The path's staff can tell you more.`,
  );
}

/** The courses of each path (by path key) without those the path may not use. */
export async function usableCourses(
  data: SharingData,
  coursesOf: ReadonlyMap<string, readonly string[]>,
): Promise<Map<string, string[]>> {
  const usable = new Map<string, string[]>();
  for (const [pathKey, keys] of coursesOf) {
    const unshared = await unsharedCourses(data, orgOfPath(pathKey), keys);
    usable.set(
      pathKey,
      keys.filter((key) => !unshared.has(key)),
    );
  }
  return usable;
}

/** How a catalog course is shared; 404 when it is not in the catalog. */
export async function courseSharing(data: SharingData, key: string): Promise<CourseSharingView> {
  const course = await data.courses.get(key);
  if (!course) throw new AppError('not_found', `no course has the key ${key}`);
  const own = (await data.sharing.ofCourses([key])).get(key)?.sharedWith ?? null;
  const organizationDefault =
    (await data.sharing.ofOrganizations([course.org])).get(course.org)?.sharedWith ?? [];
  return {
    course: key,
    org: course.org,
    inviteOnly: course.inviteOnly,
    sharedWith: own,
    organizationDefault,
    effective: own ?? organizationDefault,
  };
}

/** An organisation's default for its invite-only courses; empty (shared with no one) until set. */
export async function organizationSharing(data: SharingData, org: string): Promise<OrganizationSharingView> {
  assertOrganisation(org);
  const found = (await data.sharing.ofOrganizations([org])).get(org);
  return {
    org,
    shareInviteOnlyCoursesWith: found?.sharedWith ?? [],
    updatedBy: found?.updatedBy ?? null,
    updatedAt: found?.updatedAt ?? null,
  };
}

/**
 * A sharing list as stored: each entry an organisation (what a course key's org part may be) or
 * `*`, distinct and sorted, `*` alone when present; 422 naming each bad entry at `pointer`/index.
 */
export function sharingList(entries: readonly string[], pointer: string): string[] {
  const problems = entries.flatMap((entry, index): Problem[] =>
    entry === EVERY_ORGANISATION || isOrganisation(entry)
      ? []
      : [
          {
            pointer: joinPointer(pointer, index),
            message: `"${entry}" is not an organisation: use the org part of a course key (letters, digits and _ - ~ . :), or * for every organisation`,
          },
        ],
  );
  if (problems.length > 0)
    throw new AppError('invalid', 'the sharing list names something that is not an organisation', problems);
  if (entries.includes(EVERY_ORGANISATION)) return [EVERY_ORGANISATION];
  return [...new Set(entries)].sort();
}

/** 404 for a name no organisation can have (it could not be the org part of a course key). */
export function assertOrganisation(org: string): void {
  if (!isOrganisation(org)) throw new AppError('not_found', `no organisation is named ${org}`);
}

function isOrganisation(text: string): boolean {
  try {
    // The key parser holds the one rule for what an organisation's part of a key may be.
    return parseCourseKey(`course-v1:${text}+x+x`).org === text;
  } catch {
    return false;
  }
}
