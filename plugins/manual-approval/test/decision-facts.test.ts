// Decisions reach learners' progress even when recording their fact fails at first: they stay pending
// in the service's database and are sent again, oldest first, each with its decision's id, until the
// service takes them. `record` here stands for the host's fact source, failing once on purpose.
import type { PluginDatabase, PluginFact } from '@learning-paths/plugin-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../../test/plugin-service.ts';
import { addAudit } from '../src/approval-store.ts';
import { DecisionFacts } from '../src/decision-facts.ts';
import { AUDIT } from '../src/migrations.ts';
import { PLUGIN_FOLDER } from './approval-service.ts';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const COURSE = 'course-v1:OpenTech+CLD101+2026';

describe('facts of decisions', () => {
  let service: RunningService;
  let database: PluginDatabase;
  beforeAll(async () => {
    service = await startService({ plugins: [PLUGIN_FOLDER] });
    database = service.store.db;
  });
  afterAll(() => service?.stop());

  const decision = (id: string, action: 'approved' | 'declined', at: string) =>
    addAudit(database, {
      id,
      path_key: 'path-v1:OpenTech+CLOUD+2026+selfpaced',
      step: 'linux',
      learner: 'ann',
      action,
      comment: null,
      actor: 'coach',
      at,
      course: COURSE,
    });

  it('keeps decisions pending while recording fails, then sends them oldest first, once', async () => {
    await decision('b', 'approved', '2026-03-02T10:00:00.000Z');
    await decision('a', 'declined', '2026-03-01T10:00:00.000Z');
    const facts = new DecisionFacts(
      () => database,
      quiet,
      () => new Date('2026-03-03T00:00:00Z'),
    );

    facts.start(() => Promise.reject(new Error('the service is not ready')));
    expect(await facts.sendPending()).toBe(0);

    const recorded: PluginFact[] = [];
    facts.start(
      (sent) => (recorded.push(...sent), Promise.resolve({ applied: sent.length, ignored: 0, rejected: [] })),
    );
    await expect.poll(() => recorded.length).toBe(2);
    expect(recorded).toEqual([
      {
        user: 'ann',
        course: COURSE,
        time: '2026-03-01T10:00:00.000Z',
        approvedByStaff: false,
        id: 'manual-approval:a',
      },
      {
        user: 'ann',
        course: COURSE,
        time: '2026-03-02T10:00:00.000Z',
        approvedByStaff: true,
        id: 'manual-approval:b',
      },
    ]);
    const rows = await database.selectFrom(AUDIT).select(['id', 'fact_recorded_at']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: 'a', fact_recorded_at: '2026-03-03T00:00:00.000Z' },
      { id: 'b', fact_recorded_at: '2026-03-03T00:00:00.000Z' },
    ]);
    expect(await facts.sendPending()).toBe(0);
    expect(recorded).toHaveLength(2);
  });

  it('sends nothing before the fact source has started', async () => {
    await decision('c', 'approved', '2026-03-04T10:00:00.000Z');
    const facts = new DecisionFacts(() => database, quiet);
    expect(await facts.sendPending()).toBe(0);
    facts.stop();
  });
});
