// End to end: the service with the plugin, the demo institution, and a real SMTP server whose
// delivered messages are read back. Staff enrol learners and post facts through the core's API;
// the plugin's emails (welcome, invitation, step unlocked, tier, completion, digest, French) and
// its routes (preferences, unsubscribe) are checked as a learner and a mail client see them.
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../test/plugin-service.ts';
import {
  DS,
  eventsDelivered,
  inboxSettings,
  LEARN_URL,
  loadAgain,
  onService,
  PLUGIN_ID,
  startNotifications,
} from './notifications-service.ts';
import { rawHeader, recipientsOf, startInbox, type Inbox } from './smtp-inbox.ts';

const TITLE = 'Data Science Foundations';
const PREFERENCES = `/api/v1/plugins/${PLUGIN_ID}/me/preferences`;
const LEARNERS = ['maya', 'otto', 'dana', 'flo', 'ivy'] as const;
const address = (username: string) => `${username}@example.org`;

let inbox: Inbox;
let service: RunningService;
let environment: Record<string, string>;

const enrol = async (learners: string[]) => {
  const answer = await service.call('ops', 'POST', `/api/v1/paths/${encodeURIComponent(DS)}/enrollments`, {
    learners,
  });
  expect(answer.status).toBe(200);
};

/** Records facts through the core's API: `course` is the demo course's number (DS110). */
const record = async (
  user: string,
  results: Record<string, { passed?: boolean; completion?: number; grade?: number }>,
) => {
  const facts = Object.entries(results).map(([course, result]) => ({
    user,
    course: `course-v1:DemoU+${course}+2026`,
    ...result,
  }));
  expect((await service.call('ops', 'POST', '/api/v1/facts', { facts })).status).toBe(200);
};
const passed = (user: string, ...courses: string[]) =>
  record(user, Object.fromEntries(courses.map((course) => [course, { passed: true }])));
/** Introduction and Machine Learning, which with Statistics make the Foundation Certificate. */
const foundation = (user: string) => record(user, { DS100: { completion: 0.9 }, DS120: { grade: 0.8 } });

const mailTo = (username: string, subject: string) =>
  inbox.waitFor(
    `to ${username} titled "${subject}"`,
    (mail) => recipientsOf(mail).includes(address(username)) && mail.subject === subject,
  );

beforeAll(async () => {
  inbox = await startInbox();
  environment = inboxSettings(inbox.port);
  service = await startNotifications({
    demo: true,
    environment,
    users: {
      ops: { role: 'admin', email: 'ops@example.org' },
      ...Object.fromEntries(
        LEARNERS.map((name) => [name, { role: 'learner' as const, email: address(name) }]),
      ),
    },
  });
}, 60_000);

afterAll(async () => {
  await service?.stop();
  await inbox?.stop();
});

