import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { hashToken, UserRepository } from './user-repository.ts';

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
      createdAt: NOW,
    });
    expect(typeof ada.id).toBe('number');
    expect(await users.findByEmail('ADA@example.ORG')).toEqual(ada);
    expect(await users.findByUsername('ada')).toEqual(ada);
    expect(await users.findByUsername('nobody')).toBeUndefined();
  });

  it('refuses a taken username or email', async () => {
    await expect(users.create({ username: 'ada' }, NOW)).rejects.toMatchObject({ code: 'conflict' });
    await expect(users.create({ username: 'other', email: 'ada@example.org' }, NOW)).rejects.toMatchObject({
      code: 'conflict',
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

  it('stores tokens only as hashes and finds their user with their grants', async () => {
    const cleo = await users.create({ username: 'cleo' }, NOW);
    const token = await users.createToken(cleo.id, 'ci', NOW);
    expect(token).toMatch(/^lp_[A-Za-z0-9_-]{43}$/);
    const stored = await store().db.selectFrom('api_tokens').selectAll().execute();
    expect(stored.map((row) => row.token_hash)).toContain(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await users.findWithGrantsByToken(token)).toMatchObject({
      user: { username: 'cleo' },
      grants: [],
    });
    await users.grant(cleo.id, { role: 'instructor', scope: 'path:path-v1:Org+B+2026+a' }, NOW);
    await users.grant(cleo.id, { role: 'author', scope: 'org:Org' }, NOW);
    await users.grant(cleo.id, { role: 'instructor', scope: 'path:path-v1:Org+A+2026+a' }, NOW);
    expect((await users.findWithGrantsByToken(token))?.grants).toEqual(await users.grants(cleo.id));
    expect((await users.findWithGrantsByToken(token))?.grants).toHaveLength(3);
    expect(await users.findWithGrantsByToken(`${token}x`)).toBeUndefined();
  });
  it('finds users by username in one list of any length', async () => {
    const dora = await users.create({ username: 'dora' }, NOW);
    const names = [...Array.from({ length: 40_000 }, (_, index) => `nobody-${index}`), 'dora', 'dora'];
    expect(await users.lockByUsername(names)).toEqual(new Map([['dora', dora.id]]));
    expect(await users.lockByUsername([])).toEqual(new Map());
  });
});
