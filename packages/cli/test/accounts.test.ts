// `learning-paths migrate`, `user create` and `token create` as real processes, on a fresh SQLite
// file; the token they print is then accepted by the API built on the same database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp, loadConfig, openStore } from '@learning-paths/server';
import { runCli } from './run-cli.ts';

const folder = mkdtempSync(join(tmpdir(), 'lp-accounts-'));
const database = join(folder, 'nested', 'service.sqlite');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

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

  it('names a database it cannot open, with exit 2', async () => {
    const result = await runCli('migrate', '--database', 'postgres://postgres@127.0.0.1:1/none');
    expect([result.code, result.stderr]).toEqual([
      2,
      'learning-paths: cannot open the database postgres://postgres@127.0.0.1:1/none: connect ECONNREFUSED 127.0.0.1:1\n',
    ]);
  });
});
