// `learning-paths path import` and `path export` as real processes on a fresh SQLite file: a
// definition goes in, is published, and comes out unchanged.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './run-cli.ts';

const folder = mkdtempSync(join(tmpdir(), 'lp-path-files-'));
const database = join(folder, 'db.sqlite');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('path import and export', () => {
  it('imports and publishes a YAML definition, and exports it unchanged', async () => {
    const file = join(REPO_ROOT, 'examples/basic-sequence/path.yaml');
    const imported = await runCli('path', 'import', file, '--publish', '--database', database);
    expect([imported.code, imported.stdout]).toEqual([
      0,
      'created the draft of path-v1:DemoU+WEB+2026+cohort1 (revision 1)\npublished path-v1:DemoU+WEB+2026+cohort1 as version 1\n',
    ]);
    const exported = await runCli('path', 'export', 'path-v1:DemoU+WEB+2026+cohort1', '--database', database);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toEqual(parse(readFileSync(file, 'utf8')));
  });

  it('replaces the draft on a second import, leaving the published version alone', async () => {
    const changed = {
      ...(parse(readFileSync(join(REPO_ROOT, 'examples/basic-sequence/path.yaml'), 'utf8')) as object),
      title: 'Renamed',
    };
    const file = join(folder, 'changed.json');
    writeFileSync(file, JSON.stringify(changed));
    const imported = await runCli('path', 'import', file, '--database', database);
    expect(imported.stdout).toBe('updated the draft of path-v1:DemoU+WEB+2026+cohort1 (revision 2)\n');
    const [published, draft] = await Promise.all([
      runCli('path', 'export', 'path-v1:DemoU+WEB+2026+cohort1', '--database', database),
      runCli('path', 'export', 'path-v1:DemoU+WEB+2026+cohort1', '--draft', '--database', database),
    ]);
    expect([JSON.parse(published.stdout).title, JSON.parse(draft.stdout).title]).toEqual([
      'Web Development Basics',
      'Renamed',
    ]);
  });

  it('refuses an invalid definition with its problems, and an unknown key', async () => {
    const file = join(folder, 'bad.json');
    writeFileSync(file, JSON.stringify({ key: 'path-v1:DemoU+X+2026+a', title: '' }));
    const invalid = await runCli('path', 'import', file, '--database', database);
    expect([invalid.code, invalid.stderr]).toEqual([
      1,
      `${file}: 2 problems\n  /requirements: requirements is required\n  /title: title must not be empty\n`,
    ]);
    const unknown = await runCli('path', 'export', 'path-v1:No+Such+2026+a', '--database', database);
    expect([unknown.code, unknown.stderr]).toEqual([
      1,
      'learning-paths: no path has the key path-v1:No+Such+2026+a\n',
    ]);
  });
});
