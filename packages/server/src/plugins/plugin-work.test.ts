// What plugins run beside the server: a fact source's facts applied as the facts API's (checked,
// progress following), and jobs run every so many minutes, a failing one logged with its plugin's
// id and run again next time.
import { sql } from 'kysely';
import { z } from 'zod';
import { createRegistry } from '@learning-paths/core';
import { gathering, pluginHost } from './plugin-host.ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RecordFacts } from '@learning-paths/plugin-api';
import { NOTES } from '../../test/plugins/good/index.ts';
import { fixture, keptLog, pluginsConfig } from '../../test/plugins/plugin-fixtures.ts';
import { testDatabases, useDatabase } from '../../test/test-databases.ts';
import { NO_HOOKS } from '../services/plugin-hooks.ts';
import { NO_PLUGINS } from './loaded-plugins.ts';
import { CompiledPaths } from '../services/progress/compiled-paths.ts';
import { dataAccess } from '../store/data-access.ts';
import { UserRepository } from '../store/repositories/user-repository.ts';
import { loadPlugins } from './load-plugins.ts';
import { migratePlugins } from './migrate-plugins.ts';
import { pluginRegistry } from './plugin-registry.ts';
import { startPluginWork } from './plugin-work.ts';

const COURSE = 'course-v1:DemoU+DS100+2026';

