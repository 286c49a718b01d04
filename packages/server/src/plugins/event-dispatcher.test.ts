// The delivery of plugin events after commit, on SQLite and PostgreSQL: each listening plugin gets
// each event with the same id on every attempt; a throwing handler is retried with backoff while
// that learner's later events wait and other learners' flow; two dispatchers never hand one event to
// one plugin at the same time; a running dispatcher delivers and stops cleanly, and is woken by the
// commits of its own process.
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EventHandler, EventType, PluginEvent } from '@learning-paths/plugin-api';
import { createFixture, DS_KEY, NOW, standaloneLink, type Fixture } from '../../test/service-fixture.ts';
import { testDatabases, useDatabase } from '../../test/test-databases.ts';
import { enrollLearners } from '../services/enrollments/enroll-learners.ts';
import { unenrollLearner } from '../services/enrollments/unenroll-learner.ts';
import { createHooks, type Hooks } from '../services/plugin-hooks.ts';
import { deliverDueEvents, startEventDispatcher, type EventDispatcherOptions } from './event-dispatcher.ts';
import { NO_PLUGINS, type LoadedPlugins } from './loaded-plugins.ts';

const LEARNERS = ['ada', 'bea', 'chen', 'dan', 'eve', 'fay', 'gus', 'hal'];

/** One handler per plugin for these types, as the host registers them. */
function loadedWith(
  plugins: Record<string, (event: PluginEvent) => unknown>,
  types: EventType[],
): LoadedPlugins {
  return {
    ...NO_PLUGINS,
    handlers: Object.fromEntries(
      types.map((type) => [
        type,
        Object.entries(plugins).map(([pluginId, handler]) => ({
          pluginId,
          handler: handler as EventHandler<EventType>,
        })),
      ]),
    ),
  };
}

/** The learner an enrollment event is about. */
const learnerOf = (event: PluginEvent) => (event.data as { learner: string }).learner;

const quiet = { warn: () => undefined, error: () => undefined };

