import { describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { UserRepository, type UserRecord } from '../../store/repositories/user-repository.ts';
import { signInWithLms, type LmsClaims } from './sign-in-with-lms.ts';

const NOW = '2026-03-01T10:00:00.000Z';

describe.each(await testDatabases())('signInWithLms on $name', (database) => {
  const store = useDatabase(database);

  it('creates the user once, telling the hook, then keeps them in step with the LMS', async () => {
    const users = new UserRepository(store().db, store().dialect);
    const created: string[] = [];
    const onUserCreated = (user: UserRecord) => (created.push(user.username), Promise.resolve());
    const claims: LmsClaims = { username: 'lee', email: 'Lee@Example.org', isAdmin: false, lmsUserId: '7' };
    const first = await signInWithLms({ users, claims, now: NOW, onUserCreated });
    expect(first).toMatchObject({
      username: 'lee',
      email: 'lee@example.org',
      lmsUserId: '7',
      isAdmin: false,
    });
    const again = await signInWithLms({ users, claims, now: NOW, onUserCreated });
    expect(again).toEqual(first);
    const promoted = await signInWithLms({
      users,
      claims: { ...claims, email: 'lee@new.example.org', isAdmin: true },
      now: NOW,
      onUserCreated,
    });
    expect(promoted).toMatchObject({ id: first.id, email: 'lee@new.example.org', isAdmin: true });
    expect(await users.findByUsername('lee')).toEqual(promoted);
    // A token that leaves the email and LMS id out does not erase them.
    await signInWithLms({
      users,
      claims: { ...claims, email: null, lmsUserId: null, isAdmin: true },
      now: NOW,
    });
    expect(await users.findByUsername('lee')).toEqual(promoted);
    expect(created).toEqual(['lee']);
  });

  it('creates one user, and tells the hook once, when two first requests come at once', async () => {
    const users = new UserRepository(store().db, store().dialect);
    let calls = 0;
    const onUserCreated = () => (calls++, Promise.resolve());
    const claims: LmsClaims = { username: 'mo', email: 'mo@example.org', isAdmin: false, lmsUserId: '8' };
    const [a, b] = await Promise.all([
      signInWithLms({ users, claims, now: NOW, onUserCreated }),
      signInWithLms({ users, claims, now: NOW, onUserCreated }),
    ]);
    expect(a.id).toBe(b.id);
    expect(calls).toBe(1);
  });
});
