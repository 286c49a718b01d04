// Use case: authors of a course's organisation (or an admin) say which organisations' paths may
// use it while it is invite-only; null goes back to the organisation's default. Courses are
// visible to everyone signed in, so others get 403, and a course not in the catalog 404.
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import { canAuthor, type Actor } from '../actor.ts';
import { courseSharing, sharingList, type CourseSharingView } from './course-sharing.ts';

export interface ShareCourseOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly key: string;
  /** Organisations, or `*` for every one; null for the organisation's default. */
  readonly sharedWith: readonly string[] | null;
  readonly now: string;
}

export async function shareCourse({
  data,
  actor,
  key,
  sharedWith,
  now,
}: ShareCourseOptions): Promise<CourseSharingView> {
  return data.transaction(async (inside) => {
    const course = await inside.courses.get(key);
    if (!course) throw new AppError('not_found', `no course has the key ${key}`);
    if (!canAuthor(actor, course.org))
      throw new AppError('forbidden', `only authors of ${course.org} may say who uses its courses`);
    const list = sharedWith === null ? null : sharingList(sharedWith, '/sharedWith');
    await inside.sharing.setCourse(key, list, actor.user.username, now);
    return courseSharing(inside, key);
  });
}
