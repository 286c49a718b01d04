// The staff's side of the credentials plugin in the whole service on SQLite, over HTTP, with the demo
// institution: a tier's credential template (who may read and save it, its validation, its audit,
// the sample PDF) used by the next credential issued and by no credential issued before; and a path's
// credentials searched, exported as CSV (its cells safe from spreadsheets) and revocable by authors.
// The same queries on PostgreSQL when it answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG_1X1 } from '../../../../packages/server/test/sample-images.ts';
import type { RunningService } from '../../../test/plugin-service.ts';
import { freshPostgresDatabase, postgresAnswers } from '../../../test/postgres-database.ts';
import type { OpenBadgeCredential } from '../../src/signing/open-badge.ts';
import {
  backfillFinished,
  DS,
  eventually,
  publicGet,
  startCredentials,
  tablesOf,
} from './credentials-service.ts';

const paths = `/api/v1/paths/${encodeURIComponent(DS)}`;
const templates = `${paths}/credential-templates`;
const foundation = `${templates}/foundation`;
const NONE = { name: null, description: null, achievementType: null, image: null, criteria: null };

/** The foundation tier of the data-science path: introduction, then statistics and machine learning. */
const FOUNDATION_COURSES = [
  'course-v1:DemoU+DS100+2026',
  'course-v1:DemoU+DS110+2026',
  'course-v1:DemoU+DS120+2026',
];

interface StaffItem {
  id: string;
  url: string;
  tierId: string;
  title: string;
  revoked: boolean;
  learner: { username: string; name: string | null };
}

