import { describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { SessionRepository } from './session-repository.ts';
import { UserRepository } from './user-repository.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-01T22:00:00.000Z';

describe.each(await testDatabases())('SessionRepository on $name', (database) => {
  const store = useDatabase(database);

  it('finds a session by its cookie value until it expires, and forgets it once deleted', async () => {
    const users = new UserRepository(store().db, store().dialect);
    const sessions = new SessionRepository(store().db);
    const user = await users.create({ username: 'ann' }, NOW);
    const session = await sessions.create(user.id, NOW, LATER);
    const other = await sessions.create(user.id, NOW, '2026-03-01T11:00:00.000Z');
    expect(session.cookieValue).not.toBe(other.cookieValue);
    expect(await sessions.findValid(session.cookieValue, NOW)).toEqual({
      userId: user.id,
      csrfToken: session.csrfToken,
      createdAt: NOW,
      expiresAt: LATER,
    });
    expect(await sessions.findValid(session.cookieValue, LATER)).toBeUndefined();
    expect(await sessions.findValid('made-up', NOW)).toBeUndefined();
    expect(await sessions.deleteExpired('2026-03-01T12:00:00.000Z')).toBe(1);
    expect(await sessions.findValid(other.cookieValue, NOW)).toBeUndefined();
    await sessions.delete(session.cookieValue);
    expect(await sessions.findValid(session.cookieValue, NOW)).toBeUndefined();
  });

  it('gives the password hash of a user, or null', async () => {
    const users = new UserRepository(store().db, store().dialect);
    const withPassword = await users.create({ username: 'pat', passwordHash: 'scrypt$x' }, NOW);
    const without = await users.create({ username: 'lms-only' }, NOW);
    expect(await users.passwordHashOf(withPassword.id)).toBe('scrypt$x');
    expect(await users.passwordHashOf(without.id)).toBeNull();
    expect(await users.passwordHashOf(-1)).toBeNull();
  });
});
