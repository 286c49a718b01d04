import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { ApiTokenRepository } from './api-token-repository.ts';
import { hashToken, UserRepository } from './user-repository.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-08T10:00:00.000Z';

describe.each(await testDatabases())('ApiTokenRepository on $name', (database) => {
  const store = useDatabase(database);
  let users: UserRepository;
  let tokens: ApiTokenRepository;
  beforeAll(() => {
    users = new UserRepository(store().db, store().dialect);
    tokens = new ApiTokenRepository(store().db, store().dialect);
  });

  it('stores tokens only as hashes and finds their user with their grants', async () => {
    const cleo = await users.create({ username: 'cleo' }, NOW);
    const { token, record } = await tokens.create(cleo.id, { name: 'ci', expiresAt: null }, NOW);
    expect(token).toMatch(/^lp_[A-Za-z0-9_-]{43}$/);
    expect(record).toEqual({
      id: record.id,
      userId: cleo.id,
      name: 'ci',
      createdAt: NOW,
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
    });
    const stored = await store().db.selectFrom('api_tokens').selectAll().execute();
    expect(stored.map((row) => row.token_hash)).toContain(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await tokens.findWithGrantsByToken(token, NOW)).toMatchObject({
      user: { username: 'cleo', disabledAt: null },
      grants: [],
      token: { id: record.id, lastUsedAt: null },
    });
    await users.grant(cleo.id, { role: 'instructor', scope: 'path:path-v1:Org+B+2026+a' }, NOW);
    await users.grant(cleo.id, { role: 'author', scope: 'org:Org' }, NOW);
    await users.grant(cleo.id, { role: 'instructor', scope: 'path:path-v1:Org+A+2026+a' }, NOW);
    expect((await tokens.findWithGrantsByToken(token, NOW))?.grants).toEqual(await users.grants(cleo.id));
    expect((await tokens.findWithGrantsByToken(token, NOW))?.grants).toHaveLength(3);
    expect(await tokens.findWithGrantsByToken(`${token}x`, NOW)).toBeUndefined();
  });

  it('lists tokens newest first, forgets expired and revoked ones, and keeps their last use', async () => {
    const dan = await users.create({ username: 'dan' }, NOW);
    const forever = await tokens.create(dan.id, { name: 'forever', expiresAt: null }, NOW);
    const week = await tokens.create(dan.id, { name: 'a week', expiresAt: LATER }, NOW);
    expect((await tokens.ofUser(dan.id)).map((token) => token.name)).toEqual(['a week', 'forever']);
    expect(await tokens.findWithGrantsByToken(week.token, '2026-03-08T09:59:59.999Z')).toBeDefined();
    expect(await tokens.findWithGrantsByToken(week.token, LATER)).toBeUndefined();

    await tokens.touch(forever.record.id, LATER);
    expect((await tokens.findWithGrantsByToken(forever.token, LATER))?.token.lastUsedAt).toBe(LATER);
    expect(await tokens.revoke(forever.record.id, LATER)).toBe(true);
    expect(await tokens.revoke(forever.record.id, LATER)).toBe(false);
    expect(await tokens.findWithGrantsByToken(forever.token, NOW)).toBeUndefined();
    expect(await tokens.findById(forever.record.id)).toMatchObject({ revokedAt: LATER, lastUsedAt: LATER });
    expect(await tokens.findById(999_999)).toBeUndefined();
  });

  it('finds the user of a token even when disabled, for the caller to refuse', async () => {
    const eli = await users.create({ username: 'eli' }, NOW);
    const { token } = await tokens.create(eli.id, { name: 'ci', expiresAt: null }, NOW);
    await users.setDisabled(eli.id, NOW);
    expect((await tokens.findWithGrantsByToken(token, NOW))?.user.disabledAt).toBe(NOW);
  });
});
