import { beforeAll, describe, expect, it } from 'vitest';
import {
  createFixture,
  DS_KEY,
  DS_PATH,
  NOW,
  type Fixture,
  standaloneLink,
} from '../../../test/service-fixture.ts';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { createUser } from '../accounts/create-user.ts';
import { createPath } from '../paths/create-path.ts';
import { saveDraft } from '../paths/save-draft.ts';
import { publishPath } from '../paths/publish-path.ts';
import { applyFacts } from '../facts/apply-facts.ts';
import { enrollLearners } from './enroll-learners.ts';
import { enrollCsvLines } from './enroll-csv-lines.ts';
import { firstColumnLines } from '../../formats/csv.ts';
import { enrollUser } from './enroll-user.ts';
import { cancelPendingEnrollment } from './cancel-pending-enrollment.ts';
import { listEnrollmentAudit } from './list-enrollment-audit.ts';
import { resolvePendingEnrollments } from './resolve-pending-enrollments.ts';
import { summarizePathProgress } from './summarize-path-progress.ts';
import { unenrollLearner } from './unenroll-learner.ts';

describe.each(await testDatabases())('enrollment use cases on $name', (database) => {
  const store = useDatabase(database);
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await createFixture(store());
  });
  const enroll = (learners: string[], actor = 'teacher', reason?: string) =>
    enrollLearners({
      data: fixture.data,
      lms: standaloneLink(fixture.data),
      compiled: fixture.compiled,
      actor: fixture.actors[actor]!,
      pathKey: DS_KEY,
      learners,
      reason,
      source: 'api',
      now: NOW,
    });

  it('gives one result per row, in order, for every kind of row', async () => {
    const results = await enroll(
      ['ada', ' BEA@example.org ', 'ada', 'nobody', 'new.person@example.org', '=cmd()', '', 'not an email@'],
      'teacher',
      'spring cohort',
    );
    expect(results.map((row) => [row.learner, row.result])).toEqual([
      ['ada', 'enrolled'],
      ['BEA@example.org', 'enrolled'],
      ['ada', 'duplicate'],
      ['nobody', 'invalid'],
      ['new.person@example.org', 'pending'],
      ['=cmd()', 'invalid'],
      ['', 'invalid'],
      ['not an email@', 'invalid'],
    ]);
    expect(results[2]!.detail).toBe('duplicate of row 1');
    expect(results[3]!.detail).toBe('no user has the username nobody');
    expect(results[6]!.detail).toBe('the row is empty');
    // Repeating the request changes nothing and says so.
    const again = await enroll(['ada', 'new.person@example.org']);
    expect(again.map((row) => row.result)).toEqual(['already_enrolled', 'pending']);
  });

  it('records who enrolled whom and why in the audit log, and evaluates the new learners', async () => {
    const { items } = await listEnrollmentAudit({
      data: fixture.data,
      actor: fixture.actors.teacher!,
      pathKey: DS_KEY,
      limit: 50,
      offset: 0,
    });
    expect(items.map((entry) => [entry.learner, entry.action, entry.actor, entry.reason])).toEqual([
      ['new.person@example.org', 'pending_added', 'teacher', 'spring cohort'],
      ['bea', 'enrolled', 'teacher', 'spring cohort'],
      ['ada', 'enrolled', 'teacher', 'spring cohort'],
    ]);
    const summary = await summarizePathProgress({
      data: fixture.data,
      compiled: fixture.compiled,
      actor: fixture.actors.teacher!,
      pathKey: DS_KEY,
      now: NOW,
    });
    expect(summary).toEqual({
      cannotComplete: 0,
      enrolled: 2,
      byStatus: { not_started: 2, in_progress: 0, completed: 0 },
      byTier: { none: 2, foundation: 0, advanced: 0 },
    });
  });

  it('answers 404 to staff of other paths and to learners, as if the path did not exist', async () => {
    await expect(enroll(['chen'], 'outsider')).rejects.toMatchObject({ code: 'not_found' });
    await expect(enroll(['chen'], 'chen')).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      enrollLearners({
        data: fixture.data,
        lms: standaloneLink(fixture.data),
        compiled: fixture.compiled,
        actor: fixture.actors.teacher!,
        pathKey: 'path-v1:DemoU+NOPE+2026+a',
        learners: ['chen'],
        source: 'api',
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('turns a pending enrollment into an enrollment when an account with that email appears', async () => {
    const user = await createUser({
      users: fixture.data.users,
      username: 'newbie',
      email: 'New.Person@example.org',
      role: 'learner',
      now: NOW,
    });
    const paths = await resolvePendingEnrollments({
      data: fixture.data,
      compiled: fixture.compiled,
      user,
      now: NOW,
    });
    expect(paths).toEqual([DS_KEY]);
    expect((await fixture.data.enrollments.get(DS_KEY, user.id))?.isActive).toBe(true);
    expect(
      (await fixture.data.enrollments.listPending({ pathKey: DS_KEY, limit: 10, offset: 0 })).total,
    ).toBe(0);
    expect((await fixture.data.progress.ofUser(user.id)).get(DS_KEY)?.status).toBe('not_started');
  });

  it('cancels a pending enrollment, and refuses to cancel one that does not exist', async () => {
    await enroll(['later@example.org']);
    const cancel = (email: string) =>
      cancelPendingEnrollment({
        data: fixture.data,
        lms: standaloneLink(fixture.data),
        actor: fixture.actors.teacher!,
        pathKey: DS_KEY,
        email,
        now: NOW,
      });
    await cancel('LATER@example.org');
    await expect(cancel('later@example.org')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('lets staff unenroll, refuses learners leaving an invite-only path, and re-enrolls with progress kept', async () => {
    const unenroll = (actor: string, username?: string) =>
      unenrollLearner({
        data: fixture.data,
        actor: fixture.actors[actor]!,
        pathKey: DS_KEY,
        username,
        now: NOW,
      });
    await expect(unenroll('ada')).rejects.toMatchObject({ code: 'forbidden' });
    // A learner asking about someone else learns nothing.
    await expect(unenroll('ada', 'bea')).rejects.toMatchObject({ code: 'not_found' });
    await unenroll('teacher', 'ada');
    await expect(unenroll('teacher', 'ada')).rejects.toMatchObject({ code: 'not_found' });
    const results = await enroll(['ada']);
    expect(results[0]).toMatchObject({ result: 'enrolled', detail: 'ada is enrolled again' });
  });

  it('lets a learner join and leave a public path only', async () => {
    const join = () =>
      enrollUser({
        data: fixture.data,
        compiled: fixture.compiled,
        actor: fixture.actors.chen!,
        pathKey: DS_KEY,
        source: 'self',
        now: NOW,
      });
    await expect(join()).rejects.toMatchObject({ code: 'not_found' });
    await saveDraft({
      data: fixture.data,
      actor: fixture.actors.author!,
      key: DS_KEY,
      definition: { ...DS_PATH, visibility: 'public' },
      now: NOW,
    });
    await publishPath({
      data: fixture.data,
      compiled: fixture.compiled,
      actor: fixture.actors.author!,
      key: DS_KEY,
      now: NOW,
    });
    expect((await join()).reactivated).toBe(false);
    await expect(join()).rejects.toMatchObject({ code: 'conflict' });
    await unenrollLearner({ data: fixture.data, actor: fixture.actors.chen!, pathKey: DS_KEY, now: NOW });
    expect((await join()).reactivated).toBe(true);
  });

  it('moves learners to a new version and never takes back an achieved tier', async () => {
    const ada = fixture.actors.ada!.user;
    await applyFacts({
      data: fixture.data,
      compiled: fixture.compiled,
      actor: fixture.actors.lms!,
      facts: [
        { user: 'ada', course: 'course-v1:DemoU+DS100+2026', completion: 1, passed: true },
        { user: 'ada', course: 'course-v1:DemoU+DS110+2026', completion: 1, passed: true },
        { user: 'ada', course: 'course-v1:DemoU+DS120+2026', completion: 1, passed: true, grade: 0.9 },
      ],
      source: 'api',
      now: NOW,
    });
    expect((await fixture.data.progress.ofUser(ada.id)).get(DS_KEY)).toMatchObject({
      currentTier: 'foundation',
      achievedTiers: ['foundation'],
    });
    // Version 3 adds a course to the foundation: by the new rules Ada has not reached it.
    const stricter = structuredClone(DS_PATH) as { requirements: { children: unknown[] } };
    stricter.requirements.children.unshift({ id: 'ethics', course: 'course-v1:DemoU+ETH100+2026' });
    (stricter as unknown as { tiers: { id: string; requires: string[] }[] }).tiers[0]!.requires.push(
      'ethics',
    );
    await saveDraft({
      data: fixture.data,
      actor: fixture.actors.author!,
      key: DS_KEY,
      definition: stricter,
      now: NOW,
    });
    const published = await publishPath({
      data: fixture.data,
      compiled: fixture.compiled,
      actor: fixture.actors.author!,
      key: DS_KEY,
      now: '2026-03-02T10:00:00.000Z',
    });
    expect(published.version).toBe(3);
    expect(published.learnersMoved).toBeGreaterThanOrEqual(4);
    const enrollment = await fixture.data.enrollments.get(DS_KEY, ada.id);
    expect(enrollment?.version).toBe(3);
    expect((await fixture.data.progress.ofUser(ada.id)).get(DS_KEY)).toMatchObject({
      version: 3,
      currentTier: 'foundation',
      achievedTiers: ['foundation'],
    });
    const { items } = await listEnrollmentAudit({
      data: fixture.data,
      actor: fixture.actors.admin!,
      pathKey: DS_KEY,
      learner: 'ada',
      limit: 1,
      offset: 0,
    });
    expect(items[0]).toMatchObject({
      action: 'version_changed',
      before: { version: 2 },
      after: { version: 3 },
    });
  });

  it('refuses to enroll on a path that was never published', async () => {
    const draft = { ...DS_PATH, key: 'path-v1:DemoU+DRAFT+2026+a' };
    await createPath({
      data: fixture.data,
      actor: fixture.actors.author!,
      definition: draft,
      now: NOW,
    });
    await expect(
      enrollLearners({
        data: fixture.data,
        lms: standaloneLink(fixture.data),
        compiled: fixture.compiled,
        actor: fixture.actors.author!,
        pathKey: 'path-v1:DemoU+DRAFT+2026+a',
        learners: ['ada'],
        source: 'api',
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('reads a CSV file line by line: any case, duplicates by line, unreadable lines in place', async () => {
    await fixture.makeUser('Dan.Case');
    await fixture.makeUser('eve');
    await fixture.makeUser('Zed');
    await fixture.makeUser('ZED', [], { email: 'zed.upper@example.org' });
    const results = await enrollCsvLines({
      data: fixture.data,
      lms: standaloneLink(fixture.data),
      compiled: fixture.compiled,
      actor: fixture.actors.teacher!,
      pathKey: DS_KEY,
      lines: firstColumnLines('username\r\ndan.case\n"broken,x\nDAN.CASE@EXAMPLE.ORG\n\nEve\nx@\nzed\n'),
      source: 'csv',
      now: NOW,
    });
    expect(results.map(({ learner, result, detail, line }) => [line, learner, result, detail])).toEqual([
      [2, 'dan.case', 'enrolled', 'Dan.Case is enrolled'],
      [3, '"broken,x', 'invalid', 'line 3: unmatched quote'],
      [4, 'DAN.CASE@EXAMPLE.ORG', 'duplicate', 'duplicate of line 2'],
      [6, 'Eve', 'enrolled', 'eve is enrolled'],
      [7, 'x@', 'invalid', '"x@" is not a valid email address'],
      [8, 'zed', 'invalid', 'zed matches usernames that differ only in case (ZED, Zed): write it exactly'],
    ]);
  });
});
