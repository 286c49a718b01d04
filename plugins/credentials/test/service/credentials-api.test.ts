// The credentials plugin in the whole service on SQLite, over HTTP, with the demo institution: the
// backfill at start, a learner's list, the public addresses (verified with the signing core's
// verifier and with an independent one), the event path, revocation, privacy and who may do what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../../test/plugin-service.ts';
import type { OpenBadgeCredential } from '../../src/signing/open-badge.ts';
import type { Signed } from '../../src/signing/sign.ts';
import { isRevoked, type StatusListCredential } from '../../src/signing/status-list.ts';
import { verifyCredential } from '../../src/signing/verify.ts';
import { verifyIndependently } from '../signing/independent-verifier.ts';
import {
  achievedTiers,
  backfillFinished,
  deliverTierAchieved,
  DS,
  eventually,
  loadAgain,
  publicGet,
  signIn,
  startCredentials,
  storedCredentials,
  tablesOf,
  verifierView,
} from './credentials-service.ts';

type SignedBadge = Signed<OpenBadgeCredential>;

interface Item {
  id: string;
  url: string;
  pathKey: string;
  tierId: string;
  title: string;
  issuedAt: string;
  revoked: boolean;
  public: boolean;
}

/** The foundation tier of the data-science path: introduction, then statistics and machine learning. */
const FOUNDATION_COURSES = [
  'course-v1:DemoU+DS100+2026',
  'course-v1:DemoU+DS110+2026',
  'course-v1:DemoU+DS120+2026',
];

