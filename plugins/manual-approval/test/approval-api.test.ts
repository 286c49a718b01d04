// The approval routes end to end, over HTTP against the whole service with the plugin loaded, on
// SQLite and PostgreSQL: a learner asks, staff decline with a comment the learner reads, the learner
// asks again and staff approve, which the learner's path evaluation takes in as the criterion met;
// every action audited; who may do what (404 for whoever may not know); limits and problem+json.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../test/plugin-service.ts';
import { at, CLOUD, DATA_SCIENCE, ROUTES, startApprovalService } from './approval-service.ts';
import { serviceDatabases } from './service-databases.ts';

const linux = `${at(CLOUD)}/steps/linux`;

describe.each(await serviceDatabases())('manual approval on $name', { timeout: 60_000 }, (database) => {
  let service: RunningService;
  let dispose: () => Promise<void> = () => Promise.resolve();
  beforeAll(async () => {
    const opened = await database.open();
    dispose = opened.dispose;
    service = await startApprovalService(opened.environment);
  }, 120_000);
  afterAll(async () => {
    await service?.stop();
    await dispose();
  });

  const mine = async (learner = 'ann') => {
    const answer = await service.call(learner, 'GET', `${at(CLOUD)}/mine`);
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const stepOf = async (step: string) =>
    (await mine()).steps.find((candidate: { step: string }) => candidate.step === step);
  const decide = (step: string, learner: string, body: unknown, as = 'coach') =>
    service.call(as, 'POST', `${at(CLOUD)}/steps/${step}/learners/${learner}/decision`, body);

  it("lists the published path's approval steps, own criteria and defaults alike", async () => {
    const answer = await service.call('ann', 'GET', `${at(CLOUD)}/approval-steps`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      steps: [
        { id: 'linux', title: 'The Linux Command Line', course: 'course-v1:OpenTech+CLD101+2026' },
        {
          id: 'observability',
          title: 'Observability and Monitoring',
          course: 'course-v1:OpenTech+CLD104+2026',
        },
      ],
      commentRequiredOnDecline: true,
    });
    expect(await mine()).toMatchObject({
      enrolled: true,
      steps: [
        { step: 'linux', status: 'none', note: null, comment: null },
        { step: 'observability', status: 'none' },
      ],
    });
  });

  it('takes a request to the waiting list, and a declined one back with the comment the learner reads', async () => {
    const asked = await service.call('ann', 'POST', `${linux}/requests`, {
      note: '  My scripts: repo/ann  ',
    });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ step: 'linux', status: 'waiting', note: 'My scripts: repo/ann' });
    expect(asked.body.requestedAt).toEqual(expect.any(String));

    const waiting = await service.call('coach', 'GET', `${at(CLOUD)}/requests`);
    expect(waiting.status).toBe(200);
    expect(waiting.body).toMatchObject({
      total: 1,
      items: [{ learner: 'ann', step: 'linux', title: 'The Linux Command Line', status: 'waiting' }],
    });

    const bare = await decide('linux', 'ann', { decision: 'decline' });
    expect(bare.status).toBe(400);
    expect(bare.body.errors).toEqual([expect.objectContaining({ pointer: '/comment' })]);

    const declined = await decide('linux', 'ann', { decision: 'decline', comment: 'Add the backup script.' });
    expect(declined.status).toBe(200);
    expect(declined.body.approval).toMatchObject({ status: 'declined', comment: 'Add the backup script.' });
    expect(await stepOf('linux')).toMatchObject({
      status: 'declined',
      note: 'My scripts: repo/ann',
      comment: 'Add the backup script.',
      decidedBy: 'coach',
    });
    expect((await service.call('coach', 'GET', `${at(CLOUD)}/requests`)).body.total).toBe(0);
    const declinedList = await service.call('coach', 'GET', `${at(CLOUD)}/requests?status=declined`);
    expect(declinedList.body.items).toMatchObject([{ learner: 'ann', status: 'declined' }]);
  });

  it('lets the learner ask again, withdraw while waiting, and ask once more', async () => {
    const again = await service.call('ann', 'POST', `${linux}/requests`, { note: 'Backup script added.' });
    expect(again.body).toMatchObject({ status: 'waiting', note: 'Backup script added.', comment: null });
    const withdrawn = await service.call('ann', 'DELETE', `${linux}/requests`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'none', note: null });
    expect((await service.call('ann', 'DELETE', `${linux}/requests`)).status).toBe(404);
    expect((await service.call('ann', 'POST', `${linux}/requests`, {})).body.status).toBe('waiting');
  });

  it('approves: the learner sees it, may not ask again, and their evaluation counts the step as met', async () => {
    const approved = await decide('linux', 'ann', { decision: 'approve', comment: 'Well done.' });
    expect(approved.status).toBe(200);
    expect(approved.body.approval).toMatchObject({ status: 'approved', comment: 'Well done.' });
    expect(await stepOf('linux')).toMatchObject({ status: 'approved', comment: 'Well done.' });
    const again = await service.call('ann', 'POST', `${linux}/requests`, {});
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe('The Linux Command Line is approved already');
    expect((await service.call('ann', 'DELETE', `${linux}/requests`)).status).toBe(409);

    // Waits on the service storing criterion-declared facts (the approvedByStaff course fact).
    expect(approved.body.progressUpdated).toBe(true);
    const page = await service.call('ann', 'GET', `/api/v1/me/paths/${encodeURIComponent(CLOUD)}`);
    expect(page.status).toBe(200);
    expect(page.body.evaluation.nodes.linux).toMatchObject({ satisfied: true, progress: 1 });
    expect(page.body.evaluation.nodes.observability.satisfied).toBe(false);
  });

  it('lets staff decide without being asked, and shows one learner with their history', async () => {
    const approved = await decide('observability', 'ann', { decision: 'approve' });
    expect(approved.status).toBe(200);
    expect(approved.body.approval).toMatchObject({ status: 'approved', requestedAt: null, comment: null });

    const learner = await service.call('coach', 'GET', `${at(CLOUD)}/learners/ann`);
    expect(learner.status).toBe(200);
    expect(learner.body.learner).toEqual({ username: 'ann', displayName: null });
    expect(learner.body.steps.map((step: { status: string }) => step.status)).toEqual([
      'approved',
      'approved',
    ]);
    expect(learner.body.history[0]).toMatchObject({
      step: 'observability',
      action: 'approved',
      actor: 'coach',
    });
  });

  it('audits every request, withdrawal and decision, newest first', async () => {
    const audit = await service.call('coach', 'GET', `${at(CLOUD)}/audit?learner=ann`);
    expect(audit.status).toBe(200);
    expect(
      audit.body.items.map((entry: { step: string; action: string }) => `${entry.step} ${entry.action}`),
    ).toEqual([
      'observability approved',
      'linux approved',
      'linux requested',
      'linux withdrawn',
      'linux requested',
      'linux declined',
      'linux requested',
    ]);
    expect(audit.body.items.at(-1)).toMatchObject({ actor: 'ann', comment: 'My scripts: repo/ann' });
    expect(audit.body.items.at(-2)).toMatchObject({ actor: 'coach', comment: 'Add the backup script.' });
    expect(audit.body.total).toBe(7);
  });

  it('tells whoever may not know the path or the learner that they are not found', async () => {
    // A learner cannot decide: the staff routes do not exist for them.
    expect((await decide('linux', 'ann', { decision: 'approve' }, 'ann')).status).toBe(404);
    expect((await service.call('ann', 'GET', `${at(CLOUD)}/requests`)).status).toBe(404);
    // An instructor of another path neither.
    expect((await service.call('outsider', 'GET', `${at(CLOUD)}/requests`)).status).toBe(404);
    expect((await decide('linux', 'ann', { decision: 'approve' }, 'outsider')).status).toBe(404);
    expect((await service.call('outsider', 'GET', `${at(CLOUD)}/audit`)).status).toBe(404);
    // A learner not on the path, for staff; an invite-only path the learner is not on, for the learner.
    expect((await decide('linux', 'bob', { decision: 'approve' })).status).toBe(404);
    expect((await service.call('coach', 'GET', `${at(CLOUD)}/learners/bob`)).status).toBe(404);
    expect((await service.call('bob', 'GET', `${at(DATA_SCIENCE)}/mine`)).status).toBe(404);
    // Steps that do not exist or need no approval.
    expect((await decide('nothing', 'ann', { decision: 'approve' })).status).toBe(404);
    expect((await service.call('ann', 'POST', `${at(CLOUD)}/steps/containers/requests`, {})).status).toBe(
      404,
    );
    // No one signed in.
    expect((await fetch(`${service.address}${at(CLOUD)}/mine`)).status).toBe(401);
  });

  it('lets a learner of a public path who is not enrolled see, but not ask', async () => {
    expect(await mine('bob')).toMatchObject({
      enrolled: false,
      steps: [{ status: 'none' }, { status: 'none' }],
    });
    const asked = await service.call('bob', 'POST', `${linux}/requests`, {});
    expect(asked.status).toBe(409);
    expect(asked.body.detail).toBe(`enrol on the path ${CLOUD} before asking for approval`);
  });

  it('answers bad input with problem+json pointing at it, and keeps nothing in caches', async () => {
    const long = await service.call('ann', 'POST', `${at(CLOUD)}/steps/observability/requests`, {
      note: 'x'.repeat(2001),
    });
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({ status: 400, errors: [{ pointer: '/note' }] });
    const unknown = await decide('linux', 'ann', { decision: 'maybe' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].pointer).toBe('/decision');
    const filter = await service.call('coach', 'GET', `${at(CLOUD)}/requests?status=lost`);
    expect(filter.status).toBe(400);
    expect(filter.body.errors[0].pointer).toBe('/query/status');

    const answer = await fetch(`${service.address}${at(CLOUD)}/mine`, { headers: service.headers('ann') });
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const refused = await fetch(`${service.address}${at(CLOUD)}/requests`, {
      headers: service.headers('ann'),
    });
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('documents its routes under its tag in the OpenAPI document', async () => {
    const document = (await (await fetch(`${service.address}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { tags: string[] }>>;
    };
    const decision = document.paths[`${ROUTES}/paths/{key}/steps/{step}/learners/{username}/decision`];
    expect(decision?.post?.tags).toEqual(['plugin:org.learningpaths.manual-approval']);
  });
});
