// Use case: authors of an organisation (or an admin) set which organisations' paths may use its
// invite-only courses by default, for every course without a list of its own.
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import { canAuthor, type Actor } from '../actor.ts';
import {
  assertOrganisation,
  organizationSharing,
  sharingList,
  type OrganizationSharingView,
} from './course-sharing.ts';

export interface ShareOrganizationCoursesOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly org: string;
  /** Organisations, or `*` for every one; empty for no one. */
  readonly shareWith: readonly string[];
  readonly now: string;
}

export async function shareOrganizationCourses({
  data,
  actor,
  org,
  shareWith,
  now,
}: ShareOrganizationCoursesOptions): Promise<OrganizationSharingView> {
  assertOrganisation(org);
  if (!canAuthor(actor, org))
    throw new AppError('forbidden', `only authors of ${org} may say who uses its courses`);
  const list = sharingList(shareWith, '/shareInviteOnlyCoursesWith');
  await data.sharing.setOrganization(org, list, actor.user.username, now);
  return organizationSharing(data, org);
}