describe('the staff’s credentials', { timeout: 60_000 }, () => {
  let service: RunningService;

  beforeAll(async () => {
    service = await startCredentials();
    await backfillFinished(service);
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
  });

  /** The signed credential behind an item, as anyone fetches it. */
  async function signedOf(url: string): Promise<OpenBadgeCredential> {
    return (await (await publicGet(service, `${new URL(url).pathname}.json`)).json()) as OpenBadgeCredential;
  }

  it('shows the tiers’ templates to the path’s staff, editable by its authors only', async () => {
    const read = await service.call('teacher', 'GET', templates);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      canEdit: false,
      issuer: { name: 'Learning Paths' },
      achievementType: 'Certificate',
      items: expect.arrayContaining([
        expect.objectContaining({
          tierId: 'foundation',
          template: NONE,
          customised: [],
          effective: expect.objectContaining({
            achievementType: 'Certificate',
            criteria: expect.stringContaining('Achieved by meeting every requirement below'),
          }),
        }),
      ]),
    });
    expect((await service.call('writer', 'GET', templates)).body).toMatchObject({ canEdit: true });
    expect((await service.call('maya', 'GET', templates)).status).toBe(404);
    expect((await service.call('outsider', 'GET', templates)).status).toBe(404);

    const body = { ...NONE, name: 'Data Foundations' };
    expect((await service.call('teacher', 'PUT', foundation, body)).status).toBe(403);
    expect((await service.call('outsider', 'PUT', foundation, body)).status).toBe(404);
    expect((await service.call('maya', 'PUT', foundation, body)).status).toBe(404);
    const refusals = await Promise.all(
      [
        { ...NONE, name: '   ' },
        { ...NONE, achievementType: 'Trophy' },
        { ...NONE, image: 'javascript:alert(1)' },
        { ...NONE, criteria: 'x'.repeat(5001) },
      ].map(async (wrong) => (await service.call('writer', 'PUT', foundation, wrong)).body),
    );
    expect(refusals.map((problem) => problem.errors?.[0]?.pointer)).toEqual([
      '/name',
      '/achievementType',
      '/image',
      '/criteria',
    ]);
    expect((await service.call('writer', 'PUT', `${templates}/not%20a%20tier`, body)).status).toBe(400);
  });

  it('issues the next credential with the saved template, and leaves those issued before as signed', async () => {
    const before = await tablesOf(service)
      .selectFrom('plugin_credentials')
      .select(['id', 'credential'])
      .where('path_key', '=', DS)
      .where('tier', '=', 'foundation')
      .executeTakeFirstOrThrow();
    const upload = await fetch(`${service.address}/api/v1/images`, {
      method: 'POST',
      headers: { ...service.headers('writer'), 'content-type': 'image/png' },
      body: PNG_1X1,
    });
    const { url: image } = (await upload.json()) as { url: string };
    const saved = await service.call('writer', 'PUT', foundation, {
      name: 'Data Foundations',
      description: 'Statistics and machine learning, from the ground up.',
      achievementType: 'Badge',
      image,
      criteria: 'Pass the three foundation courses.',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      tierId: 'foundation',
      customised: ['name', 'description', 'achievementType', 'image', 'criteria'],
      effective: { name: 'Data Foundations', achievementType: 'Badge' },
      updatedBy: 'writer',
    });
    const audit = await tablesOf(service)
      .selectFrom('plugin_credentials_template_audit')
      .selectAll()
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({
        path_key: DS,
        tier: 'foundation',
        actor: 'writer',
        customised: 'name,description,achievementType,image,criteria',
      }),
    ]);

    expect((await service.call('ops', 'POST', `${paths}/enrollments`, { learners: ['maya'] })).status).toBe(
      200,
    );
    const facts = FOUNDATION_COURSES.map((course) => ({
      user: 'maya',
      course,
      time: new Date().toISOString(),
      completion: 1,
      grade: 0.95,
      passed: true,
    }));
    expect((await service.call('ops', 'POST', '/api/v1/facts', { facts })).status).toBe(200);
    const [item] = await eventually('maya has her credential', async () => {
      const { body } = await service.call('maya', 'GET', '/api/v1/me/credentials');
      return (body as { items: StaffItem[] }).items.length > 0
        ? (body as { items: StaffItem[] }).items
        : null;
    });
    expect(item?.title).toBe('Data Foundations');
    const signed = await signedOf(item!.url);
    expect(signed.name).toMatch(/^Data Foundations: /);
    expect(signed.credentialSubject.achievement).toMatchObject({
      name: 'Data Foundations',
      description: 'Statistics and machine learning, from the ground up.',
      achievementType: 'Badge',
      criteria: { narrative: 'Pass the three foundation courses.' },
      image: { id: `http://localhost:3000${image}`, type: 'Image' },
    });
    const unchanged = await tablesOf(service)
      .selectFrom('plugin_credentials')
      .select('credential')
      .where('id', '=', before.id)
      .executeTakeFirstOrThrow();
    expect(unchanged.credential).toBe(before.credential);

    // Back to what the path generates: every field null again.
    const reset = await service.call('writer', 'PUT', foundation, NONE);
    expect(reset.body).toMatchObject({ template: NONE, customised: [] });
  });

  it('renders the certificate for a sample learner from the name being typed', async () => {
    const preview = await fetch(`${service.address}${foundation}/preview.pdf?name=Data%20Foundations`, {
      headers: service.headers('teacher'),
    });
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('application/pdf');
    expect(preview.headers.get('cache-control')).toBe('no-store');
    expect(
      Buffer.from(await preview.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await service.call('maya', 'GET', `${foundation}/preview.pdf?name=x`)).status).toBe(404);
    expect((await service.call('teacher', 'GET', `${foundation}/preview.pdf`)).body).toMatchObject({
      status: 400,
      errors: [expect.objectContaining({ pointer: '/query/name' })],
    });
  });

  it('searches the path’s credentials, says who may revoke, and exports them as safe CSV', async () => {
    const list = (who: string, query: string) => service.call(who, 'GET', `${paths}/credentials?${query}`);
    expect((await list('teacher', 'limit=1')).body).toMatchObject({ canRevoke: false });
    expect((await list('writer', 'limit=1')).body).toMatchObject({ canRevoke: true });
    const named = ((await list('teacher', 'limit=200')).body as { items: StaffItem[] }).items.find(
      (item) => item.learner.name !== null,
    )!;
    const bySurname = named.learner.name!.split(' ').at(-1)!.toUpperCase();
    const found = (await list('teacher', `limit=200&search=${encodeURIComponent(bySurname)}`)).body as {
      items: StaffItem[];
      total: number;
    };
    expect(found.items.map((item) => item.learner.username)).toContain(named.learner.username);
    expect(found.items.every((item) => item.learner.name?.toUpperCase().includes(bySurname))).toBe(true);
    expect((await list('teacher', 'search=maya')).body).toMatchObject({
      total: 1,
      items: [{ learner: { username: 'maya' } }],
    });
    expect((await list('teacher', 'search=nobody-at-all')).body).toMatchObject({ total: 0, items: [] });
    expect((await list('teacher', `search=${'x'.repeat(201)}`)).status).toBe(400);

    const reason = '=HYPERLINK("http://evil.example","click"), then -1';
    const mayas = (await list('writer', 'search=maya')).body as { items: StaffItem[] };
    expect(
      (await service.call('writer', 'POST', `/api/v1/credentials/${mayas.items[0]!.id}/revoke`, { reason }))
        .status,
    ).toBe(200);
    const csv = await fetch(`${service.address}${paths}/credentials.csv?revoked=true`, {
      headers: service.headers('teacher'),
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(
      'attachment; filename="path-v1_DemoU_DS_2026_spring-credentials.csv"',
    );
    const lines = (await csv.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Learner,Name,Tier,Issued,Status,Revoked on,Reason,URL');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      /^maya,,Data Foundations,\d{4}-[^,]+,Revoked,\d{4}-[^,]+,"'=HYPERLINK\(""http:\/\/evil\.example"",""click""\), then -1",http:\/\/localhost:3000\/credentials\/[\w-]+$/,
    );
    const all = await fetch(`${service.address}${paths}/credentials.csv`, {
      headers: service.headers('ops'),
    });
    const total = ((await list('ops', 'limit=1')).body as { total: number }).total;
    expect((await all.text()).trimEnd().split('\r\n')).toHaveLength(total + 1);
    expect(
      (await fetch(`${service.address}${paths}/credentials.csv`, { headers: service.headers('maya') }))
        .status,
    ).toBe(404);
  });
});

