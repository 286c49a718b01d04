// Use case: the user an Open edX JWT speaks for. Accounts are the LMS's by its user id: the first
// sight of an id creates the account, later sights bring its username, email and administrator
// right in step. A JWT never signs in to an account the LMS neither created nor was linked to by an
// administrator (`learning-paths user link`), and never takes away an administrator right granted here.
import { AppError } from '../../errors.ts';
import type { UserChanges, UserRecord, UserRepository } from '../../store/repositories/user-repository.ts';
import { WriteConflict } from '../../store/write-conflict.ts';
import { conflictAsAppError, writeOrConflict } from '../write-or-conflict.ts';

/** What a verified LMS JWT says about its user. */
export interface LmsClaims {
  /** preferred_username */
  readonly username: string;
  /** email; null when the token does not carry it */
  readonly email: string | null;
  /** administrator: the LMS's staff flag */
  readonly isAdmin: boolean;
  /** user_id, as text */
  readonly lmsUserId: string;
}

/** Told once, right after the account is created: the time to act on what waited for it. */
export type UserCreatedHook = (user: UserRecord) => Promise<void>;

export interface SignInWithLmsOptions {
  readonly users: UserRepository;
  readonly claims: LmsClaims;
  readonly now: string;
  readonly onUserCreated?: UserCreatedHook;
}

export async function signInWithLms({
  users,
  claims,
  now,
  onUserCreated,
}: SignInWithLmsOptions): Promise<UserRecord> {
  const linked = await users.findByLmsUserId(claims.lmsUserId);
  if (linked) return keepInStep(users, linked, claims);
  const namesake = await users.findByUsername(claims.username);
  // The same LMS user's first request a moment ago created it.
  if (namesake?.lmsUserId === claims.lmsUserId) return keepInStep(users, namesake, claims);
  if (namesake) throw notTheLmsAccount(namesake, claims);
  // An email that another account has already stays with it: the newcomer is created without one.
  const email = claims.email !== null && !(await users.findByEmail(claims.email)) ? claims.email : null;
  let created: UserRecord;
  try {
    created = await users.create(
      {
        username: claims.username,
        email,
        lmsUserId: claims.lmsUserId,
        isAdmin: claims.isAdmin,
        adminFromLms: claims.isAdmin,
      },
      now,
    );
  } catch (error) {
    // Two first requests at once: the other one created the account (and told the hook).
    const raced = error instanceof WriteConflict && (await users.findByLmsUserId(claims.lmsUserId));
    if (!raced) throw conflictAsAppError(error);
    return keepInStep(users, raced, claims);
  }
  await onUserCreated?.(created);
  return created;
}

function notTheLmsAccount(namesake: UserRecord, claims: LmsClaims): AppError {
  if (namesake.lmsUserId === null)
    return new AppError(
      'unauthenticated',
      `the username ${claims.username} belongs to a local account here, which the LMS may not sign in to: ` +
        `an administrator can link it to LMS user ${claims.lmsUserId} ` +
        `(learning-paths user link ${claims.username} --lms-user-id ${claims.lmsUserId})`,
    );
  return new AppError(
    'unauthenticated',
    `the username ${claims.username} belongs to another LMS user's account here: an administrator must resolve it`,
  );
}

/**
 * What the LMS says now, applied: a new username when it is free here (an LMS rename; when another
 * account has it, the account keeps its name), a new email when no other account has it, and the
 * administrator right the LMS gave or took back. A right granted here is never taken back by the LMS.
 */
async function keepInStep(users: UserRepository, user: UserRecord, claims: LmsClaims): Promise<UserRecord> {
  const renamed = claims.username !== user.username && !(await users.findByUsername(claims.username));
  // A token without an email says nothing about it: keep what is known.
  const email = claims.email?.toLowerCase() ?? user.email;
  const newEmail = email !== null && email !== user.email && !(await users.findByEmail(email));
  const changes: UserChanges = {
    ...(renamed ? { username: claims.username } : {}),
    ...(newEmail ? { email } : {}),
    ...adminChange(user, claims.isAdmin),
  };
  if (Object.keys(changes).length === 0) return user;
  await writeOrConflict(users.updateProfile(user.id, changes));
  return { ...user, ...changes };
}

/** The LMS raises to administrator, and lowers only those it raised itself. */
function adminChange(user: UserRecord, lmsSaysAdmin: boolean): UserChanges {
  if (lmsSaysAdmin && !user.isAdmin) return { isAdmin: true, adminFromLms: true };
  if (!lmsSaysAdmin && user.isAdmin && user.adminFromLms) return { isAdmin: false, adminFromLms: false };
  return {};
}
