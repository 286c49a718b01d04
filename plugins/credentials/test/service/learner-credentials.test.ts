// The learner's side of the credentials plugin in the whole service on SQLite, over HTTP: a wallet
// offer claimed as the Learner Credential Wallet claims it (once, in time, with the challenge), the
// learner's own DID and the credentials it names, and the issuer key's rotation by its CLI command
// (earlier credentials still verify; new ones and re-signed status lists use the new key).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../../test/plugin-service.ts';
import type { OpenBadgeCredential } from '../../src/signing/open-badge.ts';
import type { Signed } from '../../src/signing/sign.ts';
import { verifyIndependently } from '../signing/independent-verifier.ts';
import {
  backfillFinished,
  deliverTierAchieved,
  DS,
  loadAgain,
  publicGet,
  signIn,
  startCredentials,
  storedCredentials,
  tablesOf,
  verifierView,
} from './credentials-service.ts';

type SignedBadge = Signed<OpenBadgeCredential>;

/** A did:key of Ed25519, as wallets make them. */
const MAYA_DID = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';

/** What the Learner Credential Wallet posts to the offer's address: a DID-Auth presentation. */
function didAuthPresentation(challenge: string) {
  return {
    '@context': ['https://www.w3.org/2018/credentials/v1'],
    type: ['VerifiablePresentation'],
    holder: MAYA_DID,
    proof: {
      type: 'Ed25519Signature2020',
      created: new Date().toISOString(),
      verificationMethod: `${MAYA_DID}#${MAYA_DID.slice('did:key:'.length)}`,
      proofPurpose: 'authentication',
      challenge,
      proofValue: 'z3FXQjecWufY46yg5abdVZsXqLhxhueuSoZgNSARiKBk9czhSePTFehP8c3PGfb6a22gkfUKods5D2UJ6Di4UA6ga',
    },
  };
}

