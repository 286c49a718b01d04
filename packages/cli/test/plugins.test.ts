// Plugins at the command line: `migrate` creates a plugin's tables after the core's, `start` serves
// a plugin's routes and stops cleanly, a bad plugin stops `start` with one line and exit code 2,
// and `path import` validates with the plugins' criteria.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '@learning-paths/server';
import { sql } from 'kysely';
import { fixture } from '../../server/test/plugins/plugin-fixtures.ts';
import { BIN, runCommand } from './run-cli.ts';
import { startServer } from './server-process.ts';

const folder = mkdtempSync(join(tmpdir(), 'lp-cli-plugins-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('plugins at the command line', () => {
  it('migrate runs the plugins’ migrations after the core’s', async () => {
    const database = join(folder, 'migrate.sqlite');
    const result = await runCommand(process.execPath, [BIN, 'migrate', '--database', database], {
      LP_PLUGINS: fixture('good'),
    });
    expect([result.code, result.stdout, result.stderr]).toEqual([
      0,
      'the database is at the latest schema\n',
      '',
    ]);
    const store = openStore(database);
    try {
      const applied = await sql<{
        name: string;
      }>`select name from plugin_migrations_org_example_good`.execute(store.db);
      expect(applied.rows).toEqual([{ name: '0001-notes' }]);
    } finally {
      await store.close();
    }
  });

  it('start serves the plugins’ routes, and stops on SIGTERM', async () => {
    const server = await startServer(['--database', join(folder, 'start.sqlite')], undefined, {
      LP_PLUGINS: fixture('good'),
    });
    const openapi = (await (await fetch(`${server.address}/api/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(openapi.paths)).toContain('/api/v1/plugins/org.example.good/whoami');
    expect((await fetch(`${server.address}/api/v1/plugins/org.example.good/whoami`)).status).toBe(401);
    expect(await server.stop()).toBe(0);
  });

  it('start with a bad plugin says which and why in one line, and exits 2', async () => {
    const result = await runCommand(
      process.execPath,
      [BIN, 'start', '--port', '0', '--database', join(folder, 'bad.sqlite')],
      { LP_PLUGINS: `${fixture('good')},${fixture('api-version')}`, LOG_LEVEL: 'warn' },
    );
    expect([result.code, result.stderr]).toEqual([
      2,
      'learning-paths: plugin org.example.future: supports plugin API 2, this service has 1\n',
    ]);
  });

  it('path import takes a path using a plugin’s criterion when the plugin is loaded, and only then', async () => {
    const file = join(folder, 'half-done.json');
    writeFileSync(
      file,
      JSON.stringify({
        key: 'path-v1:DemoU+HALF+2026+a',
        title: 'Half done',
        requirements: {
          id: 'root',
          rule: 'all',
          children: [{ id: 'intro', course: 'course-v1:DemoU+HALF100+2026', criteria: { halfDone: 0.5 } }],
        },
      }),
    );
    const database = join(folder, 'import.sqlite');
    const without = await runCommand(process.execPath, [BIN, 'path', 'import', file, '--database', database]);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('halfDone');
    const withPlugin = await runCommand(
      process.execPath,
      [BIN, 'path', 'import', file, '--database', database],
      { LP_PLUGINS: fixture('good') },
    );
    expect([withPlugin.code, withPlugin.stdout]).toEqual([
      0,
      'created the draft of path-v1:DemoU+HALF+2026+a (revision 1)\n',
    ]);
  });
});
