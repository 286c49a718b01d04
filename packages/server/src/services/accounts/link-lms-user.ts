// Use case: link an account made here to the LMS user it belongs to, so that the LMS's JWTs for that
// user sign in to it (they never sign in to an unlinked account of the same username). An
// administrator's decision, audited; an account is linked to one LMS user, and an LMS user to one account.
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import type { Actor } from '../actor.ts';
import {
  auditAccount,
  currentAccountView,
  invalidAt,
  managedUser,
  type AccountView,
} from './account-access.ts';
import { LMS_USER_ID } from './identifiers.ts';
import { writeOrConflict } from '../write-or-conflict.ts';

export interface LinkLmsUserOptions {
  readonly data: DataAccess;
  readonly actor: Actor;
  readonly username: string;
  readonly lmsUserId: string;
  readonly now: string;
}

export async function linkLmsUser({
  data,
  actor,
  username,
  lmsUserId,
  now,
}: LinkLmsUserOptions): Promise<AccountView> {
  const user = await managedUser(data, actor, username);
  if (!LMS_USER_ID.test(lmsUserId)) {
    throw invalidAt(
      '/lmsUserId',
      'the LMS user id must be 1 to 64 letters, digits or _ . - (Open edX: its user_id)',
    );
  }
  if (user.lmsUserId === lmsUserId) return currentAccountView(data, user.id);
  if (user.lmsUserId !== null)
    throw new AppError('conflict', `${username} is linked to LMS user ${user.lmsUserId} already`);
  return data.transaction(async (trx) => {
    const holder = await trx.users.findByLmsUserId(lmsUserId);
    if (holder)
      throw new AppError('conflict', `LMS user ${lmsUserId} is linked to ${holder.username} already`);
    await writeOrConflict(trx.users.updateProfile(user.id, { lmsUserId }));
    await auditAccount(trx, { actor, action: 'lms_linked', user, details: { lmsUserId }, now });
    return currentAccountView(trx, user.id);
  });
}
