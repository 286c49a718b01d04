// The client when the session ends: calls refused together wait for one renewal and are sent again
// once with the new CSRF token; giving up rejects them all; the session routes' own 401s, and
// calls made when no one is signed in, are not held.
import { afterEach, expect, it, vi } from 'vitest';
import { ApiError, request, setCsrfToken, setSessionRenewal } from './client.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  setSessionRenewal(null);
  setCsrfToken(null);
});

const refused = () =>
  Response.json({ detail: 'the session has expired or ended: sign in again' }, { status: 401 });

/** Answers 401 while `signedIn.value` is false, else 200 with the CSRF token sent. */
function stubService(signedIn: { value: boolean }): string[] {
  const sent: string[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    const token = (init.headers as Record<string, string>)['x-csrf-token'] ?? '';
    sent.push(`${init.method} ${url} ${token}`);
    return Promise.resolve(signedIn.value ? Response.json({ token }) : refused());
  });
  return sent;
}

it('holds calls refused together for one renewal, then sends each again with the new token', async () => {
  const signedIn = { value: false };
  const sent = stubService(signedIn);
  setCsrfToken('old');
  let renewals = 0;
  let signInAgain!: () => void;
  setSessionRenewal(() => {
    renewals += 1;
    return new Promise((resolve) => {
      signInAgain = () => {
        signedIn.value = true;
        setCsrfToken('new');
        resolve(true);
      };
    });
  });
  const save = request('/api/v1/paths/k/draft', { method: 'PUT', body: {} });
  const read = request('/api/v1/paths');
  await vi.waitFor(() => expect(sent).toHaveLength(2));
  await Promise.resolve();
  signInAgain();
  expect(await save).toEqual({ token: 'new' });
  expect(await read).toEqual({ token: '' });
  expect(renewals).toBe(1);
  expect(sent).toEqual([
    'PUT /api/v1/paths/k/draft old',
    'GET /api/v1/paths ',
    'PUT /api/v1/paths/k/draft new',
    'GET /api/v1/paths ',
  ]);
});

it('rejects the calls held with the renewal’s error when the user gives up', async () => {
  stubService({ value: false });
  const gaveUp = new ApiError(401, 'Not done: your session has ended. Sign in again to continue.');
  setSessionRenewal(() => Promise.reject(gaveUp));
  await expect(request('/api/v1/paths')).rejects.toBe(gaveUp);
});

it('sends a call again once at most, so that a refusal for another reason is let through', async () => {
  const sent = stubService({ value: false });
  setSessionRenewal(() => Promise.resolve(true));
  await expect(request('/api/v1/paths')).rejects.toMatchObject({ status: 401 });
  expect(sent).toHaveLength(2);
});

it('lets through the 401s of signing in and of asking who is signed in, and any 401 when no one is', async () => {
  const sent = stubService({ value: false });
  await expect(request('/api/v1/paths')).rejects.toMatchObject({ status: 401 });
  const renewal = vi.fn(() => Promise.resolve(true));
  setSessionRenewal(renewal);
  await expect(request('/api/v1/session', { method: 'POST', body: {} })).rejects.toMatchObject({
    status: 401,
  });
  await expect(request('/api/v1/me')).rejects.toMatchObject({ status: 401 });
  expect(renewal).not.toHaveBeenCalled();
  expect(sent).toHaveLength(3);
});

it('asks about a refused write (403) whether the token is stale, and sends it again only then', async () => {
  const sent: string[] = [];
  vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
    const token = (init.headers as Record<string, string>)['x-csrf-token'] ?? '';
    sent.push(token);
    return Promise.resolve(
      token === 'fresh' ? Response.json({}) : Response.json({ detail: 'forbidden' }, { status: 403 }),
    );
  });
  setCsrfToken('stale');
  const renewal = vi.fn((status: 401 | 403) => {
    setCsrfToken('fresh');
    return Promise.resolve(status === 403);
  });
  setSessionRenewal(renewal);
  expect(await request('/api/v1/paths/k/draft', { method: 'PUT', body: {} })).toEqual({});
  expect(sent).toEqual(['stale', 'fresh']);
  setCsrfToken('other');
  renewal.mockImplementation(() => Promise.resolve(false));
  await expect(request('/api/v1/paths/k/draft', { method: 'PUT', body: {} })).rejects.toMatchObject({
    status: 403,
  });
  // A read refused is no stale token's doing: it is let through unasked.
  renewal.mockClear();
  await expect(request('/api/v1/paths')).rejects.toMatchObject({ status: 403 });
  expect(renewal).not.toHaveBeenCalled();
});
