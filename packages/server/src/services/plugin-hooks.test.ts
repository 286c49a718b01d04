// The plugins' hooks in the use cases, on SQLite and PostgreSQL: filters change the input or stop
// the action with their reason (403), a failing filter stops it (502) unless it is optional, and
// events are written with the change only for the types a plugin listens to (nothing otherwise,
// nothing for a rolled-back transaction); refreshing progress reports steps done and unlocked,
// tiers and paths done; enrolling an address without an account reports the invitation.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FilterStop, type EventType, type FilterInputs, type FilterPoint } from '@learning-paths/plugin-api';
import { createFixture, DS_KEY, NOW, standaloneLink, type Fixture } from '../../test/service-fixture.ts';
import { testDatabases, useDatabase } from '../../test/test-databases.ts';
import { NO_PLUGINS, type LoadedPlugins } from '../plugins/loaded-plugins.ts';
import { enrollLearners } from './enrollments/enroll-learners.ts';
import { enrollUser } from './enrollments/enroll-user.ts';
import { unenrollLearner } from './enrollments/unenroll-learner.ts';
import { importCourses } from './catalog/import-courses.ts';
import { applyFacts } from './facts/apply-facts.ts';
import { startStepCourse } from './learning/start-step-course.ts';
import { publishPath } from './paths/publish-path.ts';
import { createHooks, NO_HOOKS, type Hooks } from './plugin-hooks.ts';

const INTRO = 'course-v1:DemoU+DS100+2026';
const STATS = 'course-v1:DemoU+DS110+2026';
const ML = 'course-v1:DemoU+DS120+2026';

const LEARNERS = ['ada', 'bea', 'chen', 'dan', 'eve', 'fay', 'gus', 'hal', 'ivy', 'jo', 'kim', 'lea'];
const LATER = '2026-06-01T10:00:00.000Z';

type Step<P extends FilterPoint> = (input: FilterInputs[P]) => unknown;

/** LoadedPlugins with these filters (plugin id, step, optional) and listeners, as the host builds them. */
function loadedWith(
  filters: { [P in FilterPoint]?: { pluginId: string; step: Step<P>; optional?: boolean }[] },
  listening: Partial<Record<EventType, string[]>> = {},
): LoadedPlugins {
  return {
    ...NO_PLUGINS,
    filters: Object.fromEntries(
      Object.entries(filters).map(([point, steps]) => [
        point,
        steps.map((step) => ({ optional: false, ...step })),
      ]),
    ),
    handlers: Object.fromEntries(
      Object.entries(listening).map(([type, plugins]) => [
        type,
        plugins.map((pluginId) => ({ pluginId, handler: () => undefined })),
      ]),
    ),
  };
}

