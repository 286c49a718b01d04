// `learning-paths enroll` on an SQLite file another process writes to: a batch the database is too
// busy for is tried again; when the lock stays, the command stops with whole batches written, says
// which rows are done, and `--from-row` goes on from there.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteLockHolder, type SqliteLockHolder } from '../../server/test/sqlite-lock-holder.ts';
import { BIN, REPO_ROOT, runCli, type CliResult } from './run-cli.ts';

const KEY = 'path-v1:DemoU+DS+2026+spring';
const ROWS = 10_000;
const PENDING = 'select count(*) from pending_enrollments';
const folder = mkdtempSync(join(tmpdir(), 'lp-enroll-busy-'));
const database = join(folder, 'db.sqlite');
const csv = join(folder, 'learners.csv');
let holder: SqliteLockHolder | undefined;

beforeAll(async () => {
  const rows = Array.from({ length: ROWS }, (_, index) => `learner${index + 1}@example.org`);
  writeFileSync(csv, `email\n${rows.join('\n')}\n`);
  const imported = await runCli(
    'path',
    'import',
    'examples/data-science/path.json',
    '--publish',
    '--database',
    database,
  );
  expect(imported.code).toBe(0);
  holder = sqliteLockHolder(database);
}, 60_000);
afterAll(() => {
  holder?.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** The enroll command, with a short busy timeout; `onError` sees each line of stderr as it comes. */
function enroll(
  args: readonly string[],
  onError: (line: string) => void = () => undefined,
): Promise<CliResult> {
  const child = spawn(
    process.execPath,
    [BIN, 'enroll', '--path', KEY, '--csv', csv, '--database', database, ...args],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: '1', SQLITE_BUSY_TIMEOUT_MS: '100' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderr += `${line}\n`;
    onError(line);
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const pendingCount = () => {
  const db = new SQLite(database, { readonly: true });
  const count = db.prepare(PENDING).pluck().get() as number;
  db.close();
  return count;
};

describe('learning-paths enroll while another process writes', () => {
  it('tries a busy batch again, stops with whole batches done when the lock stays, and goes on with --from-row', async () => {
    const other = holder!;
    await other.lock();
    // Released as soon as the first batch has failed once: its next try goes through. Then the lock
    // is taken again between two batches, and kept.
    let retried = false;
    let relocked: Promise<void> | undefined;
    const stopped = await enroll([], (line) => {
      if (retried || !line.startsWith('the database could not take rows 1 on (database is locked)')) return;
      retried = true;
      relocked = other.release().then(() => other.lockWhen(2000, PENDING));
    });
    await relocked;

    const next = Number(/--from-row (\d+)/.exec(stopped.stderr)?.[1]);
    const done = next - 1;
    expect(done % 2000).toBe(0);
    expect(done).toBeGreaterThanOrEqual(2000);
    expect(done).toBeLessThan(ROWS);
    expect(pendingCount()).toBe(done);
    expect(stopped.code).toBe(2);
    expect(stopped.stdout).toBe('');
    expect(stopped.stderr).toContain(
      `learning-paths: the database could not take rows ${next.toLocaleString('en')} on after 4 tries (database is locked): ` +
        `rows 1 to ${done.toLocaleString('en')} are done (each batch of 2,000 rows wholly or not at all). ` +
        `Run the same command with --from-row ${next} to go on; running it from the first row again is safe too, ` +
        'as learners already enrolled or pending are reported so and left as they are.\n',
    );

    await other.release();
    const resumed = await enroll(['--from-row', String(next)]);
    expect([resumed.code, resumed.stdout]).toEqual([
      0,
      `${KEY}: 0 enrolled, 0 already enrolled, ${(ROWS - done).toLocaleString('en')} pending, 0 invalid, 0 duplicate\n`,
    ]);
    expect(pendingCount()).toBe(ROWS);
  }, 60_000);
});
