// Requests refused before any route runs, by fastify, its router or Node's HTTP parser: each is
// answered as application/problem+json, with a detail that says what to change.
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');

/** The raw answer to bytes written on a fresh connection. */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(request));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('errors of the framework', () => {
  const { app, as } = useTestApp({ now: NOW, users: { ada: [] }, bodyLimitBytes: 2048 });

  it.each([
    [
      'a body type no route takes',
      {
        method: 'POST',
        url: '/api/v1/paths/validate',
        headers: { 'content-type': 'text/xml' },
        payload: '<a/>',
      },
      415,
      'POST /api/v1/paths/validate does not take a body of type text/xml; the API documentation (/api/docs) gives the type each route takes',
    ],
    [
      'a key longer than any key can be',
      { method: 'GET', url: `/api/v1/paths/path-v1:A+B+C+${'x'.repeat(300)}` },
      414,
      /^a segment of the URL \/api\/v1\/paths\/path-v1:A\+B\+C\+x+… is longer than any key or name can be$/,
    ],
    ['an unknown route', { method: 'GET', url: '/api/v1/nothing' }, 404, 'no route GET /api/v1/nothing'],
    [
      'a method the route does not have',
      { method: 'DELETE', url: '/api/v1/paths' },
      404,
      'no route DELETE /api/v1/paths',
    ],
    [
      'malformed JSON',
      {
        method: 'POST',
        url: '/api/v1/paths/validate',
        headers: { 'content-type': 'application/json' },
        payload: '{"key": ',
      },
      400,
      "Body is not valid JSON but content-type is set to 'application/json'",
    ],
    [
      'an invalid percent-encoding',
      { method: 'GET', url: '/api/v1/paths/%zz' },
      400,
      'the URL /api/v1/paths/%zz is not valid: each % in it must begin a percent-encoded byte, such as %2B',
    ],
    [
      'a body over the limit',
      { method: 'POST', url: '/api/v1/paths/validate', payload: { title: 'x'.repeat(4096) } },
      413,
      'the request body is larger than the 2048 bytes this route takes',
    ],
  ] as const)('answers %s with a problem', async (_case, request, status, detail) => {
    const response = await app().inject({
      ...request,
      headers: { ...as('ada'), ...('headers' in request ? request.headers : {}) },
    });
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ status, detail });
  });

  it('answers what Node cannot read as HTTP with a problem', async () => {
    await app().listen({ port: 0, host: '127.0.0.1' });
    const { port } = app().server.address() as AddressInfo;
    const tooLong = await rawExchange(
      port,
      `GET /api/v1/paths/${'x'.repeat(20_000)} HTTP/1.1\r\nHost: a\r\n\r\n`,
    );
    expect(tooLong).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(tooLong).toContain('Content-Type: application/problem+json');
    expect(JSON.parse(tooLong.slice(tooLong.indexOf('\r\n\r\n') + 4))).toEqual({
      type: 'about:blank',
      title: 'Request header fields too large',
      status: 431,
      detail: 'the URL and headers of the request are larger than the 16384 bytes the server takes',
    });
    const garbage = await rawExchange(port, 'HELLO\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(JSON.parse(garbage.slice(garbage.indexOf('\r\n\r\n') + 4))).toMatchObject({
      status: 400,
      detail: 'the request is not valid HTTP/1.1',
    });
  });
});
