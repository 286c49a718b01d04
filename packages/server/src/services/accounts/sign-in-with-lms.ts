// Use case: the user an Open edX JWT speaks for. The LMS owns its users, so the first sight of one
// creates the account here, and later sights bring its email, LMS id and administrator flag in step.
import { AppError } from '../../errors.ts';
import type { UserRecord, UserRepository } from '../../store/repositories/user-repository.ts';

/** What a verified LMS JWT says about its user. */
export interface LmsClaims {
  /** preferred_username */
  readonly username: string;
  /** email; null when the token does not carry it */
  readonly email: string | null;
  /** administrator: the LMS's staff flag */
  readonly isAdmin: boolean;
  /** user_id, as text; null when the token does not carry it */
  readonly lmsUserId: string | null;
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
  const known = await users.findByUsername(claims.username);
  if (known) return keepInStep(users, known, claims);
  let created: UserRecord;
  try {
    created = await users.create(
      {
        username: claims.username,
        email: claims.email,
        lmsUserId: claims.lmsUserId,
        isAdmin: claims.isAdmin,
      },
      now,
    );
  } catch (error) {
    // Two first requests at once: the other one created the account (and told the hook).
    const raced =
      error instanceof AppError && error.code === 'conflict' && (await users.findByUsername(claims.username));
    if (!raced) throw error;
    return keepInStep(users, raced, claims);
  }
  await onUserCreated?.(created);
  return created;
}

async function keepInStep(users: UserRepository, user: UserRecord, claims: LmsClaims): Promise<UserRecord> {
  // A token without an email or LMS id says nothing about them: keep what is known.
  const email = claims.email?.toLowerCase() ?? user.email;
  const lmsUserId = claims.lmsUserId ?? user.lmsUserId;
  const isAdmin = claims.isAdmin;
  if (email === user.email && lmsUserId === user.lmsUserId && isAdmin === user.isAdmin) return user;
  await users.updateProfile(user.id, { email, lmsUserId, isAdmin });
  return { ...user, email, lmsUserId, isAdmin };
}
