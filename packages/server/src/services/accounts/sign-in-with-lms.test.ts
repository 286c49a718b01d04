import { describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { UserRepository, type UserRecord } from '../../store/repositories/user-repository.ts';
import { signInWithLms, type LmsClaims } from './sign-in-with-lms.ts';

const NOW = '2026-03-01T10:00:00.000Z';

describe.each(await testDatabases())('signInWithLms on $name', (database) => {
  const store = useDatabase(database);
  const users = () => new UserRepository(store().db, store().dialect);

  it('creates the user once, telling the hook, then keeps them in step with the LMS', async () => {
    const created: string[] = [];
    const onUserCreated = (user: UserRecord) => (created.push(user.username), Promise.resolve());
    const claims: LmsClaims = { username: 'lee', email: 'Lee@Example.org', isAdmin: false, lmsUserId: '7' };
    const first = await signInWithLms({ users: users(), claims, now: NOW, onUserCreated });
    expect(first).toMatchObject({
      username: 'lee',
      email: 'lee@example.org',
      lmsUserId: '7',
      isAdmin: false,
    });
    const again = await signInWithLms({ users: users(), claims, now: NOW, onUserCreated });
    expect(again).toEqual(first);
    const promoted = await signInWithLms({
      users: users(),
      claims: { ...claims, email: 'lee@new.example.org', isAdmin: true },
      now: NOW,
      onUserCreated,
    });
    expect(promoted).toMatchObject({
      id: first.id,
      email: 'lee@new.example.org',
      isAdmin: true,
      adminFromLms: true,
    });
    expect(await users().findByUsername('lee')).toEqual(promoted);
    // A token that leaves the email out does not erase it.
    await signInWithLms({ users: users(), claims: { ...claims, email: null, isAdmin: true }, now: NOW });
    expect(await users().findByUsername('lee')).toEqual(promoted);
    // The LMS takes back the administrator right it gave.
    const demoted = await signInWithLms({ users: users(), claims: { ...claims, email: null }, now: NOW });
    expect(demoted).toMatchObject({ isAdmin: false, adminFromLms: false });
    expect(created).toEqual(['lee']);
  });

  it('follows the LMS user id through a rename, unless another account has the new name', async () => {
    const claims: LmsClaims = { username: 'ren', email: null, isAdmin: false, lmsUserId: '20' };
    const ren = await signInWithLms({ users: users(), claims, now: NOW });
    const renamed = await signInWithLms({
      users: users(),
      claims: { ...claims, username: 'ren.new' },
      now: NOW,
    });
    expect(renamed).toMatchObject({ id: ren.id, username: 'ren.new', lmsUserId: '20' });
    expect(await users().findByUsername('ren')).toBeUndefined();
    await users().create({ username: 'taken' }, NOW);
    const kept = await signInWithLms({ users: users(), claims: { ...claims, username: 'taken' }, now: NOW });
    expect(kept).toMatchObject({ id: ren.id, username: 'ren.new' });
  });

  it('never signs in to, nor changes, a local account or another LMS user of the same username', async () => {
    const author = await users().create(
      { username: 'author', email: 'author@example.org', passwordHash: 'x' },
      NOW,
    );
    await expect(
      signInWithLms({
        users: users(),
        claims: { username: 'author', email: 'evil@example.org', isAdmin: true, lmsUserId: '666' },
        now: NOW,
      }),
    ).rejects.toMatchObject({
      code: 'unauthenticated',
      message: expect.stringContaining(
        'the username author belongs to a local account here, which the LMS may not sign in to: ' +
          'an administrator can link it to LMS user 666 (learning-paths user link author --lms-user-id 666)',
      ) as string,
    });
    await signInWithLms({
      users: users(),
      claims: { username: 'kim', email: null, isAdmin: false, lmsUserId: '30' },
      now: NOW,
    });
    await expect(
      signInWithLms({
        users: users(),
        claims: { username: 'kim', email: null, isAdmin: false, lmsUserId: '31' },
        now: NOW,
      }),
    ).rejects.toMatchObject({
      code: 'unauthenticated',
      message: expect.stringContaining("another LMS user's") as string,
    });
    expect(await users().findByUsername('author')).toEqual(author);
    expect(await users().findByLmsUserId('666')).toBeUndefined();
  });

  it('raises a linked account to administrator, but never takes away a right granted here', async () => {
    const admin = await users().create({ username: 'admin', isAdmin: true, lmsUserId: '1' }, NOW);
    const claims: LmsClaims = { username: 'admin', email: null, isAdmin: false, lmsUserId: '1' };
    expect(await signInWithLms({ users: users(), claims, now: NOW })).toEqual(admin);
    expect(await users().findByUsername('admin')).toMatchObject({ isAdmin: true, adminFromLms: false });
    // Nor does the LMS's own claim make a right granted here its own to take back.
    await signInWithLms({ users: users(), claims: { ...claims, isAdmin: true }, now: NOW });
    await signInWithLms({ users: users(), claims, now: NOW });
    expect(await users().findByUsername('admin')).toMatchObject({ isAdmin: true, adminFromLms: false });
  });

  it('creates a newcomer without an email another account has', async () => {
    await users().create({ username: 'owner', email: 'shared@example.org' }, NOW);
    const newcomer = await signInWithLms({
      users: users(),
      claims: { username: 'newcomer', email: 'Shared@Example.org', isAdmin: false, lmsUserId: '40' },
      now: NOW,
    });
    expect(newcomer).toMatchObject({ username: 'newcomer', email: null, lmsUserId: '40' });
  });

  it('creates one user, and tells the hook once, when two first requests come at once', async () => {
    let calls = 0;
    const onUserCreated = () => (calls++, Promise.resolve());
    const claims: LmsClaims = { username: 'mo', email: 'mo@example.org', isAdmin: false, lmsUserId: '8' };
    const [a, b] = await Promise.all([
      signInWithLms({ users: users(), claims, now: NOW, onUserCreated }),
      signInWithLms({ users: users(), claims, now: NOW, onUserCreated }),
    ]);
    expect(a.id).toBe(b.id);
    expect(calls).toBe(1);
  });
});
