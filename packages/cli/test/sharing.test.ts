// `learning-paths course share` and `org share` as real processes on a SQLite file holding one
// invite-only OpenTech course: the operator sets who may use it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataAccess, migrateToLatest, openStore } from '@learning-paths/server';
import { runCli } from './run-cli.ts';

const folder = mkdtempSync(join(tmpdir(), 'lp-sharing-'));
const database = join(folder, 'service.sqlite');
const COURSE = 'course-v1:OpenTech+SEC240+2026';
afterAll(() => rmSync(folder, { recursive: true, force: true }));

beforeAll(async () => {
  const store = openStore(database);
  await migrateToLatest(store);
  await dataAccess(store).courses.upsert(
    [
      {
        key: COURSE,
        title: 'Incident Response',
        org: 'OpenTech',
        startsAt: null,
        endsAt: null,
        lmsUrl: null,
        inviteOnly: true,
      },
    ],
    '2026-01-01T00:00:00Z',
  );
  await store.close();
});

describe('sharing invite-only courses from the command line', () => {
  it("sets an organisation's default, which a course without a list of its own follows", async () => {
    const run = (...args: string[]) => runCli(...args, '--database', database);
    expect(await run('org', 'share', 'OpenTech', '--with', 'DemoU, OtherU')).toEqual({
      code: 0,
      stdout:
        'the invite-only courses of OpenTech without a list of their own are shared with DemoU, OtherU\n',
      stderr: '',
    });
    expect(await run('course', 'share', COURSE, '--default')).toEqual({
      code: 0,
      stdout: `${COURSE} is shared with DemoU, OtherU (the default of OpenTech)\n`,
      stderr: '',
    });
  });
});
