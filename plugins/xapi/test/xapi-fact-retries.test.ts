// Facts the service fails to record: the statements are stored all the same, the other facts of the
// batch are recorded, and the failed one stays pending, tried again when the statement is re-sent,
// until it is given up after MAX_ATTEMPTS.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../../test/plugin-service.ts';
import { MAX_ATTEMPTS } from '../src/facts/fact-delivery.ts';
import { REFUSED_COURSE } from './fixtures/refusing-plugin.ts';
import { h5pCompleted } from './sample-statements.ts';

const PLUGINS = [
  fileURLToPath(new URL('../src/index.ts', import.meta.url)),
  fileURLToPath(new URL('./fixtures/refusing-plugin.ts', import.meta.url)),
];
const PREFIX = '/api/v1/plugins/org.learningpaths.xapi';
const OPEN = 'https://h5p.example.org/open';
const CLOSED = 'https://h5p.example.org/closed';

describe('facts the service does not record', () => {
  let service: RunningService;
  let source: { id: string; key: string; secret: string };

  const post = (statements: unknown[]) =>
    fetch(`${service.address}${PREFIX}/xapi/statements`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${source.key}:${source.secret}`).toString('base64')}`,
        'x-experience-api-version': '1.0.3',
        'content-type': 'application/json',
      },
      body: JSON.stringify(statements),
    });
  const listed = async (id: string) => {
    const answer = await service.call('admin1', 'GET', `${PREFIX}/sources/${source.id}/statements`);
    return (answer.body.statements as { id: string }[]).find((statement) => statement.id === id);
  };

  beforeAll(async () => {
    service = await startService({
      plugins: PLUGINS,
      users: { admin1: { role: 'admin' }, ada: { role: 'learner', email: 'ada@example.org' } },
    });
    const created = await service.call('admin1', 'POST', `${PREFIX}/sources`, {
      name: 'H5P',
      activities: [
        { activity: OPEN, course: 'course-v1:DemoU+DS100+2026' },
        { activity: CLOSED, course: REFUSED_COURSE },
      ],
    });
    source = created.body;
  }, 60_000);

  afterAll(() => service?.stop());

  it('records the rest of the batch and keeps the refused fact pending until it gives up', async () => {
    const [open, closed] = [randomUUID(), randomUUID()];
    const statements = [
      { ...h5pCompleted('ada@example.org', OPEN), id: open },
      { ...h5pCompleted('ada@example.org', CLOSED), id: closed },
    ];
    expect((await post(statements)).status).toBe(200);
    expect(await listed(open)).toMatchObject({ fact: 'applied', learner: 'ada' });
    expect(await listed(closed)).toMatchObject({
      fact: 'pending',
      reason: `the service did not record the fact (attempt 1 of ${MAX_ATTEMPTS}): facts about ${REFUSED_COURSE} are closed (refused by plugin org.learningpaths.test-refusing-facts)`,
    });
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++)
      expect((await post(statements)).status).toBe(200);
    expect(await listed(closed)).toMatchObject({
      fact: 'skipped',
      reason: expect.stringContaining(`(attempt ${MAX_ATTEMPTS} of ${MAX_ATTEMPTS})`),
    });
    expect(await listed(open)).toMatchObject({ fact: 'applied' });
  });
});
