import { describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { UserRepository } from '../../store/repositories/user-repository.ts';
import { createUser } from './create-user.ts';
import { hashPassword, verifyPassword } from './password.ts';

const NOW = '2026-03-01T10:00:00.000Z';

describe('passwords', () => {
  it('verify only the password they were made from, with a fresh salt each time', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(hash).not.toContain('correct');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await hashPassword('correct horse battery')).not.toBe(hash);
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });
});

describe.each(await testDatabases())('createUser on $name', (database) => {
  const store = useDatabase(database);

  it('creates an admin, or a user with a role grant', async () => {
    const users = new UserRepository(store().db, store().dialect);
    const admin = await createUser({
      users,
      username: 'root.admin',
      role: 'admin',
      password: 'long enough',
      now: NOW,
    });
    expect(admin.isAdmin).toBe(true);
    expect(await users.grants(admin.id)).toEqual([]);
    const author = await createUser({
      users,
      username: 'ann',
      email: 'ann@example.org',
      role: 'author',
      scope: 'org:DemoU',
      now: NOW,
    });
    expect(await users.grants(author.id)).toEqual([{ role: 'author', scope: 'org:DemoU' }]);
  });

  it.each([
    [{ username: 'a b' }, 'the username "a b"'],
    [{ username: 'bea', email: 'not-an-email' }, '"not-an-email" is not an email address'],
    [{ username: 'bea', password: 'short' }, 'at least 8 characters'],
    [{ username: 'bea', scope: 'everywhere' }, 'the scope "everywhere"'],
    [{ username: 'bea', displayName: 'B'.repeat(256) }, 'a display name may have at most 255 characters'],
  ])('refuses bad input: %j', async (input, message) => {
    const users = new UserRepository(store().db, store().dialect);
    await expect(createUser({ users, role: 'learner', now: NOW, ...input })).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringContaining(message) as string,
    });
    expect(await users.findByUsername('bea')).toBeUndefined();
  });
});
