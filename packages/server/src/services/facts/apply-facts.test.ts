import { beforeAll, describe, expect, it } from 'vitest';
import { createFixture, DS_KEY, NOW, type Fixture } from '../../../test/service-fixture.ts';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { createPath } from '../paths/create-path.ts';
import { publishPath } from '../paths/publish-path.ts';
import { evaluateLearner } from '../progress/evaluate-learner.ts';
import { applyFacts, recordFactsInTransaction, type FactInput } from './apply-facts.ts';

const INTRO = 'course-v1:DemoU+DS100+2026';
const STATS = 'course-v1:DemoU+DS110+2026';
const OTHER_KEY = 'path-v1:DemoU+WEB+2026+a';
const WEB = 'course-v1:DemoU+WEB100+2026';

describe.each(await testDatabases())('applying facts on $name', (database) => {
  const store = useDatabase(database);
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await createFixture(store());
    await createPath({
      data: fixture.data,
      actor: fixture.actors.author!,
      definition: {
        key: OTHER_KEY,
        title: 'Web',
        requirements: { id: 'root', rule: 'all', children: [{ id: 'web', course: WEB }] },
      },
      now: NOW,
    });
    await publishPath({
      data: fixture.data,
      compiled: fixture.compiled,
      actor: fixture.actors.author!,
      key: OTHER_KEY,
      now: NOW,
    });
    for (const pathKey of [DS_KEY, OTHER_KEY])
      await fixture.enroll(['ada', 'bea'], { pathKey, actor: 'admin' });
  });
  const post = (facts: FactInput[], actor = 'lms', now = NOW) =>
    applyFacts({
      data: fixture.data,
      compiled: fixture.compiled,
      actor: fixture.actors[actor]!,
      facts,
      source: 'api',
      now,
    });
  const stored = async (username: string, course: string) => {
    const user = fixture.actors[username]!.user;
    return (await fixture.data.facts.ofUsers([user.id])).get(user.id)!.get(course);
  };
  const progress = async (username: string) =>
    fixture.data.progress.ofUser(fixture.actors[username]!.user.id);

  it('refuses learners and instructors', async () => {
    await expect(post([{ user: 'ada', course: INTRO, completion: 1 }], 'ada')).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(post([{ user: 'ada', course: INTRO, completion: 1 }], 'teacher')).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(await stored('ada', INTRO)).toBeUndefined();
  });

  it('updates the progress of the paths containing the course, and only those', async () => {
    const before = await progress('ada');
    const result = await post(
      [{ user: 'ada', course: INTRO, completion: 0.5, time: '2026-02-01T00:00:00Z' }],
      'lms',
      '2026-03-01T11:00:00.000Z',
    );
    expect(result).toEqual({ applied: 1, ignored: 0, rejected: [] });
    const after = await progress('ada');
    expect(after.get(DS_KEY)).toMatchObject({ status: 'in_progress', updatedAt: '2026-03-01T11:00:00.000Z' });
    expect(after.get(DS_KEY)!.progress).toBeGreaterThan(0);
    expect(after.get(OTHER_KEY)).toEqual(before.get(OTHER_KEY));
    // Bea's progress is not touched by a fact about Ada.
    expect((await progress('bea')).get(DS_KEY)!.updatedAt).toBe(NOW);
  });

  it('keeps the newest value of each field whatever the order of arrival', async () => {
    const result = await post([
      { user: 'ada', course: INTRO, completion: 0.2, grade: 0.4, time: '2026-01-15T00:00:00Z' },
      { user: 'ada', course: INTRO, grade: 0.6, time: '2026-02-15T00:00:00Z' },
    ]);
    // The first is older than the stored completion but newer for the grade it brings.
    expect(result).toEqual({ applied: 2, ignored: 0, rejected: [] });
    expect(await stored('ada', INTRO)).toMatchObject({
      completion: { value: 0.5, at: '2026-02-01T00:00:00.000Z' },
      grade: { value: 0.6, at: '2026-02-15T00:00:00.000Z' },
    });
    expect(
      await post([{ user: 'ada', course: INTRO, completion: 0.1, time: '2026-01-01T00:00:00Z' }]),
    ).toEqual({
      applied: 0,
      ignored: 1,
      rejected: [],
    });
  });

  it('keeps the newest value of each field a criterion declares, apart from the built-in ones', async () => {
    const at = (hour: number) => `2026-02-20T${String(hour).padStart(2, '0')}:00:00.000Z`;
    expect(
      await post([
        { user: 'bea', course: INTRO, approvedByStaff: true, minutesSpent: 30, time: at(10) },
        // Older for approvedByStaff, newer for minutesSpent and the first grade: applied for those.
        { user: 'bea', course: INTRO, approvedByStaff: false, minutesSpent: 45, grade: 0.5, time: at(9) },
        { user: 'bea', course: INTRO, minutesSpent: 50, time: at(11) },
      ]),
    ).toEqual({ applied: 3, ignored: 0, rejected: [] });
    // Older than what is stored for every field it carries.
    expect(await post([{ user: 'bea', course: INTRO, approvedByStaff: false, time: at(8) }])).toEqual({
      applied: 0,
      ignored: 1,
      rejected: [],
    });
    expect(await stored('bea', INTRO)).toMatchObject({
      grade: { value: 0.5, at: at(9) },
      criteria: { approvedByStaff: { value: true, at: at(10) }, minutesSpent: { value: 50, at: at(11) } },
      source: 'api',
    });
  });

  it('applies a repeated id once, also within one request', async () => {
    const fact = { user: 'bea', course: STATS, completion: 0.3, id: 'evt-1', time: '2026-02-01T00:00:00Z' };
    expect(await post([fact, { ...fact, completion: 0.9, time: '2026-02-02T00:00:00Z' }])).toEqual({
      applied: 1,
      ignored: 1,
      rejected: [],
    });
    expect(await post([{ ...fact, completion: 1, time: '2026-02-03T00:00:00Z' }])).toMatchObject({
      applied: 0,
      ignored: 1,
    });
    expect((await stored('bea', STATS))?.completion?.value).toBe(0.3);
  });

  it('reports facts about unknown users and applies the others', async () => {
    const result = await post([
      { user: 'ghost', course: INTRO, completion: 1 },
      { user: 'bea', course: WEB, completion: 1, passed: true },
    ]);
    expect(result).toEqual({
      applied: 1,
      ignored: 0,
      rejected: [{ index: 0, message: 'no user has the username ghost' }],
    });
    expect((await progress('bea')).get(OTHER_KEY)).toMatchObject({ status: 'completed', progress: 1 });
  });

  it('keeps stored progress equal to a fresh evaluation', async () => {
    await post([
      { user: 'ada', course: STATS, completion: 1, passed: true },
      { user: 'ada', course: 'course-v1:DemoU+DS210+2026', completion: 0.4 },
    ]);
    const live = await evaluateLearner({
      data: fixture.data,
      compiled: fixture.compiled,
      actor: fixture.actors.teacher!,
      pathKey: DS_KEY,
      username: 'ada',
      now: NOW,
    });
    const materialised = (await progress('ada')).get(DS_KEY)!;
    expect(materialised.progress).toBeCloseTo(live.evaluation.progress, 12);
    expect(materialised.next).toEqual(live.evaluation.next);
    expect(materialised.currentTier).toBe(live.evaluation.currentTier);
  });

  it('refuses facts timed more than five minutes after the clock, naming each, and records none', async () => {
    const before = await stored('chen', INTRO);
    const refused = post([
      { user: 'chen', course: INTRO, completion: 0.9, time: '2026-03-01T10:05:00Z' },
      { user: 'chen', course: STATS, grade: 1, time: '2999-01-01T00:00:00Z' },
      { user: 'chen', course: WEB, completion: 1, time: '2026-03-01T12:05:01+02:00' },
    ]);
    await expect(refused).rejects.toMatchObject({
      code: 'invalid',
      message: "2 fact(s) are timed more than 5 minutes after the server's clock; nothing was recorded",
      errors: [
        {
          pointer: '/facts/1/time',
          message: `the time 2999-01-01T00:00:00Z is more than 5 minutes after the server's clock (${NOW}); a fact is timed when it happened`,
        },
        { pointer: '/facts/2/time', message: expect.stringContaining('2026-03-01T12:05:01+02:00') as string },
      ],
    });
    expect(await stored('chen', INTRO)).toEqual(before);
    expect(await stored('chen', STATS)).toBeUndefined();
  });

  it("keeps a fact of the service's own sources timed in the future at its receipt, so later ones still win", async () => {
    const record = (completion: number, time: string, now: string) =>
      recordFactsInTransaction({
        data: fixture.data,
        compiled: fixture.compiled,
        facts: [{ user: 'chen', course: WEB, completion, time }],
        source: 'openedx',
        now,
      });
    await record(0.2, '2999-01-01T00:00:00.000Z', NOW);
    expect((await stored('chen', WEB))?.completion).toEqual({ value: 0.2, at: NOW });
    await record(0.6, '2026-03-01T11:00:00.000Z', '2026-03-01T11:00:01.000Z');
    expect((await stored('chen', WEB))?.completion).toEqual({ value: 0.6, at: '2026-03-01T11:00:00.000Z' });
  });
});