describe.each(await testDatabases())('plugin events delivered on $name', (database) => {
  const store = useDatabase(database);
  let fixture: Fixture;
  let clock = Date.now();
  beforeAll(async () => {
    fixture = await createFixture(store(), LEARNERS);
  });
  beforeEach(() => {
    clock = Date.now() + 1000;
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
  const unenroll = (username: string, hooks: Hooks) =>
    unenrollLearner({
      data: fixture.data,
      actor: fixture.actors.teacher!,
      pathKey: DS_KEY,
      username,
      now: NOW,
      hooks,
    });
  const dispatcher = (loaded: LoadedPlugins, overrides: Partial<EventDispatcherOptions> = {}) => ({
    data: fixture.data,
    loaded,
    log: quiet,
    now: () => clock,
    ...overrides,
  });
  const drain = async (options: EventDispatcherOptions) => {
    while ((await deliverDueEvents(options, 'test')).claimed > 0);
  };

  it('gives each listening plugin each event once committed, then forgets it', async () => {
    const got: Record<string, PluginEvent[]> = { 'org.a': [], 'org.b': [] };
    const loaded = loadedWith(
      { 'org.a': (event) => got['org.a']!.push(event), 'org.b': (event) => got['org.b']!.push(event) },
      ['enrollment.created'],
    );
    await enroll(['ada'], createHooks(loaded, quiet));
    await drain(dispatcher(loaded));
    expect(got['org.a']).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
        type: 'enrollment.created',
        time: expect.any(String) as unknown,
        data: { pathKey: DS_KEY, learner: 'ada', source: 'api' },
      },
    ]);
    expect(got['org.b']).toEqual(got['org.a']);
    expect(await fixture.data.pluginEvents.countEvents()).toBe(0);
    expect((await deliverDueEvents(dispatcher(loaded), 'test')).claimed).toBe(0);
  });

  it('retries a failing delivery with backoff, holding back that learner’s later events only', async () => {
    const got: string[] = [];
    const ids: string[] = [];
    let failures = 2;
    const loaded = loadedWith(
      {
        'org.mail': (event) => {
          if (learnerOf(event) === 'bea' && event.type === 'enrollment.created') {
            ids.push(event.id);
            if (failures-- > 0) throw new Error('the SMTP server is away');
          }
          got.push(`${event.type} ${learnerOf(event)}`);
        },
      },
      ['enrollment.created', 'enrollment.removed'],
    );
    const hooks = createHooks(loaded, quiet);
    await enroll(['bea', 'chen'], hooks);
    await unenroll('bea', hooks);
    await unenroll('chen', hooks);
    const options = dispatcher(loaded, { backoffMs: 1000, maxBackoffMs: 1500 });
    await drain(options);
    expect(got).toEqual(['enrollment.created chen', 'enrollment.removed chen']);
    expect(await fixture.data.pluginEvents.waiting()).toMatchObject([
      { pluginId: 'org.mail', type: 'enrollment.created', attempts: 1, lastError: 'the SMTP server is away' },
      { pluginId: 'org.mail', type: 'enrollment.removed', attempts: 0 },
    ]);
    // Not due before the backoff has passed; then failing again, waiting at most the cap.
    clock += 999;
    await drain(options);
    expect(ids).toHaveLength(1);
    clock += 1;
    await drain(options);
    expect(ids).toHaveLength(2);
    clock += 1500;
    await drain(options);
    expect(got).toEqual([
      'enrollment.created chen',
      'enrollment.removed chen',
      'enrollment.created bea',
      'enrollment.removed bea',
    ]);
    expect(new Set(ids).size).toBe(1);
    expect(await fixture.data.pluginEvents.countEvents()).toBe(0);
  });

  it('never hands one event to one plugin twice at once, however many dispatchers run', async () => {
    const inFlight = new Set<string>();
    const delivered: string[] = [];
    let overlaps = 0;
    const loaded = loadedWith(
      {
        'org.slow': async (event) => {
          if (inFlight.has(event.id)) overlaps += 1;
          inFlight.add(event.id);
          await sleep(5);
          inFlight.delete(event.id);
          delivered.push(`${learnerOf(event)} ${event.type}`);
        },
      },
      ['enrollment.created', 'enrollment.removed'],
    );
    const hooks = createHooks(loaded, quiet);
    const learners = ['dan', 'eve', 'fay', 'gus'];
    await enroll(learners, hooks);
    for (const learner of learners) await unenroll(learner, hooks);
    const options = dispatcher(loaded, { batchSize: 3, concurrency: 2 });
    const run = (claimer: string) =>
      (async () => {
        while ((await deliverDueEvents(options, claimer)).claimed > 0);
      })();
    await Promise.all([run('one'), run('two'), run('three')]);
    await drain(options);
    expect(overlaps).toBe(0);
    expect(delivered).toHaveLength(8);
    expect(new Set(delivered).size).toBe(8);
    // Each learner's events in order, whoever delivered them.
    for (const learner of learners)
      expect(delivered.filter((entry) => entry.startsWith(`${learner} `))).toEqual([
        `${learner} enrollment.created`,
        `${learner} enrollment.removed`,
      ]);
  });

  it('runs in the background until stopped, and not at all without listeners', async () => {
    const got: string[] = [];
    const loaded = loadedWith({ 'org.a': (event) => got.push(learnerOf(event)) }, ['enrollment.created']);
    const running = startEventDispatcher({ data: fixture.data, loaded, log: quiet, pollMs: 10 });
    await enroll(['hal'], createHooks(loaded, quiet));
    for (let waited = 0; got.length === 0 && waited < 5000; waited += 10) await sleep(10);
    await running.stop();
    expect(got).toEqual(['hal']);
    await startEventDispatcher({ data: fixture.data, loaded: NO_PLUGINS, log: quiet }).stop();
  });

  it('delivers the events this process commits at once, not at its next poll', async () => {
    const got: string[] = [];
    const loaded = loadedWith({ 'org.a': (event) => got.push(learnerOf(event)) }, ['enrollment.removed']);
    const hooks = createHooks(loaded, quiet);
    // A poll far longer than the test: only the commit can wake it.
    const running = startEventDispatcher({ data: fixture.data, loaded, log: quiet, pollMs: 60_000, hooks });
    // Its first round found nothing due; it sleeps.
    await sleep(50);
    const started = performance.now();
    await unenroll('hal', hooks);
    for (let waited = 0; got.length === 0 && waited < 5000; waited += 5) await sleep(5);
    const tookMs = performance.now() - started;
    await running.stop();
    expect(got).toEqual(['hal']);
    expect(tookMs).toBeLessThan(5000);
  });
});