describe.each(await testDatabases())('the plugins hooks on $name', (database) => {
  const store = useDatabase(database);
  let fixture: Fixture;
  const logged: { level: string; details: object }[] = [];
  const log = {
    warn: (details: object) => void logged.push({ level: 'warn', details }),
    error: (details: object) => void logged.push({ level: 'error', details }),
  };
  beforeAll(async () => {
    // Each test works on learners of its own.
    fixture = await createFixture(store(), LEARNERS);
    await importCourses({
      data: fixture.data,
      actor: fixture.actors.admin!,
      rows: [{ key: INTRO, title: 'Introduction' }],
      now: NOW,
    });
  });
  beforeEach(async () => {
    logged.length = 0;
    await store().db.deleteFrom('plugin_event_deliveries').execute();
    await store().db.deleteFrom('plugin_events').execute();
  });
  const enroll = (learners: string[], hooks: Hooks) =>
    enrollLearners({
      data: fixture.data,
      compiled: fixture.compiled,
      actor: fixture.actors.teacher!,
      pathKey: DS_KEY,
      learners,
      source: 'api',
      now: NOW,
      lms: standaloneLink(fixture.data),
      hooks,
    });
  const enrolled = async (...learners: string[]) =>
    (
      await fixture.data.enrollments.states(
        DS_KEY,
        learners.map((learner) => fixture.actors[learner]!.user.id),
      )
    ).size;
  const facts = (
    hooks: Hooks,
    list: { user: string; course: string; [field: string]: unknown }[],
    now = NOW,
  ) =>
    applyFacts({
      data: fixture.data,
      compiled: fixture.compiled,
      actor: fixture.actors.lms!,
      facts: list,
      source: 'api',
      now,
      hooks,
    });
  const events = async () =>
    (await fixture.data.pluginEvents.waiting()).map(({ pluginId, type }) => `${pluginId} ${type}`);

  describe('filters', () => {
    it('change the input, each step getting the previous one’s output', async () => {
      const hooks = createHooks(
        loadedWith({
          'enrollment.before': [
            { pluginId: 'org.a', step: (input) => ({ ...input, learners: [...input.learners, 'chen'] }) },
            {
              pluginId: 'org.b',
              step: (input) => ({ ...input, learners: input.learners.filter((name) => name !== 'bea') }),
            },
          ],
        }),
        log,
      );
      const results = await enroll(['ada', 'bea'], hooks);
      expect(results.map((row) => [row.learner, row.result])).toEqual([
        ['ada', 'enrolled'],
        ['chen', 'enrolled'],
      ]);
      expect(await enrolled('bea')).toBe(0);
    });

    it('stop the action with the reason and the plugin, by FilterStop or any error named so', async () => {
      class OtherCopyFilterStop extends Error {
        override readonly name = 'FilterStop';
        constructor(readonly reason: string) {
          super(reason);
        }
      }
      for (const stop of [new FilterStop('no seats left'), new OtherCopyFilterStop('no seats left')]) {
        const hooks = createHooks(
          loadedWith({ 'enrollment.before': [{ pluginId: 'org.seats', step: () => Promise.reject(stop) }] }),
          log,
        );
        await expect(enroll(['dan'], hooks)).rejects.toMatchObject({
          code: 'forbidden',
          message: 'no seats left (refused by plugin org.seats)',
        });
      }
      expect(await enrolled('dan')).toBe(0);
    });

    it('stop the action when one fails, naming the plugin and its error, unless it is optional', async () => {
      const failing = () => {
        throw new Error('the quota service is down');
      };
      const stops = createHooks(
        loadedWith({ 'enrollment.before': [{ pluginId: 'org.quota', step: failing }] }),
        log,
      );
      await expect(enroll(['eve'], stops)).rejects.toMatchObject({
        code: 'plugin_failed',
        message: 'the plugin org.quota failed at enrollment.before: the quota service is down',
      });
      expect(await enrolled('eve')).toBe(0);
      expect(logged).toMatchObject([{ level: 'error', details: { plugin: 'org.quota' } }]);

      const skips = createHooks(
        loadedWith({ 'enrollment.before': [{ pluginId: 'org.quota', step: failing, optional: true }] }),
        log,
      );
      expect((await enroll(['eve'], skips)).map((row) => row.result)).toEqual(['enrolled']);
      expect(logged[1]).toMatchObject({
        level: 'warn',
        details: { plugin: 'org.quota', point: 'enrollment.before' },
      });
    });

    it('count an answer of another shape as a failure', async () => {
      const answers = [
        undefined,
        ['fay'],
        { learners: ['fay'] },
        { pathKey: DS_KEY, learners: 'fay', by: 'x' },
      ];
      for (const answer of answers) {
        const hooks = createHooks(
          loadedWith({ 'enrollment.before': [{ pluginId: 'org.odd', step: () => answer }] }),
          log,
        );
        await expect(enroll(['fay'], hooks)).rejects.toMatchObject({
          code: 'plugin_failed',
          message: expect.stringContaining('the plugin org.odd failed') as unknown,
        });
      }
      expect(await enrolled('fay')).toBe(0);
    });

    it('run before joining a path, publishing, starting a step and recording pushed facts', async () => {
      const seen: unknown[] = [];
      const refuse = (reason: string) => (input: unknown) => {
        seen.push(input);
        return Promise.reject(new FilterStop(reason));
      };
      const hooks = createHooks(
        loadedWith({
          'enrollment.before': [{ pluginId: 'org.x', step: refuse('not this one') }],
          'path.publish.before': [{ pluginId: 'org.x', step: refuse('frozen until June') }],
          'step.start.before': [{ pluginId: 'org.x', step: refuse('pay first') }],
          'facts.record.before': [
            {
              pluginId: 'org.x',
              // Drops the facts about STATS, and keeps the others as they are.
              step: (input) => ({ ...input, facts: input.facts.filter((fact) => fact.course !== STATS) }),
            },
          ],
        }),
        log,
      );
      await expect(
        enrollUser({
          data: fixture.data,
          compiled: fixture.compiled,
          actor: fixture.actors.teacher!,
          pathKey: DS_KEY,
          username: 'gus',
          source: 'api',
          now: NOW,
          hooks,
        }),
      ).rejects.toMatchObject({ code: 'forbidden', message: 'not this one (refused by plugin org.x)' });
      expect(await enrolled('gus')).toBe(0);

      const versions = await fixture.data.paths.versions(DS_KEY);
      await expect(
        publishPath({
          data: fixture.data,
          compiled: fixture.compiled,
          actor: fixture.actors.author!,
          key: DS_KEY,
          now: NOW,
          hooks,
        }),
      ).rejects.toMatchObject({ code: 'forbidden', message: 'frozen until June (refused by plugin org.x)' });
      expect(await fixture.data.paths.versions(DS_KEY)).toEqual(versions);

      await enroll(['gus'], NO_HOOKS);
      await expect(
        startStepCourse({
          data: fixture.data,
          compiled: fixture.compiled,
          lms: standaloneLink(fixture.data),
          actor: fixture.actors.gus!,
          pathKey: DS_KEY,
          step: INTRO,
          now: NOW,
          hooks,
        }),
      ).rejects.toMatchObject({ code: 'forbidden', message: 'pay first (refused by plugin org.x)' });
      expect(await fixture.data.courseEnrollments.ofUser(fixture.actors.gus!.user.id)).toEqual([]);
      expect(seen).toEqual([
        { pathKey: DS_KEY, learners: ['gus'], by: 'teacher' },
        { pathKey: DS_KEY, by: 'author' },
        { pathKey: DS_KEY, step: 'intro', learner: 'gus' },
      ]);

      const result = await facts(hooks, [
        { user: 'gus', course: INTRO, completion: 1 },
        { user: 'gus', course: STATS, passed: true },
      ]);
      expect(result.applied).toBe(1);
      const { id } = fixture.actors.gus!.user;
      expect([...(await fixture.data.facts.ofUsers([id])).get(id)!.keys()]).toEqual([INTRO]);
    });

    it('stop facts a filter made invalid, as a plugin failure', async () => {
      const hooks = createHooks(
        loadedWith({
          'facts.record.before': [
            {
              pluginId: 'org.x',
              step: (input) => ({ ...input, facts: input.facts.map((fact) => ({ ...fact, completion: 7 })) }),
            },
          ],
        }),
        log,
      );
      await expect(facts(hooks, [{ user: 'hal', course: INTRO, completion: 1 }])).rejects.toMatchObject({
        code: 'plugin_failed',
      });
    });
  });

  describe('events', () => {
    const unenroll = (username: string, hooks: Hooks) =>
      unenrollLearner({
        data: fixture.data,
        actor: fixture.actors.teacher!,
        pathKey: DS_KEY,
        username,
        now: NOW,
        hooks,
      });

    it('are written only for the types some plugin listens to: none at all without plugins', async () => {
      const listeningElsewhere = createHooks(loadedWith({}, { 'path.published': ['org.a'] }), log);
      for (const [learner, hooks] of [
        ['ivy', NO_HOOKS],
        ['jo', listeningElsewhere],
      ] as const) {
        await enroll([learner], hooks);
        await facts(hooks, [{ user: learner, course: INTRO, completion: 1 }]);
        await unenroll(learner, hooks);
      }
      expect(await fixture.data.pluginEvents.countEvents()).toBe(0);
    });

    it('are written with the change, once per listening plugin, and not at all when it rolls back', async () => {
      const hooks = createHooks(
        loadedWith({}, { 'enrollment.created': ['org.a', 'org.b'], 'enrollment.removed': ['org.b'] }),
        log,
      );
      await expect(
        fixture.data.transaction(async (data) => {
          await enrollLearners({
            data,
            compiled: fixture.compiled,
            actor: fixture.actors.teacher!,
            pathKey: DS_KEY,
            learners: ['kim'],
            source: 'api',
            now: NOW,
            lms: standaloneLink(data),
            hooks,
          });
          throw new Error('something later failed');
        }),
      ).rejects.toThrow('something later failed');
      expect(await fixture.data.pluginEvents.countEvents()).toBe(0);

      await enroll(['kim', 'lea'], hooks);
      await unenroll('kim', hooks);
      expect(await events()).toEqual([
        'org.a enrollment.created',
        'org.b enrollment.created',
        'org.a enrollment.created',
        'org.b enrollment.created',
        'org.b enrollment.removed',
      ]);
    });

    it('report the steps completed, the tiers achieved and the path completed, each once', async () => {
      const hooks = createHooks(
        loadedWith(
          {},
          { 'step.completed': ['org.n'], 'tier.achieved': ['org.n'], 'path.completed': ['org.n'] },
        ),
        log,
      );
      const learner = 'chen';
      await facts(hooks, [{ user: learner, course: INTRO, completion: 1, passed: true }]);
      await facts(hooks, [{ user: learner, course: STATS, passed: true }]);
      // Nothing new: a lower grade does not take a step back.
      await facts(hooks, [{ user: learner, course: INTRO, grade: 0.5 }]);
      await facts(hooks, [{ user: learner, course: ML, passed: true, grade: 0.9 }]);
      await facts(
        hooks,
        ['DS210', 'DS220', 'DS300'].map((course) => ({
          user: learner,
          course: `course-v1:DemoU+${course}+2026`,
          passed: true,
        })),
        LATER,
      );
      const rows = await store()
        .db.selectFrom('plugin_events')
        .select(['type', 'learner', 'data'])
        .orderBy('seq')
        .execute();
      const data = { pathKey: DS_KEY, learner };
      expect(rows.map((row) => [row.type, row.learner, JSON.parse(row.data)])).toEqual([
        ['step.completed', learner, { ...data, step: 'intro' }],
        ['step.completed', learner, { ...data, step: 'stats' }],
        ['step.completed', learner, { ...data, step: 'ml' }],
        ['tier.achieved', learner, { ...data, tier: 'foundation' }],
        ['step.completed', learner, { ...data, step: 'viz' }],
        ['step.completed', learner, { ...data, step: 'nlp' }],
        ['step.completed', learner, { ...data, step: 'capstone' }],
        ['tier.achieved', learner, { ...data, tier: 'advanced' }],
        ['path.completed', learner, data],
      ]);
    });

    it('report the steps a change unlocks, never the ones open from the start', async () => {
      const hooks = createHooks(loadedWith({}, { 'step.unlocked': ['org.n'] }), log);
      const learner = 'dan';
      await enroll([learner], hooks);
      // Statistics opens the core sequence; Machine learning waits for it.
      await facts(hooks, [{ user: learner, course: STATS, grade: 0.2 }]);
      await facts(hooks, [{ user: learner, course: STATS, completion: 1, passed: true }]);
      await facts(hooks, [{ user: learner, course: STATS, grade: 0.9 }]);
      const rows = await store()
        .db.selectFrom('plugin_events')
        .select(['type', 'learner', 'data'])
        .orderBy('seq')
        .execute();
      expect(rows.map((row) => [row.type, row.learner, JSON.parse(row.data)])).toEqual([
        ['step.unlocked', learner, { pathKey: DS_KEY, learner, step: 'ml' }],
      ]);
    });

    it('report no step of a change to progress stored before step states were kept, then each as usual', async () => {
      const hooks = createHooks(
        loadedWith({}, { 'step.completed': ['org.n'], 'step.unlocked': ['org.n'] }),
        log,
      );
      const learner = 'eve';
      await enroll([learner], NO_HOOKS);
      // As migration 0016 leaves a row stored before it.
      await store().db.updateTable('path_progress').set({ step_states: null }).execute();
      await facts(hooks, [{ user: learner, course: STATS, passed: true }]);
      expect(await fixture.data.pluginEvents.countEvents()).toBe(0);
      await facts(hooks, [{ user: learner, course: ML, passed: true, grade: 0.9 }]);
      const rows = await store()
        .db.selectFrom('plugin_events')
        .select(['type', 'data'])
        .orderBy('seq')
        .execute();
      expect(rows.map((row) => [row.type, JSON.parse(row.data).step])).toEqual([['step.completed', 'ml']]);
    });

    it('report an address enrolled before it has an account, keyed by the address', async () => {
      const hooks = createHooks(loadedWith({}, { 'enrollment.invited': ['org.n'] }), log);
      await enroll(['New.Person@Example.org'], hooks);
      const rows = await store().db.selectFrom('plugin_events').select(['type', 'learner', 'data']).execute();
      const email = 'new.person@example.org';
      expect(rows.map((row) => [row.type, row.learner, JSON.parse(row.data)])).toEqual([
        ['enrollment.invited', email, { pathKey: DS_KEY, email, by: fixture.actors.teacher!.user.username }],
      ]);
    });
  });
});
