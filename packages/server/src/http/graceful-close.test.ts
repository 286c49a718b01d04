// Closing a listening app within a drain time: answers the client has not taken by then are cut
// off, and closing ends (the whole answer sent when taken in time: packages/cli/test/start-shutdown.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyBytes, pausedEnrollmentAnswer } from '../../test/paused-answer.ts';
import { DS_KEY, DS_PATH } from '../../test/service-fixture.ts';
import { useTestApp } from '../../test/test-app.ts';
import { closeWithin } from './graceful-close.ts';

describe('closeWithin', () => {
  const { app, as } = useTestApp({
    now: new Date('2026-03-01T10:00:00.000Z'),
    users: { author: [{ role: 'author', scope: 'org:DemoU' }] },
  });
  let address: string;
  beforeAll(async () => {
    await app().inject({ method: 'POST', url: '/api/v1/paths', headers: as('author'), payload: DS_PATH });
    await app().inject({ method: 'POST', url: `/api/v1/paths/${DS_KEY}/publish`, headers: as('author') });
    address = await app().listen({ port: 0, host: '127.0.0.1' });
  });

  it('cuts off an answer still unsent when the drain time is up, and closes', async () => {
    const response = await pausedEnrollmentAnswer(address, as('author').authorization);
    expect(response.statusCode).toBe(200);
    await closeWithin(app(), 50);
    const body = await bodyBytes(response);
    expect(body.length).toBeLessThan(Number(response.headers['content-length']));
  });
});
