// The upgrade of a database that has users and tokens already: tokens keep working and get ids,
// and administrators linked to the LMS are known to have their right from it.
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { ApiTokenRepository } from '../repositories/api-token-repository.ts';
import { hashToken, UserRepository } from '../repositories/user-repository.ts';
import { accountLifecycle } from './0008-account-lifecycle.ts';

const NOW = '2026-03-01T10:00:00.000Z';

describe.each(await testDatabases())('migration 0008 on $name', (database) => {
  const store = useDatabase(database);

  it('keeps the tokens and the administrators of an existing database', async () => {
    const migration = accountLifecycle(store().dialect);
    const db = store().db as unknown as Kysely<unknown>;
    await migration.down!(db);
    const raw = store().db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    const users = await raw
      .insertInto('users')
      .values([
        { username: 'local-admin', is_admin: true, created_at: NOW },
        { username: 'lms-admin', is_admin: true, lms_user_id: '7', created_at: NOW },
        { username: 'learner', is_admin: false, lms_user_id: '8', created_at: NOW },
      ])
      .returning(['id'])
      .execute();
    await raw
      .insertInto('api_tokens')
      .values({ token_hash: hashToken('lp_old'), user_id: users[0]!.id, name: 'old', created_at: NOW })
      .execute();
    await migration.up(db);

    const found = await new ApiTokenRepository(store().db, store().dialect).findWithGrantsByToken(
      'lp_old',
      NOW,
    );
    expect(found).toMatchObject({
      user: { username: 'local-admin', isAdmin: true },
      token: { id: expect.any(Number) },
    });
    const repository = new UserRepository(store().db, store().dialect);
    expect(
      await Promise.all(
        ['local-admin', 'lms-admin', 'learner'].map(async (name) => {
          const user = await repository.findByUsername(name);
          return [name, user?.isAdmin, user?.adminFromLms, user?.disabledAt];
        }),
      ),
    ).toEqual([
      ['local-admin', true, false, null],
      ['lms-admin', true, true, null],
      ['learner', false, false, null],
    ]);
  });
});
