// Use case: sign in to the web UI with a username and a password, opening a session. Both a wrong
// username and a wrong password get the same answer, after the same work, so that neither the
// message nor the time tells which usernames exist; guessing is throttled (sign-in-throttle.ts).
import { AppError } from '../../errors.ts';
import type { NewSession, SessionRepository } from '../../store/repositories/session-repository.ts';
import type { SignInFailureRepository } from '../../store/repositories/sign-in-failure-repository.ts';
import type { RoleGrant } from '../../domain/roles.ts';
import type { UserRecord, UserRepository } from '../../store/repositories/user-repository.ts';
import { decoyHash, verifyPassword } from './password.ts';
import { admitSignInAttempt, forgiveSignInAttempt } from './sign-in-throttle.ts';

export interface SignInWithPasswordOptions {
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly failures: SignInFailureRepository;
  readonly username: string;
  readonly password: string;
  /** The client's IP address, which the throttle counts attempts of as it does the account's. */
  readonly clientAddress: string;
  readonly sessionTtlHours: number;
  readonly now: string;
}

export interface SignedIn {
  readonly user: UserRecord;
  /** The user's roles, for the page to know what to show. */
  readonly grants: readonly RoleGrant[];
  readonly session: NewSession;
}

const WRONG_CREDENTIALS = 'the username or the password is wrong';

// Verified against when there is no hash to check, so that an unknown user costs one scrypt too.
const DECOY_HASH = decoyHash();

export async function signInWithPassword({
  users,
  sessions,
  failures,
  username,
  password,
  clientAddress,
  sessionTtlHours,
  now,
}: SignInWithPasswordOptions): Promise<SignedIn> {
  const keys = { account: username, address: clientAddress };
  const wait = await admitSignInAttempt(failures, keys, now);
  if (wait > 0)
    throw new AppError(
      'too_many_requests',
      `too many failed sign-ins for this username or from this address: try again in ${wait} s`,
      undefined,
      wait,
    );
  const user = await users.findByUsername(username);
  const hash = user && (await users.passwordHashOf(user.id));
  const right = await verifyPassword(password, hash || DECOY_HASH);
  if (!user || !hash || !right) throw new AppError('unauthenticated', WRONG_CREDENTIALS);
  // Only someone who knows the password learns that the account is disabled.
  if (user.disabledAt !== null)
    throw new AppError('unauthenticated', 'this account is disabled: ask an administrator');
  await forgiveSignInAttempt(failures, keys);
  // Sign-in is rare enough to sweep the expired sessions on the way.
  await sessions.deleteExpired(now);
  const expiresAt = new Date(Date.parse(now) + sessionTtlHours * 3_600_000).toISOString();
  const session = await sessions.create(user.id, now, expiresAt);
  return { user, grants: await users.grants(user.id), session };
}
