// Use case: enrollments on every path, active or not, newest first, a page at a time: administrators
// see all of them; staff those on the paths they are staff of, and their own; learners only their
// own. Naming a learner narrows the list to theirs, within what the caller may see.
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { EnrollmentRecord } from '../../store/repositories/enrollment-repository.ts';
import { isPathStaff, type Actor } from '../actor.ts';
import { accessOf } from '../paths/list-paths.ts';

export interface ListEnrollmentsOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  /** Only this learner's enrollments. */
  readonly username?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

interface Page {
  readonly items: EnrollmentRecord[];
  readonly total: number;
}

const BATCH = 500;

/** The order of the repository's lists, extended across paths. */
function newestFirst(a: EnrollmentRecord, b: EnrollmentRecord): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  if (a.username !== b.username) return a.username < b.username ? -1 : 1;
  return a.pathKey < b.pathKey ? -1 : a.pathKey > b.pathKey ? 1 : 0;
}

/** Keys of the paths the actor is staff of, through organisation or path grants. */
async function staffPathKeys(
  data: DataAccess,
  actor: Actor,
  scope: { orgs: readonly string[]; paths: readonly string[] },
) {
  const keys = new Set(scope.paths);
  for (const org of scope.orgs) {
    for (let offset = 0; ; offset += BATCH) {
      const { items } = await data.paths.list({ access: 'all', org, limit: BATCH, offset });
      for (const path of items) keys.add(path.key);
      if (items.length < BATCH) break;
    }
  }
  return [...keys].filter((key) => isPathStaff(actor, key));
}

async function allOfUser(data: DataAccess, userId: number): Promise<EnrollmentRecord[]> {
  const all: EnrollmentRecord[] = [];
  for (let offset = 0; ; offset += BATCH) {
    const { items } = await data.enrollments.list({ userId, limit: BATCH, offset });
    all.push(...items);
    if (items.length < BATCH) return all;
  }
}

export async function listEnrollments(options: ListEnrollmentsOptions): Promise<Page> {
  const { data, actor, username, limit, offset } = options;
  const access = accessOf(actor);
  const self = username === undefined || username === actor.user.username;
  const learner = self ? actor.user : await data.users.findByUsername(username);
  const userId = username === undefined ? undefined : learner?.id;
  if (access === 'all') {
    if (!learner) return { items: [], total: 0 };
    return data.enrollments.list({ limit, offset, ...(userId === undefined ? {} : { userId }) });
  }
  const staffPaths = await staffPathKeys(data, actor, access);
  if (staffPaths.length === 0) {
    if (!self) throw new AppError('forbidden', "only staff may list other learners' enrollments");
    return data.enrollments.list({ userId: actor.user.id, limit, offset });
  }
  if (!learner) return { items: [], total: 0 };
  // The repository lists one path (or one user) at a time: the first offset + limit of each list
  // hold the first offset + limit of them all.
  const pages: Page[] = await Promise.all(
    staffPaths.map((pathKey) =>
      data.enrollments.list({
        pathKey,
        limit: offset + limit,
        offset: 0,
        ...(userId === undefined ? {} : { userId }),
      }),
    ),
  );
  if (self) {
    const staffKeys = new Set(staffPaths);
    const own = (await allOfUser(data, actor.user.id)).filter(
      (enrollment) => !staffKeys.has(enrollment.pathKey),
    );
    pages.push({ items: own, total: own.length });
  }
  const merged = pages.flatMap((page) => page.items).sort(newestFirst);
  return {
    items: merged.slice(offset, offset + limit),
    total: pages.reduce((sum, page) => sum + page.total, 0),
  };
}
