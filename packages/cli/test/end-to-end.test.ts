// End to end, as an operator and an LMS would use it: the real server started from the CLI on a
// fresh database, accounts and tokens made with the CLI, then over HTTP a path created and
// published, learners enrolled by CSV (one by an email without an account), facts posted, and the
// learner's evaluation read back; the pending learner's account then appears and is enrolled.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './run-cli.ts';
import { startServer, type ServerProcess } from './server-process.ts';

const folder = mkdtempSync(join(tmpdir(), 'lp-e2e-'));
const database = join(folder, 'e2e.sqlite');
const KEY = 'path-v1:DemoU+DS+2026+spring';
let server: ServerProcess;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  for (const [name, role, email] of [
    ['teacher', 'author', 'teacher@example.org'],
    ['lms', 'service', 'lms@example.org'],
    ['ada', 'learner', 'ada@example.org'],
  ] as const) {
    expect(
      (await runCli('user', 'create', name, '--email', email, '--role', role, '--database', database)).code,
    ).toBe(0);
    tokens[name] = (await runCli('token', 'create', name, '--database', database)).stdout.trim();
  }
  server = await startServer(['--database', database]);
}, 60_000);
afterAll(async () => {
  expect(await server.stop()).toBe(0);
  rmSync(folder, { recursive: true, force: true });
});

async function call(
  user: string,
  method: string,
  path: string,
  body?: string | object,
  type = 'application/json',
) {
  const response = await fetch(`${server.address}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${tokens[user]}`,
      ...(body === undefined ? {} : { 'content-type': type }),
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the service end to end', () => {
  it('creates a path, enrolls by CSV, takes facts and evaluates the learner', async () => {
    const definition = JSON.parse(
      readFileSync(join(REPO_ROOT, 'examples/data-science/path.json'), 'utf8'),
    ) as object;
    expect((await call('teacher', 'POST', '/api/v1/paths', definition)).status).toBe(201);
    expect((await call('teacher', 'POST', `/api/v1/paths/${KEY}/publish`)).status).toBe(200);

    const enrolled = await call(
      'teacher',
      'POST',
      `/api/v1/paths/${KEY}/enrollments`,
      'email\nada@example.org\nbea@example.org\n',
      'text/csv',
    );
    expect(enrolled.body.results).toEqual([
      {
        learner: 'ada@example.org',
        result: 'enrolled',
        detail: 'ada is enrolled',
        message: { id: 'lp.enroll.enrolled', values: { username: 'ada' } },
        line: 2,
      },
      {
        learner: 'bea@example.org',
        result: 'pending',
        detail: 'no account has this email yet; enrolled when one appears',
        message: { id: 'lp.enroll.pending', values: {} },
        line: 3,
      },
    ]);

    const facts = await call('lms', 'POST', '/api/v1/facts', {
      facts: [
        {
          user: 'ada',
          course: 'course-v1:DemoU+DS100+2026',
          completion: 1,
          passed: true,
          time: '2026-02-01T00:00:00Z',
          id: 'e1',
        },
        {
          user: 'ada',
          course: 'course-v1:DemoU+DS110+2026',
          completion: 1,
          passed: true,
          time: '2026-02-02T00:00:00Z',
          id: 'e2',
        },
        {
          user: 'ada',
          course: 'course-v1:DemoU+DS120+2026',
          grade: 0.85,
          passed: true,
          completion: 1,
          time: '2026-02-03T00:00:00Z',
          id: 'e3',
        },
        {
          user: 'ada',
          course: 'course-v1:DemoU+DS100+2026',
          completion: 0.1,
          time: '2026-01-01T00:00:00Z',
          id: 'e0',
        },
      ],
    });
    expect(facts.body).toEqual({ applied: 3, ignored: 1, rejected: [] });

    const evaluation = await call('ada', 'GET', `/api/v1/learners/ada/paths/${KEY}`);
    expect(evaluation.status).toBe(200);
    expect(evaluation.body).toMatchObject({
      key: KEY,
      completed: false,
      currentTier: 'foundation',
      tiers: { foundation: { achieved: true }, advanced: { achieved: false } },
      nodes: {
        intro: { status: 'completed' },
        core: { status: 'completed' },
        capstone: { status: 'locked' },
      },
    });
  });

  it('enrolls the pending learner when their account is created, and enrolls from the CLI with a summary', async () => {
    const created = await runCli(
      'user',
      'create',
      'bea',
      '--email',
      'BEA@example.org',
      '--database',
      database,
    );
    expect(created.stdout).toBe(
      `created learner bea <bea@example.org>\nenrolled on ${KEY}, which was waiting for bea@example.org\n`,
    );
    const csv = join(folder, 'cohort.csv');
    writeFileSync(csv, 'username\nada\nbea\nnobody\ncarl@example.org\n');
    const report = join(folder, 'report.csv');
    const enroll = await runCli(
      'enroll',
      '--path',
      KEY,
      '--csv',
      csv,
      '--report',
      report,
      '--database',
      database,
    );
    expect(enroll.code).toBe(1);
    expect(enroll.stdout).toBe(
      `${KEY}: 0 enrolled, 2 already enrolled, 1 pending, 1 invalid, 0 duplicate\nwrote one result per row to ${report}\n`,
    );
    expect(enroll.stderr).toContain('[##############################] 100% 4/4 rows\n');
    expect(enroll.stderr).toContain('  row 3: no user has the username nobody\n');
    expect(readFileSync(report, 'utf8').split('\r\n')[3]).toBe(
      '3,nobody,invalid,no user has the username nobody',
    );
    const summary = await call('teacher', 'GET', `/api/v1/paths/${KEY}/progress-summary`);
    expect(summary.body).toMatchObject({ enrolled: 2, byTier: { foundation: 1, none: 1 } });
  });
});
