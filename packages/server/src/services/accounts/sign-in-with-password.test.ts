import { createHook } from 'node:async_hooks';
import { describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import type { AppError } from '../../errors.ts';
import { SessionRepository } from '../../store/repositories/session-repository.ts';
import { SignInFailureRepository } from '../../store/repositories/sign-in-failure-repository.ts';
import { UserRepository } from '../../store/repositories/user-repository.ts';
import { hashPassword } from './password.ts';
import { signInWithPassword } from './sign-in-with-password.ts';

const NOW = Date.parse('2026-03-01T10:00:00.000Z');
const PASSWORD = 'correct horse battery';

/** How many scrypt derivations `work` starts, seen by Node's async hooks: the cost, not the time. */
async function scryptsDuring(work: () => Promise<unknown>): Promise<number> {
  let scrypts = 0;
  const hook = createHook({
    init: (_id, type) => void (type === 'SCRYPTREQUEST' && scrypts++),
  }).enable();
  try {
    await work();
  } finally {
    hook.disable();
  }
  return scrypts;
}

describe.each(await testDatabases())('signInWithPassword on $name', (database) => {
  const store = useDatabase(database);
  const signIn = (username: string, password: string, seconds = 0, clientAddress = '192.0.2.1') =>
    signInWithPassword({
      users: new UserRepository(store().db, store().dialect),
      sessions: new SessionRepository(store().db),
      failures: new SignInFailureRepository(store().db),
      username,
      password,
      clientAddress,
      sessionTtlHours: 1,
      now: new Date(NOW + seconds * 1000).toISOString(),
    }).then(
      ({ user }) => `signed in as ${user.username}`,
      (error: AppError) => [error.code, error.message, error.retryAfterSeconds],
    );
  const users = () => new UserRepository(store().db, store().dialect);

  it('refuses a sixth attempt with a wait, password unchecked, and the same for unknown usernames', async () => {
    await users().create(
      { username: 'ann', passwordHash: await hashPassword(PASSWORD) },
      new Date(NOW).toISOString(),
    );
    const wrong = ['unauthenticated', 'the username or the password is wrong', undefined];
    const blocked = [
      'too_many_requests',
      'too many failed sign-ins for this username or from this address: try again in 1 s',
      1,
    ];
    for (const username of ['ann', 'nobody']) {
      const answers = await Promise.all([1, 2, 3, 4, 5].map((index) => signIn(username, `guess ${index}`)));
      expect(answers).toEqual(Array.from({ length: 5 }, () => wrong));
      expect(await scryptsDuring(async () => expect(await signIn(username, PASSWORD)).toEqual(blocked))).toBe(
        0,
      );
    }
    // Once the wait is over, the right password signs in and clears the account's count.
    expect(await signIn('ann', PASSWORD, 1)).toBe('signed in as ann');
    expect(await signIn('ann', 'guess 6', 1)).toEqual(wrong);
    expect(await signIn('nobody', 'guess 6', 1)).toEqual(wrong);
    expect(await signIn('nobody', 'guess 7', 1)).toEqual([
      ...blocked.slice(0, 1),
      expect.stringContaining('in 2 s'),
      2,
    ]);
  });

  it('does one scrypt for a wrong password, an unknown user and a user without a password alike', async () => {
    await users().create(
      { username: 'bea', passwordHash: await hashPassword(PASSWORD) },
      new Date(NOW).toISOString(),
    );
    await users().create({ username: 'lms.only', passwordHash: null }, new Date(NOW).toISOString());
    const costs = [];
    for (const username of ['bea', 'no.such.user', 'lms.only'])
      costs.push(await scryptsDuring(() => signIn(username, 'not the password', 0, '192.0.2.2')));
    expect(costs).toEqual([1, 1, 1]);
    expect(await scryptsDuring(() => signIn('bea', PASSWORD, 0, '192.0.2.2'))).toBe(1);
  });
});