describe.each(await testDatabases())('plugin work on $name', (database) => {
  const store = useDatabase(database);
  afterEach(() => void vi.useRealTimers());

  const loadGood = async () => {
    const loaded = await loadPlugins(pluginsConfig([fixture('good')]), keptLog(), store().db);
    await migratePlugins(store(), loaded);
    return loaded;
  };

  it("applies a fact source's facts through the facts use case, and refuses malformed ones", async () => {
    await new UserRepository(store().db, store().dialect).create({ username: 'ada' }, '2026-03-01T00:00:00Z');
    const loaded = await loadGood();
    let record: RecordFacts | undefined;
    const log = keptLog();
    const work = await startPluginWork({
      loaded: {
        ...loaded,
        factSources: [
          {
            pluginId: 'org.example.good',
            source: { name: 'test-source', start: (given) => void (record = given) },
          },
        ],
      },
      data: dataAccess(store()),
      compiled: new CompiledPaths(pluginRegistry(loaded)),
      hooks: NO_HOOKS,
      log,
    });
    await record!([
      { user: 'ada', course: COURSE, completion: 0.5, time: '2026-03-01T09:00:00Z' },
      { user: 'nobody', course: COURSE, passed: true, time: '2026-03-01T09:00:00Z' },
    ]);
    const facts = await dataAccess(store()).facts.ofUsers([1]);
    expect(
      [...facts.get(1)!.values()].map(({ courseKey, completion, source }) => [courseKey, completion, source]),
    ).toEqual([[COURSE, { value: 0.5, at: '2026-03-01T09:00:00.000Z' }, 'test-source']]);
    expect(log.lines).toContainEqual({
      level: 'warn',
      details: {
        plugin: 'org.example.good',
        source: 'test-source',
        rejected: [{ index: 1, message: 'no user has the username nobody' }],
      },
      message: 'facts about unknown users rejected',
    });
    await expect(record!([{ user: 'ada', course: 'DS100', completion: 2, time: 'now' }])).rejects.toThrow(
      /^invalid facts from test-source: /,
    );
    await work.stop();
  });

  it("carries the fields plugins' criteria declare from a fact source's record, and refuses others", async () => {
    await new UserRepository(store().db, store().dialect).create({ username: 'bo' }, '2026-03-01T00:00:00Z');
    const loaded = await loadPlugins(pluginsConfig([fixture('criterion-facts')]), keptLog(), store().db);
    let record: RecordFacts | undefined;
    const work = await startPluginWork({
      loaded: {
        ...loaded,
        factSources: [
          {
            pluginId: 'org.example.criterion-facts',
            source: { name: 'decisions', start: (given) => void (record = given) },
          },
        ],
      },
      data: dataAccess(store()),
      compiled: new CompiledPaths(pluginRegistry(loaded)),
      hooks: NO_HOOKS,
      log: keptLog(),
    });
    await record!([
      { user: 'bo', course: COURSE, approvedByStaff: true, time: '2026-03-01T09:00:00Z', id: 'd-1' },
    ]);
    const bo = (await dataAccess(store()).users.findByUsername('bo'))!;
    expect((await dataAccess(store()).facts.ofUsers([bo.id])).get(bo.id)!.get(COURSE)).toMatchObject({
      criteria: { approvedByStaff: { value: true, at: '2026-03-01T09:00:00.000Z' } },
      source: 'decisions',
    });
    await expect(
      record!([{ user: 'bo', course: COURSE, approvedByStaf: false, time: '2026-03-01T09:30:00Z' }]),
    ).rejects.toThrow(
      'invalid facts from decisions: /0/approvedByStaf: unknown field: the fields registered criteria declare are approvedByStaff',
    );
    await work.stop();
  });

  it.each([
    ['completion', 'every fact has that field already'],
    [
      'constructor',
      'a field name is a letter followed by letters, digits or _, and no property every object has',
    ],
  ])('refuses, as it registers, a criterion declaring the fact field %s', (field, reason) => {
    const { host } = pluginHost({
      id: 'org.example.facts',
      settings: () => ({}),
      log: keptLog(),
      database: undefined,
      rules: createRegistry(),
      into: gathering(),
    });
    const criterion = {
      name: 'approvedByStaff',
      description: 'Approved.',
      schema: z.literal(true),
      facts: { [field]: z.number() },
      isSatisfied: () => false,
      progress: () => 0,
      explain: () => 'Wait',
      summarize: () => 'approved',
    };
    expect(() => host.rules.criterion(criterion)).toThrow(
      `the criterion approvedByStaff declares the fact field "${field}": ${reason}`,
    );
  });

  it("runs each plugin's work at start without waiting for it, logs a failing one with its plugin id, and its work at stop", async () => {
    const ran: string[] = [];
    let finish: () => void = () => undefined;
    const log = keptLog();
    const work = await startPluginWork({
      loaded: {
        ...NO_PLUGINS,
        starts: [
          // Still running when start-up is over.
          { pluginId: 'org.a', run: () => new Promise<void>((resolve) => (finish = resolve)) },
          { pluginId: 'org.b', run: () => void ran.push('org.b') },
          { pluginId: 'org.c', run: () => Promise.reject(new Error('no key store')) },
        ],
        stops: [{ pluginId: 'org.a', run: () => void ran.push('org.a stopped') }],
      },
      data: dataAccess(store()),
      compiled: new CompiledPaths(),
      hooks: NO_HOOKS,
      log,
    });
    await vi.waitFor(() =>
      expect(log.lines).toContainEqual({
        level: 'error',
        details: expect.objectContaining({ plugin: 'org.c' }),
        message: 'its work at start failed',
      }),
    );
    expect(ran).toEqual(['org.b']);
    finish();
    await work.stop();
    expect(ran).toEqual(['org.b', 'org.a stopped']);
  });

  it('runs each job every so many minutes, and logs a failing one with its plugin id', async () => {
    const loaded = await loadGood();
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
      now: new Date('2026-03-01T10:00:00Z'),
    });
    const log = keptLog();
    const work = await startPluginWork({
      loaded: {
        ...loaded,
        jobs: [
          ...loaded.jobs,
          {
            pluginId: 'org.example.other',
            job: { name: 'fail', everyMinutes: 2, run: () => Promise.reject(new Error('boom')) },
          },
        ],
      },
      data: dataAccess(store()),
      compiled: new CompiledPaths(pluginRegistry(loaded)),
      hooks: NO_HOOKS,
      log,
    });
    const notes = async () =>
      (await sql<{ text: string }>`select text from ${sql.table(NOTES)}`.execute(store().db)).rows.map(
        (row) => row.text,
      );
    await vi.advanceTimersByTimeAsync(59_000);
    expect(await notes()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.waitFor(async () => expect(await notes()).toHaveLength(1));
    await vi.advanceTimersByTimeAsync(60_000);
    await vi.waitFor(async () => expect(await notes()).toHaveLength(2));
    await vi.waitFor(() =>
      expect(log.lines).toContainEqual(
        expect.objectContaining({
          level: 'error',
          message: 'fail failed',
          details: expect.objectContaining({ job: 'fail', plugin: 'org.example.other' }),
        }),
      ),
    );
    // The next run is timed from the end of the last (waitFor moves the fake clock on a little).
    expect(await notes()).toEqual([
      'job at 2026-03-01T10:01:00.000Z',
      expect.stringMatching(/^job at 2026-03-01T10:02:00\.\d{3}Z$/),
    ]);
    await work.stop();
  });
});