describe.runIf(await postgresAnswers())('the staff’s credentials on PostgreSQL', { timeout: 60_000 }, () => {
  let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  let service: RunningService;

  beforeAll(async () => {
    database = await freshPostgresDatabase();
    service = await startCredentials({ DATABASE_URL: database.url });
    await backfillFinished(service);
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
    await database?.drop();
  });

  it('saves a template over an earlier one, and searches and exports the credentials', async () => {
    await service.call('writer', 'PUT', foundation, { ...NONE, name: 'First' });
    const saved = await service.call('writer', 'PUT', foundation, { ...NONE, achievementType: 'Badge' });
    expect(saved.body).toMatchObject({ template: { ...NONE, achievementType: 'Badge' } });
    const read = (await service.call('teacher', 'GET', templates)).body as { items: { tierId: string }[] };
    expect(read.items.filter((item) => item.tierId === 'foundation')).toHaveLength(1);
    const list = (query: string) => service.call('teacher', 'GET', `${paths}/credentials?${query}`);
    expect((await list('search=nobody-at-all')).body).toMatchObject({ total: 0, items: [] });
    const { total } = (await list('search=LEARNER0')).body as { total: number };
    expect(total).toBeGreaterThan(0);
    const csv = await fetch(`${service.address}${paths}/credentials.csv?search=learner0`, {
      headers: service.headers('teacher'),
    });
    expect((await csv.text()).trimEnd().split('\r\n')).toHaveLength(total + 1);
  });
});
