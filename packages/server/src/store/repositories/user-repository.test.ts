import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { UserRepository } from './user-repository.ts';

const NOW = '2026-03-01T10:00:00.000Z';

describe.each(await testDatabases())('UserRepository on $name', (database) => {
  const store = useDatabase(database);
  let users: UserRepository;
  beforeAll(() => {
    users = new UserRepository(store().db, store().dialect);
  });

  it('creates users with normalised fields and finds them by username or email, ignoring case', async () => {
    const ada = await users.create({ username: 'ada', email: 'Ada@Example.org', isAdmin: true }, NOW);
    expect(ada).toEqual({
      id: ada.id,
      username: 'ada',
      email: 'ada@example.org',
      displayName: null,
      lmsUserId: null,
      isAdmin: true,
      adminFromLms: false,
      createdAt: NOW,
      disabledAt: null,
    });
    expect(typeof ada.id).toBe('number');
    expect(await users.findByEmail('ADA@example.ORG')).toEqual(ada);
    expect(await users.findByUsername('ada')).toEqual(ada);
    expect(await users.findByUsername('nobody')).toBeUndefined();
  });

  it('refuses a taken username or email', async () => {
    await expect(users.create({ username: 'ada' }, NOW)).rejects.toMatchObject({ name: 'WriteConflict' });
    await expect(users.create({ username: 'other', email: 'ada@example.org' }, NOW)).rejects.toMatchObject({
      name: 'WriteConflict',
    });
  });

  it('grants roles once per scope', async () => {
    const bob = await users.create({ username: 'bob' }, NOW);
    await users.grant(bob.id, { role: 'author', scope: 'org:DemoU' }, NOW);
    await users.grant(bob.id, { role: 'author', scope: 'org:DemoU' }, NOW);
    await users.grant(bob.id, { role: 'instructor', scope: 'path:path-v1:DemoU+DS+2026+a' }, NOW);
    expect(await users.grants(bob.id)).toEqual([
      { role: 'author', scope: 'org:DemoU' },
      { role: 'instructor', scope: 'path:path-v1:DemoU+DS+2026+a' },
    ]);
    expect(await users.findByUsername('bob')).toMatchObject({ isAdmin: false });
  });

  it('revokes grants, and reads the grants of many users at once', async () => {
    const eve = await users.create({ username: 'eve' }, NOW);
    await users.grant(eve.id, { role: 'author', scope: 'org:DemoU' }, NOW);
    await users.grant(eve.id, { role: 'learner', scope: '*' }, NOW);
    expect(await users.revokeGrant(eve.id, { role: 'author', scope: 'org:DemoU' })).toBe(true);
    expect(await users.revokeGrant(eve.id, { role: 'author', scope: 'org:DemoU' })).toBe(false);
    const bob = (await users.findByUsername('bob'))!;
    const grants = await users.grantsOf([eve.id, bob.id, 999_999]);
    expect(grants.get(eve.id)).toEqual([{ role: 'learner', scope: '*' }]);
    expect(grants.get(bob.id)).toEqual(await users.grants(bob.id));
    expect(grants.has(999_999)).toBe(false);
  });

  it('lists users by username, searching, and disables and renames them', async () => {
    const found = await users.list({ search: 'ADA@', limit: 10, offset: 0 });
    expect([found.total, found.items.map((user) => user.username)]).toEqual([1, ['ada']]);
    const all = await users.list({ limit: 2, offset: 1 });
    expect(all.items.map((user) => user.username)).toEqual(['bob', 'eve']);
    const eve = (await users.findByUsername('eve'))!;
    await users.setDisabled(eve.id, NOW);
    await users.updateProfile(eve.id, {
      username: 'eve2',
      lmsUserId: '7',
      isAdmin: true,
      adminFromLms: true,
    });
    expect(await users.findById(eve.id)).toMatchObject({
      username: 'eve2',
      email: null,
      lmsUserId: '7',
      isAdmin: true,
      adminFromLms: true,
      disabledAt: NOW,
    });
    await expect(users.updateProfile(eve.id, { username: 'ada' })).rejects.toMatchObject({
      name: 'WriteConflict',
    });
    await users.setDisabled(eve.id, null);
    expect(await users.findById(eve.id)).toMatchObject({ disabledAt: null });
  });

  it('finds users by username in one list of any length', async () => {
    const dora = await users.create({ username: 'dora' }, NOW);
    const names = [...Array.from({ length: 40_000 }, (_, index) => `nobody-${index}`), 'dora', 'dora'];
    expect(await users.lockByUsername(names)).toEqual(new Map([['dora', dora.id]]));
    expect(await users.lockByUsername([])).toEqual(new Map());
  });
});
