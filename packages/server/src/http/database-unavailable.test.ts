// Routes whose database cannot answer: an SQLite writer waits for another process's write lock
// (the busy timeout) and answers 503 with Retry-After when it outlasts it; a PostgreSQL that
// refuses connections makes every route answer 503, until it is back and the pool reconnects.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DS_KEY, DS_PATH } from '../../test/service-fixture.ts';
import { sqliteLockHolder, type SqliteLockHolder } from '../../test/sqlite-lock-holder.ts';
import { useTestApp, type TestApp } from '../../test/test-app.ts';
import { testDatabases } from '../../test/test-databases.ts';
import { openStore } from '../store/database.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const USERS = { author: [{ role: 'author' as const, scope: 'org:DemoU' }] };

/** The author's path, published, so that learners can be enrolled on it (a write in a transaction). */
async function publishPath({ app, as }: TestApp): Promise<void> {
  await app().inject({ method: 'POST', url: '/api/v1/paths', headers: as('author'), payload: DS_PATH });
  const published = await app().inject({
    method: 'POST',
    url: `/api/v1/paths/${DS_KEY}/publish`,
    headers: as('author'),
  });
  expect(published.statusCode).toBe(200);
}

const enroll = ({ app, as }: TestApp, email: string) =>
  app().inject({
    method: 'POST',
    url: `/api/v1/paths/${DS_KEY}/enrollments`,
    headers: as('author'),
    payload: { learners: [email] },
  });

const expectUnavailable = (
  response: Awaited<ReturnType<typeof enroll>>,
  detail = 'the database does not answer; try again',
) => {
  expect([response.statusCode, response.headers['content-type'], response.headers['retry-after']]).toEqual([
    503,
    'application/problem+json; charset=utf-8',
    '5',
  ]);
  expect(response.json()).toEqual({ type: 'about:blank', title: 'Service unavailable', status: 503, detail });
};

/** An app on its own SQLite file, with the busy timeout given, and a second process on the file. */
function lockedSqliteApp(busyTimeoutMs: number): TestApp & { holder: () => SqliteLockHolder } {
  const folder = mkdtempSync(join(tmpdir(), 'lp-locked-'));
  const file = join(folder, 'locked.sqlite');
  const testApp = useTestApp({
    now: NOW,
    users: USERS,
    store: () => openStore(file, { sqliteBusyTimeoutMs: busyTimeoutMs }),
  });
  let holder: SqliteLockHolder;
  beforeAll(async () => {
    await publishPath(testApp);
    holder = sqliteLockHolder(file);
  });
  afterAll(() => {
    holder.stop();
    rmSync(folder, { recursive: true, force: true });
  });
  return { ...testApp, holder: () => holder };
}

describe('an SQLite write while another process holds the write lock', () => {
  describe('held for less than the busy timeout', () => {
    const testApp = lockedSqliteApp(60_000);

    it('waits for the lock and then writes', async () => {
      await testApp.holder().lock();
      const released = testApp.holder().release(100);
      // The route reads the path, then writes in the same transaction: it must wait at BEGIN, where
      // SQLite waits, not fail when its read turns into a write.
      const response = await enroll(testApp, 'ada@example.org');
      await released;
      expect([response.statusCode, response.json<{ results: { result: string }[] }>().results]).toMatchObject(
        [200, [{ result: 'pending' }]],
      );
    });
  });

  describe('held for longer', () => {
    const testApp = lockedSqliteApp(50);

    it('answers 503 problem+json with Retry-After and writes nothing, then writes once it is free', async () => {
      await testApp.holder().lock();
      expectUnavailable(
        await enroll(testApp, 'ada@example.org'),
        'the database is busy with another writer; try again',
      );
      await testApp.holder().release();
      const pending = await testApp.app().inject({
        method: 'GET',
        url: `/api/v1/paths/${DS_KEY}/pending-enrollments`,
        headers: testApp.as('author'),
      });
      expect(pending.json<{ total: number }>().total).toBe(0);
      expect((await enroll(testApp, 'ada@example.org')).statusCode).toBe(200);
    });
  });
});

/** A TCP way to PostgreSQL that a test can cut (refusing connections, dropping open ones) and restore. */
function cuttableProxy(target: URL) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket)).on('error', () => socket.destroy());
  };
  return {
    port: () => port,
    up: () =>
      new Promise<void>((resolve) => {
        server = createServer((client) => {
          const upstream = connect(Number(target.port || 5432), target.hostname);
          track(client);
          track(upstream);
          client.pipe(upstream).pipe(client);
          client.on('close', () => upstream.destroy());
          upstream.on('close', () => client.destroy());
        });
        server.listen(port, '127.0.0.1', () => {
          port = (server!.address() as { port: number }).port;
          resolve();
        });
      }),
    down: () =>
      new Promise<void>((resolve) => {
        server!.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

const postgres = (await testDatabases()).find((database) => database.name === 'postgres');

describe.skipIf(!postgres)('PostgreSQL refusing connections', () => {
  let opened: Awaited<ReturnType<NonNullable<typeof postgres>['open']>>;
  let proxy: ReturnType<typeof cuttableProxy>;
  const testApp = useTestApp({
    now: NOW,
    users: USERS,
    store: async () => {
      opened = await postgres!.open();
      proxy = cuttableProxy(new URL(opened.url));
      await proxy.up();
      const url = new URL(opened.url);
      url.port = String(proxy.port());
      return openStore(url.toString());
    },
  });
  afterAll(async () => {
    await proxy.down();
    await opened.dispose();
  });

  it('makes every route answer 503 problem+json, and the routes recover once it is back', async () => {
    await publishPath(testApp);
    const list = () =>
      testApp.app().inject({ method: 'GET', url: '/api/v1/paths', headers: testApp.as('author') });
    expect((await list()).statusCode).toBe(200);

    await proxy.down();
    expectUnavailable(await list());
    expectUnavailable(await enroll(testApp, 'ada@example.org'));
    const health = await testApp.app().inject({ method: 'GET', url: '/healthz' });
    expect([health.statusCode, health.headers['retry-after']]).toEqual([503, '5']);

    await proxy.up();
    expect((await list()).statusCode).toBe(200);
    expect((await enroll(testApp, 'ada@example.org')).statusCode).toBe(200);
  });
});
