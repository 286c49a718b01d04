import { beforeAll, describe, expect, it } from 'vitest';
import { DS_KEY, DS_PATH } from '../../../test/service-fixture.ts';
import { useTestApp } from '../../../test/test-app.ts';
import { UserRepository } from '../../store/repositories/user-repository.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const PATH_SCOPE = `path:${DS_KEY}`;

describe('team routes', () => {
  const { app, as, store } = useTestApp({
    now: NOW,
    users: {
      author: [{ role: 'author', scope: 'org:DemoU' }],
      boss: [],
      everywhere: [{ role: 'instructor', scope: '*' }],
    },
    admins: ['boss'],
  });
  beforeAll(async () => {
    const users = new UserRepository(store().db, store().dialect);
    await users.create({ username: 'Sam.Teach', email: 'sam@example.org' }, NOW.toISOString());
    await app().inject({ method: 'POST', url: '/api/v1/paths', headers: as('author'), payload: DS_PATH });
  });
  const team = (url = `/api/v1/paths/${DS_KEY}/team`) => app().inject({ url, headers: as('author') });
  const add = (payload: object, url = `/api/v1/paths/${DS_KEY}/team`) =>
    app().inject({ method: 'POST', url, headers: as('author'), payload });

  it('adds by email in any case, lists every grant reaching the path, and audits it', async () => {
    const added = await add({ person: 'SAM@Example.org', role: 'instructor', scope: PATH_SCOPE });
    expect(added.statusCode).toBe(200);
    const listed = await team();
    expect(listed.headers['cache-control']).toBe('no-store');
    expect(listed.json()).toEqual(added.json());
    expect(listed.json().scopes).toEqual([PATH_SCOPE, 'org:DemoU']);
    expect(
      listed
        .json()
        .members.map(({ username, role, scope }: Record<string, string>) => [username, role, scope]),
    ).toEqual([
      ['everywhere', 'instructor', '*'],
      ['author', 'author', 'org:DemoU'],
      ['Sam.Teach', 'instructor', PATH_SCOPE],
    ]);
    const audit = await app().inject({
      url: '/api/v1/audit/accounts?username=Sam.Teach',
      headers: as('boss'),
    });
    expect(audit.json().items[0]).toMatchObject({
      actor: 'author',
      action: 'role_granted',
      details: { role: 'instructor', scope: PATH_SCOPE },
    });
    // Once only: adding again changes nothing.
    await add({ person: 'sam.teach', role: 'instructor', scope: PATH_SCOPE });
    const again = await app().inject({
      url: '/api/v1/audit/accounts?username=Sam.Teach',
      headers: as('boss'),
    });
    expect(again.json().total).toBe(1);
  });

  it('refuses an author for one path, a scope of another team and someone unknown, at their fields', async () => {
    const author = await add({ person: 'sam.teach', role: 'author', scope: PATH_SCOPE });
    expect([author.statusCode, author.json().errors[0].pointer]).toEqual([422, '/scope']);
    const elsewhere = await add({ person: 'sam.teach', role: 'instructor', scope: 'org:OtherU' });
    expect([elsewhere.statusCode, elsewhere.json().errors[0].pointer]).toEqual([422, '/scope']);
    const unknown = await add({ person: 'nobody@example.org', role: 'instructor', scope: 'org:DemoU' });
    expect([unknown.statusCode, unknown.json().errors[0].pointer]).toEqual([422, '/person']);
    expect(unknown.json().detail).toBe('no account has the username or email nobody@example.org');
  });

  it('removes a member, but not oneself, and says when there is nothing to remove', async () => {
    const remove = (username: string, scope: string, headers = as('author')) =>
      app().inject({
        method: 'DELETE',
        url: `/api/v1/organizations/DemoU/team/${username}?role=instructor&scope=${scope}`,
        headers,
      });
    await add(
      { person: 'sam.teach', role: 'instructor', scope: 'org:DemoU' },
      '/api/v1/organizations/DemoU/team',
    );
    expect((await remove('Sam.Teach', 'org:DemoU')).statusCode).toBe(204);
    expect((await remove('Sam.Teach', 'org:DemoU')).statusCode).toBe(404);
    const self = await app().inject({
      method: 'DELETE',
      url: '/api/v1/organizations/DemoU/team/author?role=author&scope=org:DemoU',
      headers: as('author'),
    });
    expect(self.statusCode).toBe(409);
    const orgTeam = await team('/api/v1/organizations/DemoU/team');
    expect(orgTeam.json().members.map((member: { username: string }) => member.username)).toEqual([
      'everywhere',
      'author',
    ]);
  });
});
