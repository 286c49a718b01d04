import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { dataAccess, type DataAccess } from '../../store/data-access.ts';
import { operatorActor, type Actor } from '../actor.ts';
import { createApiToken } from './create-api-token.ts';
import { disableUser } from './disable-user.ts';
import { enableUser } from './enable-user.ts';
import { grantRole } from './grant-role.ts';
import { linkLmsUser } from './link-lms-user.ts';
import { listAccountAudit } from './list-account-audit.ts';
import { listApiTokens } from './list-api-tokens.ts';
import { listUsers } from './list-users.ts';
import { revokeApiToken } from './revoke-api-token.ts';
import { revokeRole } from './revoke-role.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const operator = operatorActor();

describe.each(await testDatabases())('account lifecycle on $name', (database) => {
  const store = useDatabase(database);
  let data: DataAccess;
  let learner: Actor;
  beforeAll(async () => {
    data = dataAccess(store());
    for (const username of ['ann', 'bo']) await data.users.create({ username }, NOW);
    learner = { user: (await data.users.findByUsername('bo'))!, grants: [] };
  });
  const auditOf = async (username: string) =>
    (await listAccountAudit({ data, actor: operator, username, limit: 100, offset: 0 })).items.map(
      ({ actor, action, details }) => [actor, action, details],
    );

  it('creates, lists and revokes tokens, writing who did it in the audit', async () => {
    const created = await createApiToken({
      data,
      actor: operator,
      username: 'ann',
      name: 'ci',
      expiresInDays: 30,
      now: NOW,
    });
    expect(created).toMatchObject({ name: 'ci', state: 'active', expiresAt: '2026-03-31T10:00:00.000Z' });
    // toEqual takes an undefined property for an absent one: the list never has the secret.
    expect(await listApiTokens({ data, actor: operator, username: 'ann', now: NOW })).toEqual([
      { ...created, token: undefined },
    ]);
    expect(await revokeApiToken({ data, actor: operator, id: created.id, now: NOW })).toMatchObject({
      username: 'ann',
      state: 'revoked',
    });
    await revokeApiToken({ data, actor: operator, id: created.id, now: NOW });
    expect(await auditOf('ann')).toEqual([
      ['learning-paths-cli', 'token_revoked', { tokenId: created.id, name: 'ci' }],
      [
        'learning-paths-cli',
        'token_created',
        { tokenId: created.id, name: 'ci', expiresAt: '2026-03-31T10:00:00.000Z' },
      ],
    ]);
  });

  it('disables a user, ending their sessions, and enables them again', async () => {
    const ann = (await data.users.findByUsername('ann'))!;
    const session = await data.sessions.create(ann.id, NOW, '2026-03-02T10:00:00.000Z');
    expect(await disableUser({ data, actor: operator, username: 'ann', now: NOW })).toMatchObject({
      disabledAt: NOW,
    });
    expect(await data.sessions.findValid(session.cookieValue, NOW)).toBeUndefined();
    expect(await enableUser({ data, actor: operator, username: 'ann', now: NOW })).toMatchObject({
      disabledAt: null,
    });
    expect((await auditOf('ann')).slice(0, 2).map(([, action]) => action)).toEqual([
      'user_enabled',
      'user_disabled',
    ]);
  });

  it('grants and revokes roles and the admin right, which the LMS may then not take back', async () => {
    await grantRole({ data, actor: operator, username: 'ann', role: 'author', scope: 'org:DemoU', now: NOW });
    await grantRole({ data, actor: operator, username: 'ann', role: 'author', scope: 'org:DemoU', now: NOW });
    const ann = (await data.users.findByUsername('ann'))!;
    await data.users.updateProfile(ann.id, { isAdmin: true, adminFromLms: true });
    expect(
      await grantRole({ data, actor: operator, username: 'ann', role: 'admin', now: NOW }),
    ).toMatchObject({
      isAdmin: true,
      adminFrom: 'here',
      roles: [{ role: 'author', scope: 'org:DemoU' }],
    });
    expect(
      await revokeRole({ data, actor: operator, username: 'ann', role: 'admin', now: NOW }),
    ).toMatchObject({
      isAdmin: false,
      adminFrom: null,
    });
    await revokeRole({
      data,
      actor: operator,
      username: 'ann',
      role: 'author',
      scope: 'org:DemoU',
      now: NOW,
    });
    await expect(
      revokeRole({ data, actor: operator, username: 'ann', role: 'author', scope: 'org:DemoU', now: NOW }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect((await auditOf('ann')).slice(0, 4).map(([, action, details]) => [action, details])).toEqual([
      ['role_revoked', { role: 'author', scope: 'org:DemoU' }],
      ['role_revoked', { role: 'admin', scope: '*' }],
      ['role_granted', { role: 'admin', scope: '*' }],
      ['role_granted', { role: 'author', scope: 'org:DemoU' }],
    ]);
  });

  it('links an account to one LMS user, and an LMS user to one account, writing nothing on refusal', async () => {
    await linkLmsUser({ data, actor: operator, username: 'ann', lmsUserId: '12', now: NOW });
    const before = await auditOf('bo');
    await expect(
      linkLmsUser({ data, actor: operator, username: 'bo', lmsUserId: '12', now: NOW }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: 'LMS user 12 is linked to ann already',
    });
    await expect(
      linkLmsUser({ data, actor: operator, username: 'ann', lmsUserId: '13', now: NOW }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: 'ann is linked to LMS user 12 already',
    });
    expect(await data.users.findByUsername('bo')).toMatchObject({ lmsUserId: null });
    expect(await auditOf('bo')).toEqual(before);
  });

  it('answers others as if the accounts did not exist, but lets a user see and revoke their own tokens', async () => {
    for (const attempt of [
      listUsers({ data, actor: learner, limit: 10, offset: 0 }),
      disableUser({ data, actor: learner, username: 'ann', now: NOW }),
      createApiToken({ data, actor: learner, username: 'bo', name: 'mine', now: NOW }),
      listApiTokens({ data, actor: learner, username: 'ann', now: NOW }),
      listAccountAudit({ data, actor: learner, limit: 10, offset: 0 }),
    ])
      await expect(attempt).rejects.toMatchObject({ code: 'not_found' });
    const own = await createApiToken({ data, actor: operator, username: 'bo', name: 'mine', now: NOW });
    expect(await listApiTokens({ data, actor: learner, username: 'bo', now: NOW })).toHaveLength(1);
    expect(
      await revokeApiToken({ data, actor: learner, id: own.id, username: 'bo', now: NOW }),
    ).toMatchObject({
      state: 'revoked',
    });
    const anns = await createApiToken({ data, actor: operator, username: 'ann', name: 'hers', now: NOW });
    await expect(
      revokeApiToken({ data, actor: learner, id: anns.id, username: 'bo', now: NOW }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      revokeApiToken({ data, actor: learner, id: anns.id, username: 'ann', now: NOW }),
    ).rejects.toMatchObject({
      code: 'not_found',
      message: 'no user is called ann',
    });
  });
});