describe('emails about paths, through a real SMTP server', () => {
  let welcome: ParsedMail;

  it('welcomes a learner enrolled by staff, linking to the path, with one-click unsubscription', async () => {
    await enrol(['maya']);
    welcome = await mailTo('maya', `Welcome to ${TITLE}`);
    const link = `${LEARN_URL}/paths/${encodeURIComponent(DS)}`;
    expect(welcome.from?.value).toEqual([{ name: 'Learning Paths', address: 'paths@example.org' }]);
    expect(welcome.text).toContain('Hello maya,');
    expect(welcome.text).toContain(`You are now enrolled on the learning path ${TITLE}.`);
    expect(welcome.text).toContain(`Open the path: ${link}`);
    expect(welcome.text).toContain('use "Email notifications"');
    expect(welcome.html).toContain(`<a href="${link}">Open the path</a>`);
    expect(rawHeader(welcome, 'List-Unsubscribe')).toMatch(
      new RegExp(
        `^<http://learn\\.example\\.test/api/v1/plugins/${PLUGIN_ID}/unsubscribe\\?token=[\\w.-]+>$`,
      ),
    );
    expect(rawHeader(welcome, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  });

  it('invites an address without an account, naming who enrolled it', async () => {
    await enrol(['new.person@example.net']);
    const invitation = await inbox.waitFor('to new.person@example.net', (mail) =>
      recipientsOf(mail).includes('new.person@example.net'),
    );
    expect(invitation.subject).toBe(`You are invited to the learning path ${TITLE}`);
    expect(invitation.text).toContain(`ops has enrolled you on the learning path ${TITLE}.`);
    expect(invitation.text).toContain('Sign in with this email address to start');
    // No account, so no preferences to unsubscribe from.
    expect(rawHeader(invitation, 'List-Unsubscribe')).toBeUndefined();
  });

  it('tells of each step unlocked and tier achieved as facts arrive, then of the completed path', async () => {
    await passed('maya', 'DS110');
    await mailTo('maya', `New step open: Machine Learning (${TITLE})`);

    await foundation('maya');
    const tier = await mailTo('maya', `Milestone reached: Foundation Certificate (${TITLE})`);
    expect(tier.text).toContain(`Congratulations: you have reached Foundation Certificate on ${TITLE}.`);

    await passed('maya', 'DS210', 'DS220');
    await mailTo('maya', `New step open: Capstone Project (${TITLE})`);
    await passed('maya', 'DS300');
    await mailTo('maya', `Milestone reached: Advanced Certificate (${TITLE})`);
    await mailTo('maya', `Path completed: ${TITLE}`);
  });

  it('sends nothing to a learner who opted out', async () => {
    expect((await service.call('otto', 'PUT', PREFERENCES, { optedOut: true })).status).toBe(200);
    await enrol(['otto']);
    await passed('otto', 'DS110');
    await eventsDelivered(service);
    expect(inbox.to(address('otto'))).toEqual([]);
  });

  it('queues for a digest learner, then sends one digest listing it all at the digest hour', async () => {
    expect((await service.call('dana', 'PUT', PREFERENCES, { digest: true })).body).toMatchObject({
      optedOut: false,
      digest: true,
    });
    await enrol(['dana']);
    await passed('dana', 'DS110');
    await eventsDelivered(service);
    expect(inbox.to(address('dana'))).toEqual([]);

    const digestJob = (await loadAgain(service, environment)).jobs.find(
      ({ job }) => job.name === 'daily-digest',
    );
    // digestHourUtc is 7 by default: not before, once at the hour, not again that day.
    await digestJob!.job.run('2030-01-10T06:30:00.000Z');
    expect(inbox.to(address('dana'))).toEqual([]);
    await digestJob!.job.run('2030-01-10T07:02:00.000Z');
    const digest = await mailTo('dana', 'Your learning paths today: 2 updates');
    expect(digest.text).toContain(`- Welcome to ${TITLE}`);
    expect(digest.text).toContain(`- New step open: Machine Learning (${TITLE})`);
    expect(rawHeader(digest, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    await foundation('dana');
    await eventsDelivered(service);
    await digestJob!.job.run('2030-01-10T08:02:00.000Z');
    expect(inbox.to(address('dana'))).toHaveLength(1);
    await digestJob!.job.run('2030-01-11T07:01:00.000Z');
    await mailTo('dana', 'Your learning paths today: 1 update');
  });

  it('writes in French to a learner who chose French', async () => {
    const saved = await service.call('flo', 'PUT', PREFERENCES, { language: 'fr' });
    expect(saved.body).toEqual({ optedOut: false, digest: false, language: 'fr' });
    await enrol(['flo']);
    const welcomeFr = await mailTo('flo', `Bienvenue dans ${TITLE}`);
    expect(welcomeFr.text).toContain('Bonjour flo,');
    expect(welcomeFr.html).toContain('<html lang="fr">');
    expect((await service.call('flo', 'GET', PREFERENCES)).body).toEqual(saved.body);
  });

  it('answers problem+json for preferences that are not valid, and 401 without a caller', async () => {
    const response = await fetch(`${service.address}${PREFERENCES}`, {
      method: 'PUT',
      headers: { ...service.headers('ivy'), 'content-type': 'application/json' },
      body: JSON.stringify({ digest: 'yes', language: 'de' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const problem = (await response.json()) as { errors: { pointer: string }[] };
    expect(problem).toMatchObject({ type: 'about:blank', status: 400 });
    expect(problem.errors.map((error) => error.pointer).sort()).toEqual(['/digest', '/language']);
    expect((await fetch(`${service.address}${PREFERENCES}`)).status).toBe(401);
  });

  it('opts a learner out through the link in an email, without signing in', async () => {
    const link = onService(service, rawHeader(welcome, 'List-Unsubscribe')!.slice(1, -1));
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<button type="submit">Stop the emails</button>');
    // Showing the page changes nothing: mail scanners follow links.
    expect((await service.call('maya', 'GET', PREFERENCES)).body.optedOut).toBe(false);

    const oneClick = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain('you will no longer receive emails');
    expect((await service.call('maya', 'GET', PREFERENCES)).body.optedOut).toBe(true);
  });

  it('refuses an unsubscribe link that is not one of its own', async () => {
    const link = new URL(onService(service, rawHeader(welcome, 'List-Unsubscribe')!.slice(1, -1)));
    const [, signature] = link.searchParams.get('token')!.split('.');
    const forged = new URL(link);
    forged.searchParams.set('token', `${Buffer.from('ivy').toString('base64url')}.${signature}`);
    const answer = await fetch(forged, { method: 'POST' });
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect((await fetch(`${link.origin}${link.pathname}`, { method: 'POST' })).status).toBe(400);
    expect((await service.call('ivy', 'GET', PREFERENCES)).body.optedOut).toBe(false);
  });

  it('sends one email for an event delivered twice', async () => {
    const [tierHandler] = (await loadAgain(service, environment)).handlers['tier.achieved'] ?? [];
    const event = {
      id: 'repeated-event-1',
      type: 'tier.achieved' as const,
      time: new Date().toISOString(),
      data: { pathKey: DS, learner: 'ivy', tier: 'foundation' },
    };
    await tierHandler!.handler(event);
    await tierHandler!.handler(event);
    expect(inbox.to(address('ivy')).map((mail) => mail.subject)).toEqual([
      `Milestone reached: Foundation Certificate (${TITLE})`,
    ]);
  });
});
