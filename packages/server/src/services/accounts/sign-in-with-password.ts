// Use case: sign in to the web UI with a username and a password, opening a session. Both a wrong
// username and a wrong password get the same answer, after the same work, so that neither the
// message nor the time tells which usernames exist.
import { randomBytes } from 'node:crypto';
import { AppError } from '../../errors.ts';
import type { NewSession, SessionRepository } from '../../store/repositories/session-repository.ts';
import type { UserRecord, UserRepository } from '../../store/repositories/user-repository.ts';
import { hashPassword, verifyPassword } from './password.ts';

export interface SignInWithPasswordOptions {
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly username: string;
  readonly password: string;
  readonly sessionTtlHours: number;
  readonly now: string;
}

export interface SignedIn {
  readonly user: UserRecord;
  readonly session: NewSession;
}

const WRONG_CREDENTIALS = 'the username or the password is wrong';

// Verified against when there is no hash to check, so that an unknown user costs one scrypt too.
let decoyHash: Promise<string> | undefined;

export async function signInWithPassword({
  users,
  sessions,
  username,
  password,
  sessionTtlHours,
  now,
}: SignInWithPasswordOptions): Promise<SignedIn> {
  const user = await users.findByUsername(username);
  const hash = user && (await users.passwordHashOf(user.id));
  if (!hash) {
    decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await verifyPassword(password, await decoyHash);
  }
  if (!user || !hash || !(await verifyPassword(password, hash)))
    throw new AppError('unauthenticated', WRONG_CREDENTIALS);
  // Sign-in is rare enough to sweep the expired sessions on the way.
  await sessions.deleteExpired(now);
  const expiresAt = new Date(Date.parse(now) + sessionTtlHours * 3_600_000).toISOString();
  return { user, session: await sessions.create(user.id, now, expiresAt) };
}
