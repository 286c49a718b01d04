// `learning-paths migrate`, `user …` and `token …` as real processes, on a fresh SQLite file; the
// tokens they print are then accepted, or refused once revoked or their user disabled, by the API
// built on the same database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp, loadConfig, openStore } from '@learning-paths/server';
import { runCli } from './run-cli.ts';

const folder = mkdtempSync(join(tmpdir(), 'lp-accounts-'));
const database = join(folder, 'nested', 'service.sqlite');
afterAll(() => rmSync(folder, { recursive: true, force: true }));
/** The token `token create ann` printed first. */
let annToken = '';

describe('account commands', () => {
  it('migrate creates the database file and its folder', async () => {
    const result = await runCli('migrate', '--database', database);
    expect([result.code, result.stdout, result.stderr]).toEqual([
      0,
      'the database is at the latest schema\n',
      '',
    ]);
  });

  it('user create, then token create prints only a token that the API accepts', async () => {
    const created = await runCli(
      'user',
      'create',
      'ann',
      '--email',
      'Ann@Example.org',
      '--role',
      'author',
      '--scope',
      'org:DemoU',
      '--database',
      database,
    );
    expect([created.code, created.stdout]).toEqual([0, 'created author ann <ann@example.org>\n']);
    const token = await runCli('token', 'create', 'ann', '--database', database);
    expect(token.code).toBe(0);
    expect(token.stdout).toMatch(/^lp_[A-Za-z0-9_-]{43}\n$/);
    annToken = token.stdout.trim();

    const store = openStore(database);
    const app = await buildApp({
      store,
      config: { ...loadConfig({}), bodyLimitBytes: 1024 * 1024, logLevel: 'silent' },
    });
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/paths',
      headers: { authorization: `Bearer ${token.stdout.trim()}` },
      payload: {
        key: 'path-v1:DemoU+X+2026+a',
        title: 'X',
        requirements: { id: 'x', course: 'course-v1:DemoU+X+2026' },
      },
    });
    await app.close();
    await store.close();
    expect([response.statusCode, response.json<{ status: string }>().status]).toEqual([201, 'draft']);
  });

  it('says what is wrong, with exit 1, for a taken name, an unknown user or a bad role', async () => {
    const results = await Promise.all([
      runCli('user', 'create', 'ann', '--database', database),
      runCli('token', 'create', 'nobody', '--database', database),
      runCli('user', 'create', 'bob', '--role', 'king', '--database', database),
    ]);
    expect(results.map((result) => [result.code, result.stderr.trim()])).toEqual([
      [1, 'learning-paths: a user with the username ann or that email already exists'],
      [1, 'learning-paths: no user is called nobody'],
      [1, 'learning-paths: --role must be one of admin, author, instructor, learner, service, not "king"'],
    ]);
  });

  it('token create names a token and gives it an expiry, token list shows it but not its secret, token revoke ends it', async () => {
    const cli = (...args: string[]) => runCli(...args, '--database', database);
    const created = await cli('token', 'create', 'ann', '--name', 'nightly', '--expires-in-days', '30');
    expect([created.code, created.stdout]).toEqual([0, expect.stringMatching(/^lp_[A-Za-z0-9_-]{43}\n$/)]);
    const nightly = created.stdout.trim();
    expect(await statusWith(nightly)).toBe(200);
    const listed = await cli('token', 'list', 'ann');
    expect(listed.stdout).not.toContain(nightly);
    const lines = listed.stdout
      .trim()
      .split('\n')
      .map((line) => line.split('\t'));
    expect(lines.map((fields) => fields.slice(1, 3))).toEqual([
      ['name', 'state'],
      ['nightly', 'active'],
      ['cli', 'active'],
    ]);
    expect(lines[1]![4]).toMatch(/^\d{4}-\d\d-\d\dT/);
    const id = lines[1]![0]!;
    expect((await cli('token', 'revoke', id)).stdout).toBe(`revoked token ${id} (nightly) of ann\n`);
    expect(await statusWith(nightly)).toBe(401);
  });

  it('user disable, grant, link and list change accounts, and say what is wrong', async () => {
    const cli = (...args: string[]) => runCli(...args, '--database', database);
    expect((await cli('user', 'disable', 'ann')).stdout).toBe('disabled ann\n');
    expect(await statusWith(annToken)).toBe(401);
    expect((await cli('user', 'grant', 'ann', '--role', 'admin')).stdout).toMatch(/^ann\there\t20\d\d-/);
    expect((await cli('user', 'link', 'ann', '--lms-user-id', '42')).code).toBe(0);
    const [users, missing, badId] = await Promise.all([
      cli('user', 'list'),
      cli('user', 'revoke', 'ann', '--role', 'author', '--scope', 'org:Nope'),
      cli('token', 'revoke', 'x'),
    ]);
    expect(users.stdout.split('\n').slice(0, 2)).toEqual([
      'username\tadmin\tdisabled\tlms user id\troles',
      expect.stringMatching(/^ann\there\t20\d\d-[^\t]+\t42\tauthor@org:DemoU$/),
    ]);
    expect([missing, badId].map((result) => [result.code, result.stderr.trim()])).toEqual([
      [1, 'learning-paths: ann has no role author at org:Nope'],
      [2, 'learning-paths: the token id takes a whole number, not "x"'],
    ]);
  });

  /** The status of GET /api/v1/me with this token, from the API on the same database. */
  async function statusWith(token: string): Promise<number> {
    const store = openStore(database);
    const app = await buildApp({
      store,
      config: { ...loadConfig({}), bodyLimitBytes: 1024 * 1024, logLevel: 'silent' },
    });
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${token}` },
    });
    await app.close();
    await store.close();
    return response.statusCode;
  }

  it('names a database it cannot open, with exit 2', async () => {
    const result = await runCli('migrate', '--database', 'postgres://postgres@127.0.0.1:1/none');
    expect([result.code, result.stderr]).toEqual([
      2,
      'learning-paths: cannot open the database postgres://postgres@127.0.0.1:1/none: connect ECONNREFUSED 127.0.0.1:1\n',
    ]);
  });
});
