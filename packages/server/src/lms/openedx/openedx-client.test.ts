// The Open edX client against the fake LMS: one shared token, renewed before it expires and once on
// 401; a 429 waited out as Retry-After says, 5xx retried with growing delays; requests paced to the
// rate; and what fails for good named, with the variables to check when the credentials are wrong.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeOpenedx } from '../../../test/fake-openedx.ts';
import { OpenedxClient, OpenedxError, type OpenedxClientOptions } from './openedx-client.ts';

let fake: FakeOpenedx;
beforeAll(async () => {
  fake = await FakeOpenedx.start();
  fake.courses = [{ id: 'course-v1:DemoU+DS100+2026', name: 'Data 100' }];
});
afterAll(() => fake.close());

const clientOf = (options: Partial<OpenedxClientOptions> = {}) =>
  new OpenedxClient({ ...fake.settings(), backoffMs: 10, ...options });
const readCatalog = (client: OpenedxClient) =>
  client.request('/api/courses/v1/courses/', { action: 'read the catalog' });

describe('the Open edX client', () => {
  it('asks for one JWT with the client credentials grant and shares it between requests', async () => {
    const client = clientOf();
    const before = fake.tokensIssued;
    const answers = await Promise.all([readCatalog(client), readCatalog(client), readCatalog(client)]);
    expect(answers.map(({ status }) => status)).toEqual([200, 200, 200]);
    expect(fake.tokensIssued - before).toBe(1);
    const tokenRequest = fake.requestsTo('/oauth2/access_token').at(-1)!;
    expect(tokenRequest.method).toBe('POST');
  });

  it('renews the token shortly before it expires, and the LMS refuses an expired one', async () => {
    fake.tokenLifetimeSeconds = 1;
    try {
      const client = clientOf({ tokenMarginMs: 300 });
      await readCatalog(client);
      const issued = fake.tokensIssued;
      await readCatalog(client);
      expect(fake.tokensIssued).toBe(issued);
      await sleep(750);
      await readCatalog(client);
      expect(fake.tokensIssued).toBe(issued + 1);

      const form = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: fake.clientId,
        client_secret: fake.clientSecret,
        token_type: 'jwt',
      });
      const issuedToken = (await (
        await fetch(`${fake.url}/oauth2/access_token`, { method: 'POST', body: form })
      ).json()) as { access_token: string; token_type: string; expires_in: number };
      expect(issuedToken).toMatchObject({ token_type: 'JWT', expires_in: 1 });
      expect(issuedToken.access_token.split('.')).toHaveLength(3);
      await sleep(1050);
      const refused = await fetch(`${fake.url}/api/courses/v1/courses/`, {
        headers: { authorization: `JWT ${issuedToken.access_token}` },
      });
      expect([refused.status, await refused.json()]).toEqual([401, { detail: 'Signature has expired.' }]);
    } finally {
      fake.tokenLifetimeSeconds = 3600;
    }
  });

  it('gets a new token, once, when the LMS refuses the one it has', async () => {
    const client = clientOf();
    await readCatalog(client);
    const issued = fake.tokensIssued;
    fake.revokeTokens();
    expect((await readCatalog(client)).status).toBe(200);
    expect(fake.tokensIssued).toBe(issued + 1);
  });

  it('waits as long as Retry-After says after a 429', async () => {
    const client = clientOf();
    await readCatalog(client);
    fake.failNext(1, { status: 429, retryAfter: 1 });
    const from = fake.requests.length;
    expect((await readCatalog(client)).status).toBe(200);
    const [throttled, retried] = fake.requests.slice(from);
    expect(retried!.at - throttled!.at).toBeGreaterThanOrEqual(990);
  });

  it('retries 5xx with exponentially growing delays', async () => {
    const client = clientOf({ backoffMs: 60 });
    await readCatalog(client);
    fake.failNext(2, { status: 500 });
    const from = fake.requests.length;
    expect((await readCatalog(client)).status).toBe(200);
    const times = fake.requests.slice(from).map(({ at }) => at);
    expect(times).toHaveLength(3);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(55);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(115);
  });

  it('gives up after its retries, saying what it tried', async () => {
    const client = clientOf({ retries: 2 });
    await readCatalog(client);
    fake.failNext(3, { status: 500 });
    const failure = await readCatalog(client).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OpenedxError);
    expect(failure).toMatchObject({
      status: 500,
      message: 'Open edX could not read the catalog: 500 (no details)',
    });
    const gone = await FakeOpenedx.start();
    await gone.close();
    await expect(
      clientOf({ url: gone.url, retries: 1 }).request('/api/courses/v1/courses/', {
        action: 'read the catalog',
      }),
    ).rejects.toThrow(
      `Open edX could not issue an access token to the service: connect ECONNREFUSED ${gone.url.slice('http://'.length)} (2 attempts)`,
    );
  });

  it('names the variables to check when the LMS refuses the client credentials', async () => {
    await expect(readCatalog(clientOf({ clientSecret: 'wrong' }))).rejects.toThrow(
      "Open edX refused the service's OAuth client (check OPENEDX_CLIENT_ID and OPENEDX_CLIENT_SECRET): 401 invalid_client",
    );
  });

  it("answers accepted statuses and refuses the others, with the LMS's reason", async () => {
    const client = clientOf();
    const lookup = (accept: boolean) =>
      client.request('/api/user/v1/accounts', {
        action: 'look up nobody',
        query: { username: 'nobody' },
        ...(accept ? { accept: ({ status }: { status: number }) => status === 404 } : {}),
      });
    expect(await lookup(true)).toEqual({ status: 404, body: null });
    await expect(lookup(false)).rejects.toThrow('Open edX could not look up nobody: 404 (no details)');
  });

  it('paces requests to the configured rate', async () => {
    const client = clientOf({ requestsPerSecond: 20 });
    await readCatalog(client);
    const started = Date.now();
    await Promise.all(Array.from({ length: 5 }, () => readCatalog(client)));
    expect(Date.now() - started).toBeGreaterThanOrEqual(4 * 50 - 5);
  });
});