describe('the credentials plugin', { timeout: 60_000 }, () => {
  let service: RunningService;
  /** A demo learner with a credential on the data-science path, and that credential. */
  let learner: string;
  let credentialId: string;

  beforeAll(async () => {
    service = await startCredentials();
    await backfillFinished(service);
    const first = (await storedCredentials(service)).find((row) => row.path_key === DS);
    if (!first) throw new Error('the demo has no credential on the data-science path');
    learner = first.learner;
    credentialId = first.id;
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
  });

  /** GET as the demo learner, signed in by their session cookie. */
  async function asLearner(path: string): Promise<Response> {
    const { cookie } = await signIn(service, learner);
    return fetch(`${service.address}${path}`, { headers: { cookie } });
  }

  it('issues, at start, one credential for every tier the demo learners have achieved', async () => {
    const achieved = await achievedTiers(service);
    const issued = (await storedCredentials(service)).map(
      (row) => `${row.learner} ${row.path_key} ${row.tier}`,
    );
    expect(achieved.length).toBeGreaterThan(10);
    expect(issued.sort()).toEqual(achieved.sort());
    const entries = (await storedCredentials(service)).map((row) => `${row.status_list}#${row.status_index}`);
    expect(new Set(entries).size).toBe(entries.length);
    const { first, last } = await tablesOf(service)
      .selectFrom('plugin_credentials_audit')
      .select((eb) => [eb.fn.min('at').as('first'), eb.fn.max('at').as('last')])
      .where('action', '=', 'issued')
      .executeTakeFirstOrThrow();
    const seconds = (Date.parse(last) - Date.parse(first)) / 1000;
    console.info(
      `backfill: ${issued.length} credentials in ${seconds} s (${Math.round(issued.length / seconds)}/s)`,
    );
  });

  it('lists a learner their credentials, and answers no one else', async () => {
    const response = await asLearner('/api/v1/me/credentials');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { items } = (await response.json()) as { items: Item[] };
    const item = items.find((candidate) => candidate.id === credentialId);
    expect(item).toMatchObject({
      pathKey: DS,
      url: `http://localhost:3000/credentials/${credentialId}`,
      revoked: false,
      public: true,
    });
    expect(['Foundation Certificate', 'Advanced Certificate']).toContain(item?.title);
    expect((await service.call('maya', 'GET', '/api/v1/me/credentials')).body).toEqual({ items: [] });
    expect((await publicGet(service, '/api/v1/me/credentials')).status).toBe(401);
  });

  it('publishes a signed credential that both verifiers accept, and a tampered copy that neither does', async () => {
    const response = await publicGet(service, `/credentials/${credentialId}.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/vc+ld+json');
    const signed = (await response.json()) as SignedBadge;
    expect(signed).toMatchObject({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'did:web:localhost%3A3000', type: ['Profile'], name: 'Learning Paths' },
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [{ type: 'IdentityObject', identityType: 'emailAddress', hashed: true }],
        achievement: { type: ['Achievement'], achievementType: 'Certificate' },
      },
      credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: 'revocation' },
      proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' },
    });
    expect(signed.credentialSubject.achievement.criteria.narrative).toContain('Introduction to Data Science');
    expect(signed.credentialSubject.achievement.alignment?.[0]?.targetName).toBe('statistics');

    const verifier = await verifierView(service, signed.credentialStatus.statusListCredential);
    const statusList = () => verifier.statusList;
    expect(await verifyCredential(signed, { loader: verifier.loader, statusList })).toEqual({
      verified: true,
      revoked: false,
      problems: [],
    });
    expect(await verifyIndependently({ ...signed }, verifier)).toEqual({ verified: true });
    expect(await verifyIndependently(verifier.statusList, verifier)).toEqual({ verified: true });

    const tampered = structuredClone(signed);
    tampered.credentialSubject.achievement.name = 'Doctorate in Everything';
    expect((await verifyCredential(tampered, { loader: verifier.loader, statusList })).verified).toBe(false);
    expect((await verifyIndependently({ ...tampered }, verifier)).verified).toBe(false);

    // The page gives the same JSON to a wallet asking for JSON-LD.
    const negotiated = await publicGet(service, `/credentials/${credentialId}`, {
      accept: 'application/ld+json',
    });
    expect(await negotiated.json()).toEqual(signed);
  });

  it('publishes the DID document with every key and no secret', async () => {
    const response = await publicGet(service, '/.well-known/did.json', {
      origin: 'https://verifier.example',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const text = await response.text();
    expect(text).not.toMatch(/secret/i);
    const did = JSON.parse(text) as {
      id: string;
      verificationMethod: { id: string }[];
      assertionMethod: string[];
    };
    expect(did.id).toBe('did:web:localhost%3A3000');
    const { proof } = (await (
      await publicGet(service, `/credentials/${credentialId}.json`)
    ).json()) as SignedBadge;
    expect(did.assertionMethod).toContain(proof.verificationMethod);
    expect(did.verificationMethod.map((method) => method.id)).toContain(proof.verificationMethod);
  });

  it('shows a verification page for people, and a PDF', async () => {
    const response = await publicGet(service, `/credentials/${credentialId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toMatch(
      /^default-src 'none'; style-src 'sha256-/,
    );
    const page = await response.text();
    const user = await tablesOf(service)
      .selectFrom('plugin_credentials')
      .select('learner')
      .executeTakeFirst();
    expect(user).toBeDefined();
    const { display_name: name } = await service.store.db
      .selectFrom('users')
      .select('display_name')
      .where('username', '=', learner)
      .executeTakeFirstOrThrow();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain(`Awarded to <strong>${name}</strong>`);
    expect(page).toContain('Data Science Foundations');
    expect(page).toContain('✓ Valid');
    expect(page).not.toMatch(/<script/i);
    const linkedIn = /href="(https:\/\/www\.linkedin\.com\/profile\/add\?[^"]+)"/.exec(page)?.[1];
    const query = new URL((linkedIn ?? '').replaceAll('&amp;', '&')).searchParams;
    expect(Object.fromEntries(query)).toMatchObject({
      startTask: 'CERTIFICATION_NAME',
      organizationName: 'Learning Paths',
      certUrl: `http://localhost:3000/credentials/${credentialId}`,
      certId: credentialId,
    });
    expect(query.get('issueYear')).toMatch(/^\d{4}$/);

    const pdf = await publicGet(service, `/credentials/${credentialId}.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(
      /^inline; filename="path-v1_DemoU_DS_2026_spring-/,
    );
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    expect((await publicGet(service, '/credentials/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await publicGet(service, '/credentials/not-an-id')).status).toBe(404);
  });

  it('issues a credential within moments of the fact that achieves a tier', async () => {
    const enrolled = await service.call(
      'ops',
      'POST',
      `/api/v1/paths/${encodeURIComponent(DS)}/enrollments`,
      {
        learners: ['maya'],
      },
    );
    expect(enrolled.status).toBe(200);
    const started = Date.now();
    const facts = await service.call('ops', 'POST', '/api/v1/facts', {
      facts: FOUNDATION_COURSES.map((course) => ({
        user: 'maya',
        course,
        time: new Date().toISOString(),
        completion: 1,
        grade: 0.95,
        passed: true,
      })),
    });
    expect(facts.status).toBe(200);
    const items = await eventually('maya has her credential', async () => {
      const { body } = await service.call('maya', 'GET', '/api/v1/me/credentials');
      return (body as { items: Item[] }).items.length > 0 ? (body as { items: Item[] }).items : null;
    });
    console.info(`tier achieved → credential listed: ${Date.now() - started} ms`);
    expect(items).toEqual([expect.objectContaining({ pathKey: DS, tierId: 'foundation', revoked: false })]);
  });

  it('issues once for a tier, however often its event comes', async () => {
    const loaded = await loadAgain(service);
    const before = (await storedCredentials(service)).length;
    await Promise.all(
      [1, 2, 3].map(() => deliverTierAchieved(loaded, { pathKey: DS, learner: 'maya', tier: 'foundation' })),
    );
    expect((await storedCredentials(service)).length).toBe(before);
  });

  it('lets staff of the path list its credentials, and no one else', async () => {
    const path = `/api/v1/paths/${encodeURIComponent(DS)}/credentials`;
    const listed = await service.call('teacher', 'GET', `${path}?limit=5`);
    expect(listed.status).toBe(200);
    const { items, total } = listed.body as {
      items: (Item & { learner: { username: string } })[];
      total: number;
    };
    expect(items).toHaveLength(5);
    expect(total).toBe((await storedCredentials(service)).filter((row) => row.path_key === DS).length);
    expect(items[0]?.learner.username).toMatch(/^(learner\d{3}|maya)$/);
    const foundation = await service.call('ops', 'GET', `${path}?tier=foundation&limit=200`);
    expect((foundation.body as { items: Item[] }).items.every((item) => item.tierId === 'foundation')).toBe(
      true,
    );
    expect((await service.call('maya', 'GET', path)).status).toBe(404);
    expect((await service.call('outsider', 'GET', path)).status).toBe(404);
    expect((await service.call('ops', 'GET', `${path}?limit=0`)).body).toMatchObject({
      status: 400,
      errors: [expect.objectContaining({ pointer: '/query/limit' })],
    });
  });

  it('lets authors revoke, with a reason the public never sees; the status list says so', async () => {
    const revoke = `/api/v1/credentials/${credentialId}/revoke`;
    const reason = 'Academic misconduct found by the review board';
    expect((await service.call('teacher', 'POST', revoke, { reason })).status).toBe(403);
    const outsider = await service.call('outsider', 'POST', revoke, { reason });
    expect(outsider.status).toBe(404);
    expect(JSON.stringify(outsider.body)).not.toContain(DS);
    expect((await service.call('maya', 'POST', revoke, { reason })).status).toBe(404);
    expect((await service.call('writer', 'POST', revoke, { reason: '  ' })).body).toMatchObject({
      status: 400,
      errors: [expect.objectContaining({ pointer: '/reason' })],
    });
    expect((await service.call('writer', 'POST', revoke, { reason: 'x'.repeat(501) })).status).toBe(400);

    const revoked = await service.call('writer', 'POST', revoke, { reason });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ id: credentialId, revoked: true });
    expect((await service.call('writer', 'POST', revoke, { reason })).status).toBe(409);

    const signed = (await (
      await publicGet(service, `/credentials/${credentialId}.json`)
    ).json()) as SignedBadge;
    const verifier = await verifierView(service, signed.credentialStatus.statusListCredential);
    const list = verifier.statusList as unknown as Signed<StatusListCredential>;
    expect(
      await isRevoked(list.credentialSubject.encodedList, Number(signed.credentialStatus.statusListIndex)),
    ).toBe(true);
    expect(await verifyIndependently(verifier.statusList, verifier)).toEqual({ verified: true });
    expect(
      await verifyCredential(signed, { loader: verifier.loader, statusList: () => verifier.statusList }),
    ).toMatchObject({
      verified: false,
      revoked: true,
    });

    const page = await (await publicGet(service, `/credentials/${credentialId}`)).text();
    expect(page).toMatch(/Revoked on \d{1,2} \w+ \d{4}/);
    expect(page).not.toContain('misconduct');
    const learnerList = (await (await asLearner('/api/v1/me/credentials')).json()) as { items: Item[] };
    expect(learnerList.items.find((item) => item.id === credentialId)).toMatchObject({ revoked: true });
    expect(JSON.stringify(learnerList)).not.toContain('misconduct');
    const staffList = await service.call(
      'teacher',
      'GET',
      `/api/v1/paths/${encodeURIComponent(DS)}/credentials?revoked=true`,
    );
    expect(staffList.body).toMatchObject({
      total: 1,
      items: [{ id: credentialId, revoked: true, revokedBy: 'writer', revokedReason: reason }],
    });
    const audit = await tablesOf(service)
      .selectFrom('plugin_credentials_audit')
      .select(['action', 'actor', 'reason'])
      .where('credential_id', '=', credentialId)
      .orderBy('at')
      .execute();
    expect(audit).toEqual([
      { action: 'issued', actor: 'service', reason: null },
      { action: 'revoked', actor: 'writer', reason },
    ]);
  });

  it('hides a private credential from everyone but its learner', async () => {
    const [item] = (await service.call('maya', 'GET', '/api/v1/me/credentials')).body.items as Item[];
    const id = item!.id;
    expect(
      (await service.call('ops', 'PATCH', `/api/v1/me/credentials/${id}`, { public: false })).status,
    ).toBe(404);
    const made = await service.call('maya', 'PATCH', `/api/v1/me/credentials/${id}`, { public: false });
    expect(made).toMatchObject({ status: 200, body: { id, public: false } });
    for (const suffix of ['', '.json', '.pdf']) {
      expect((await publicGet(service, `/credentials/${id}${suffix}`)).status).toBe(404);
      const own = await publicGet(service, `/credentials/${id}${suffix}`, service.headers('maya'));
      expect(own.status).toBe(200);
      expect(own.headers.get('cache-control')).toBe('no-store');
    }
    const page = await (await publicGet(service, `/credentials/${id}`, service.headers('maya'))).text();
    expect(page).toContain('only you can see this page');
    expect(page).not.toContain('linkedin.com');
    expect(
      (await service.call('maya', 'PATCH', `/api/v1/me/credentials/${id}`, { public: 'no' })).status,
    ).toBe(400);
    await service.call('maya', 'PATCH', `/api/v1/me/credentials/${id}`, { public: true });
    expect((await publicGet(service, `/credentials/${id}`)).status).toBe(200);
  });

  it('issues what is missing on its next backfill pass', async () => {
    const gone = (await storedCredentials(service))
      .filter((row) => row.learner.startsWith('learner0'))
      .slice(0, 3);
    await tablesOf(service)
      .deleteFrom('plugin_credentials')
      .where(
        'id',
        'in',
        gone.map((row) => row.id),
      )
      .execute();
    const loaded = await loadAgain(service);
    await loaded.jobs[0]!.job.run(new Date().toISOString());
    const now = (await storedCredentials(service)).map((row) => `${row.learner} ${row.path_key} ${row.tier}`);
    for (const row of gone) expect(now).toContain(`${row.learner} ${row.path_key} ${row.tier}`);
  });
});