describe('the learner’s credentials: wallet, DID, key rotation', { timeout: 60_000 }, () => {
  let service: RunningService;
  /** A demo learner's credential from the backfill, and its learner. */
  let held: { id: string; learner: string };

  beforeAll(async () => {
    service = await startCredentials();
    await backfillFinished(service);
    const first = (await storedCredentials(service)).find((row) => row.path_key === DS);
    if (!first) throw new Error('the demo has no credential on the data-science path');
    held = first;
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
  });

  /** POSTs to the offer's address as a wallet does: no sign-in, JSON. */
  function claim(url: string, body: unknown, headers: Record<string, string> = {}) {
    return fetch(`${service.address}${new URL(url).pathname}`, {
      method: 'POST',
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? null : JSON.stringify(body),
    });
  }

  async function offer(username: string, id: string) {
    return service.call(username, 'POST', `/api/v1/me/credentials/${id}/wallet-offers`);
  }

  it('offers a credential to its learner’s wallet once, for ten minutes, and to no one else', async () => {
    expect((await offer('maya', held.id)).status).toBe(404);
    const { cookie, csrfToken } = await signIn(service, held.learner);
    const made = await fetch(`${service.address}/api/v1/me/credentials/${held.id}/wallet-offers`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(made.status).toBe(201);
    expect(made.headers.get('cache-control')).toBe('no-store');
    const { deepLink, expiresAt } = (await made.json()) as { deepLink: string; expiresAt: string };
    const link = new URL(deepLink);
    expect(link.origin + link.pathname).toBe('https://lcw.app/request.html');
    expect(link.searchParams.get('issuer')).toBe('did:web:localhost%3A3000');
    expect(link.searchParams.get('auth_type')).toBe('bearer');
    const challenge = link.searchParams.get('challenge')!;
    const requestUrl = link.searchParams.get('vc_request_url')!;
    expect(requestUrl).toMatch(/^http:\/\/localhost:3000\/credentials\/offers\/[0-9a-f-]{36}$/);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(9 * 60_000);
    const stored = await tablesOf(service)
      .selectFrom('plugin_credentials_wallet_offers')
      .selectAll()
      .execute();
    expect(JSON.stringify(stored)).not.toContain(challenge);

    expect((await claim(requestUrl, didAuthPresentation('not-the-challenge'))).status).toBe(404);
    expect((await claim(requestUrl, {})).status).toBe(404);
    const claimed = await claim(requestUrl, didAuthPresentation(challenge));
    expect(claimed.status).toBe(200);
    expect(claimed.headers.get('cache-control')).toBe('no-store');
    const signed = (await claimed.json()) as SignedBadge;
    expect(signed).toEqual(await (await publicGet(service, `/credentials/${held.id}.json`)).json());
    expect((await claim(requestUrl, didAuthPresentation(challenge))).status).toBe(404);

    // A Bearer token works as well as the presentation's challenge; an expired offer answers nothing.
    const second = new URL(((await offerAs(held.learner)) as { deepLink: string }).deepLink);
    const secondUrl = second.searchParams.get('vc_request_url')!;
    await tablesOf(service)
      .updateTable('plugin_credentials_wallet_offers')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', new URL(secondUrl).pathname.split('/').pop()!)
      .execute();
    const bearer = { authorization: `Bearer ${second.searchParams.get('challenge')!}` };
    expect((await claim(secondUrl, {}, bearer)).status).toBe(404);
    const third = new URL(((await offerAs(held.learner)) as { deepLink: string }).deepLink);
    const thirdClaim = await claim(third.searchParams.get('vc_request_url')!, undefined, {
      authorization: `Bearer ${third.searchParams.get('challenge')!}`,
    });
    expect(thirdClaim.status).toBe(200);

    const audit = await tablesOf(service)
      .selectFrom('plugin_credentials_audit')
      .select(['action', 'actor'])
      .where('credential_id', '=', held.id)
      .where('action', 'in', ['offered', 'claimed'])
      .orderBy('at')
      .execute();
    expect(audit.filter((entry) => entry.action === 'offered')).toHaveLength(3);
    expect(audit.filter((entry) => entry.action === 'claimed')).toEqual([
      { action: 'claimed', actor: held.learner },
      { action: 'claimed', actor: held.learner },
    ]);
  });

  it('keeps a learner’s DID for wallets, checked, and only theirs', async () => {
    const address = '/api/v1/me/credentials/did';
    expect(await service.call('maya', 'GET', address)).toMatchObject({
      status: 200,
      body: { did: null, updatedAt: null },
    });
    for (const did of ['did:example:123', 'did:key:0OIl', 'not a did', `did:web:${'a'.repeat(500)}.org`]) {
      const refused = await service.call('maya', 'PUT', address, { did });
      expect(refused).toMatchObject({
        status: 400,
        body: { errors: [expect.objectContaining({ pointer: '/did' })] },
      });
    }
    expect(
      (await service.call('maya', 'PUT', address, { did: 'did:web:maya.example.org%3A8443:me' })).status,
    ).toBe(200);
    const saved = await service.call('maya', 'PUT', address, { did: MAYA_DID });
    expect(saved).toMatchObject({ status: 200, body: { did: MAYA_DID } });
    expect((await service.call('maya', 'GET', address)).body).toMatchObject({ did: MAYA_DID });
    expect((await service.call('ops', 'GET', address)).body).toMatchObject({ did: null });
    const response = await fetch(`${service.address}${address}`, { headers: service.headers('maya') });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await publicGet(service, address)).status).toBe(401);
  });

  it('rotates the key: earlier credentials still verify, new ones and re-signed lists use the new key', async () => {
    const before = (await (await publicGet(service, `/credentials/${held.id}.json`)).json()) as SignedBadge;
    const loaded = await loadAgain(service);
    const command = loaded.commands.find((entry) => entry.words.join(' ') === 'credentials rotate-key');
    expect(command).toBeDefined();
    const printed: string[] = [];
    const io = { out: (text: string) => printed.push(text), err: (text: string) => printed.push(text) };
    expect(await command!.command.run({ arguments: [], options: { json: true } }, io)).toBeUndefined();
    const rotation = JSON.parse(printed.join('\n')) as { verificationMethod: string; published: string[] };
    expect(rotation.verificationMethod).toMatch(/^did:web:localhost%3A3000#z6Mk/);
    expect(rotation.verificationMethod).not.toBe(before.proof.verificationMethod);
    expect(rotation.published).toEqual([before.proof.verificationMethod, rotation.verificationMethod]);
    const secrets = await tablesOf(service)
      .selectFrom('plugin_credentials_keys')
      .select('secret_key_multibase')
      .execute();
    for (const { secret_key_multibase: secret } of secrets) expect(printed.join('\n')).not.toContain(secret);
    const { verificationMethod: newKey } = rotation;

    // The earlier credential, against the DID document served now.
    const verifier = await verifierView(service, before.credentialStatus.statusListCredential);
    expect(await verifyIndependently({ ...before }, verifier)).toEqual({ verified: true });

    // Maya's first credential comes after the rotation, and after she gave her DID.
    await deliverTierAchieved(loaded, { pathKey: DS, learner: 'maya', tier: 'foundation' });
    const { items } = (await service.call('maya', 'GET', '/api/v1/me/credentials')).body as {
      items: { id: string }[];
    };
    const [item] = items;
    const issued = (await (await publicGet(service, `/credentials/${item!.id}.json`)).json()) as SignedBadge;
    expect(issued.proof.verificationMethod).toBe(newKey);
    expect(issued.credentialSubject.id).toBe(MAYA_DID);
    expect(issued.credentialSubject).not.toHaveProperty('identifier');
    const now = await verifierView(service, issued.credentialStatus.statusListCredential);
    expect(await verifyIndependently({ ...issued }, now)).toEqual({ verified: true });

    // Revoking re-signs the list with the new key; the list still verifies.
    const revoked = await service.call('writer', 'POST', `/api/v1/credentials/${held.id}/revoke`, {
      reason: 'Issued in error',
    });
    expect(revoked.status).toBe(200);
    const afterRevocation = await verifierView(service, before.credentialStatus.statusListCredential);
    expect((afterRevocation.statusList.proof as { verificationMethod: string }).verificationMethod).toBe(
      newKey,
    );
    expect(await verifyIndependently(afterRevocation.statusList, afterRevocation)).toEqual({
      verified: true,
    });
    expect((await offerAs(held.learner, 409)) as { status: number }).toMatchObject({ status: 409 });

    // Removing the DID: the next credential names her by her hashed email again.
    expect((await service.call('maya', 'DELETE', '/api/v1/me/credentials/did')).status).toBe(204);
    expect((await service.call('maya', 'GET', '/api/v1/me/credentials/did')).body).toMatchObject({
      did: null,
    });
  });

  /** A new offer of the held credential by its learner, signed in; the problem when `expected` is not 201. */
  async function offerAs(username: string, expected = 201): Promise<unknown> {
    const { cookie, csrfToken } = await signIn(service, username);
    const response = await fetch(`${service.address}/api/v1/me/credentials/${held.id}/wallet-offers`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(response.status).toBe(expected);
    return response.json();
  }
});
