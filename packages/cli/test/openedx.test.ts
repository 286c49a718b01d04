// `learning-paths openedx sync-courses` and `openedx reconcile` as real processes against the fake
// Open edX, configured by environment variables, on a fresh SQLite file: the summaries printed, the
// catalog and facts written, failures named with exit 1, and a clear refusal without LMS=openedx.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataAccess, migrateToLatest, openStore } from '@learning-paths/server';
import { FakeOpenedx, pairKey } from '../../server/test/fake-openedx.ts';
import { createFixture, DS_KEY, NOW } from '../../server/test/service-fixture.ts';
import { BIN, runCommand } from './run-cli.ts';

const COURSES = ['DS100', 'DS110', 'DS120', 'DS210', 'DS220', 'DS230', 'DS300'].map(
  (number) => `course-v1:DemoU+${number}+2026`,
);
const INTRO = COURSES[0]!;

const folder = mkdtempSync(join(tmpdir(), 'lp-openedx-'));
const database = join(folder, 'service.sqlite');
let fake: FakeOpenedx;

beforeAll(async () => {
  fake = await FakeOpenedx.start();
  fake.courses = COURSES.map((id) => ({ id, name: `Course ${id}` }));
  fake.users = [
    { id: 1, username: 'ada', email: 'ada@example.org' },
    { id: 2, username: 'bea', email: 'bea@example.org' },
  ];
  for (const username of ['ada', 'bea'])
    fake.enrollments.set(pairKey(username, INTRO), { mode: 'audit', isActive: true, created: NOW });
  fake.grades.set(pairKey('ada', INTRO), { percent: 0.92, passed: true });
  fake.completions.set(pairKey('ada', INTRO), 1);
  fake.grades.set(pairKey('bea', INTRO), { percent: 0.3, passed: false });
  fake.completions.set(pairKey('bea', INTRO), 0.25);

  const store = openStore(database);
  await migrateToLatest(store);
  const fixture = await createFixture(store);
  await fixture.enroll(['ada', 'bea', 'chen']);
  await store.close();
});
afterAll(async () => {
  await fake.close();
  rmSync(folder, { recursive: true, force: true });
});

const openedx = (...args: string[]) =>
  runCommand(process.execPath, [BIN, 'openedx', ...args, '--database', database], {
    LMS: 'openedx',
    OPENEDX_LMS_URL: fake.url,
    OPENEDX_CLIENT_ID: fake.clientId,
    OPENEDX_CLIENT_SECRET: fake.clientSecret,
    OPENEDX_REQUESTS_PER_SECOND: '1000',
  });

describe('learning-paths openedx', { timeout: 60_000 }, () => {
  it('sync-courses pulls the catalog, and names a course it had to skip with exit 1', async () => {
    const first = await openedx('sync-courses');
    expect([first.code, first.stdout, first.stderr]).toEqual([
      0,
      'Synced the Open edX catalog: 7 created, 0 updated, 0 unchanged, 0 skipped\n',
      '',
    ]);
    fake.courses.push({ id: 'edX/DemoX/Demo_Course', name: 'An old-style key' });
    const second = await openedx('sync-courses');
    expect([second.code, second.stdout]).toEqual([
      1,
      'Synced the Open edX catalog: 0 created, 0 updated, 7 unchanged, 1 skipped\n',
    ]);
    expect(second.stderr).toMatch(
      /^ {2}skipped edX\/DemoX\/Demo_Course: "edX\/DemoX\/Demo_Course" is not a course key/,
    );
    fake.courses.pop();
  });

  it('reconcile applies grades and completion, prints the drift, and names failures with exit 1', async () => {
    const result = await openedx('reconcile', '--path', DS_KEY);
    expect(result.stdout).toBe(
      [
        'Reconciled 21 (learner, course) pairs with Open edX: 6 values changed for 2 pairs, 12 not enrolled there, 7 failed',
        `  ada ${INTRO}: completion none → 1, grade none → 0.92, passed none → true`,
        `  bea ${INTRO}: completion none → 0.25, grade none → 0.3, passed none → false`,
        '',
      ].join('\n'),
    );
    expect(result.stderr.split('\n')).toEqual([
      ...COURSES.map(
        (course) =>
          `  Open edX could not read the grade of chen in ${course}: 404 The user matching the requested username does not exist.`,
      ),
      '',
    ]);
    expect(result.code).toBe(1);

    const store = openStore(database);
    const data = dataAccess(store);
    const ada = (await data.users.findByUsername('ada'))!;
    const facts = (await data.facts.ofUsers([ada.id])).get(ada.id)!.get(INTRO);
    await store.close();
    expect(facts).toMatchObject({
      source: 'openedx-reconcile',
      completion: { value: 1 },
      passed: { value: true },
    });
  });

  it('says what to set without LMS=openedx, and names an unknown path', async () => {
    const [standalone, unknown] = await Promise.all([
      runCommand(process.execPath, [BIN, 'openedx', 'sync-courses'], { LMS: 'standalone' }),
      openedx('reconcile', '--path', 'path-v1:DemoU+NONE+2026+a'),
    ]);
    expect([standalone.code, standalone.stderr]).toEqual([
      2,
      'learning-paths: set LMS=openedx, with OPENEDX_LMS_URL, OPENEDX_CLIENT_ID and OPENEDX_CLIENT_SECRET, to talk to Open edX\n',
    ]);
    expect([unknown.code, unknown.stderr]).toEqual([
      1,
      'learning-paths: no path has the key path-v1:DemoU+NONE+2026+a\n',
    ]);
  });
});
