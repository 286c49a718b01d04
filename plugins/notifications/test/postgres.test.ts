// The same plugin on PostgreSQL: its migrations, and each of its tables in use (preferences, the
// handled events, the digest queue, the signing key), on a fresh database of its own, dropped after.
// Skipped with one line when PostgreSQL does not answer, except under CI=true.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../test/plugin-service.ts';
import { freshPostgresDatabase, postgresAnswers } from '../../test/postgres-database.ts';
import {
  DS,
  eventsDelivered,
  inboxSettings,
  loadAgain,
  onService,
  PLUGIN_ID,
  startNotifications,
} from './notifications-service.ts';
import { rawHeader, recipientsOf, startInbox, type Inbox } from './smtp-inbox.ts';

const PREFERENCES = `/api/v1/plugins/${PLUGIN_ID}/me/preferences`;

describe.runIf(await postgresAnswers())('the notifications plugin on PostgreSQL', { timeout: 60_000 }, () => {
  let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  let inbox: Inbox;
  let service: RunningService;
  let environment: Record<string, string>;

  beforeAll(async () => {
    database = await freshPostgresDatabase();
    inbox = await startInbox();
    environment = inboxSettings(inbox.port);
    service = await startNotifications({
      demo: true,
      environment: { ...environment, DATABASE_URL: database.url },
      users: {
        ops: { role: 'admin', email: 'ops@example.org' },
        maya: { role: 'learner', email: 'maya@example.org' },
        dana: { role: 'learner', email: 'dana@example.org' },
      },
    });
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
    await inbox?.stop();
    await database?.drop();
  });

  it('sends, queues for the digest, keeps preferences and unsubscribes', async () => {
    expect((await service.call('dana', 'PUT', PREFERENCES, { digest: true, language: 'fr' })).status).toBe(
      200,
    );
    const enrolled = await service.call(
      'ops',
      'POST',
      `/api/v1/paths/${encodeURIComponent(DS)}/enrollments`,
      {
        learners: ['maya', 'dana'],
      },
    );
    expect(enrolled.status).toBe(200);
    const welcome = await inbox.waitFor('to maya', (mail) => recipientsOf(mail).includes('maya@example.org'));
    expect(welcome.subject).toBe('Welcome to Data Science Foundations');

    await eventsDelivered(service);
    expect(inbox.to('dana@example.org')).toEqual([]);
    const [digestJob] = (await loadAgain(service, environment)).jobs;
    await digestJob!.job.run('2030-01-10T07:30:00.000Z');
    const digest = await inbox.waitFor('to dana', (mail) => recipientsOf(mail).includes('dana@example.org'));
    expect(digest.subject).toBe('Vos parcours aujourd’hui : 1 nouveauté');

    const link = onService(service, rawHeader(welcome, 'List-Unsubscribe')!.slice(1, -1));
    expect((await fetch(link, { method: 'POST' })).status).toBe(200);
    expect((await service.call('maya', 'GET', PREFERENCES)).body).toEqual({
      optedOut: true,
      digest: false,
      language: 'en',
    });
  });
});
