import { describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { dataAccess } from '../data-access.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-02T10:00:00.000Z';
const PATHS = ['path-v1:Org+A+2026+a', 'path-v1:Org+B+2026+a', 'path-v1:Org+C+2026+a'];

/** One learner's enrollment row, as the API would insert it. */
const enrollment = (userId: number, version: number) => [
  { userId, version, source: 'api', reason: null, enrolledBy: null },
];

describe.each(await testDatabases())('LearnerSnapshotRepository on $name', (database) => {
  const store = useDatabase(database);

  it('reads an unknown or empty learner as empty, with the catalog counter at 0', async () => {
    expect(await dataAccess(store()).learnerSnapshots.of(-1)).toEqual({
      enrollments: [],
      courseEnrollments: new Map(),
      facts: new Map(),
      catalogCounter: 0,
    });
  });

  it('reads active enrollments with their progress and archived paths, course enrollments, facts and the catalog counter', async () => {
    const data = dataAccess(store());
    const ann = await data.users.create({ username: 'ann' }, NOW);
    const bob = await data.users.create({ username: 'bob' }, NOW);
    for (const key of PATHS)
      await data.paths.create({ key, title: key, org: 'Org', draft: {}, createdBy: null, now: NOW });
    await data.enrollments.insert(PATHS[0]!, enrollment(ann.id, 1), NOW);
    await data.enrollments.insert(PATHS[1]!, enrollment(ann.id, 2), LATER);
    await data.enrollments.insert(PATHS[2]!, enrollment(ann.id, 1), NOW);
    await data.enrollments.setActive(PATHS[2]!, enrollment(ann.id, 1), false, LATER);
    await data.paths.setStatus(PATHS[1]!, 'archived', LATER);
    await data.enrollments.insert(PATHS[0]!, enrollment(bob.id, 1), NOW);
    await data.progress.write([
      {
        userId: ann.id,
        pathKey: PATHS[0]!,
        version: 1,
        status: 'in_progress',
        progress: 1 / 3,
        currentTier: 'one',
        achievedTiers: ['one'],
        stepStates: null,
        next: ['b', 'c'],
        updatedAt: NOW,
      },
    ]);
    await data.courseEnrollments.add({
      userId: ann.id,
      courseKey: 'course-v1:Org+X+2026',
      viaPath: PATHS[0]!,
      now: NOW,
    });
    await data.facts.write([
      {
        userId: ann.id,
        courseKey: 'course-v1:Org+Y+2026',
        completion: { value: 0.25, at: NOW },
        grade: null,
        passed: { value: true, at: NOW },
        enrolled: null,
        criteria: { approvedByStaff: { value: true, at: NOW } },
        source: 'api',
        updatedAt: NOW,
      },
    ]);
    await data.courses.upsert(
      [
        {
          key: 'course-v1:Org+X+2026',
          title: 'X',
          org: 'Org',
          startsAt: null,
          endsAt: null,
          lmsUrl: null,
          inviteOnly: false,
        },
      ],
      NOW,
    );
    await data.courses.upsert(
      [
        {
          key: 'course-v1:Org+X+2026',
          title: 'X2',
          org: 'Org',
          startsAt: null,
          endsAt: null,
          lmsUrl: null,
          inviteOnly: false,
        },
      ],
      NOW,
    );

    const snapshot = await data.learnerSnapshots.of(ann.id);
    expect(snapshot.enrollments).toEqual([
      { pathKey: PATHS[1], version: 2, createdAt: LATER, archived: true, progress: null },
      {
        pathKey: PATHS[0],
        version: 1,
        createdAt: NOW,
        archived: false,
        progress: {
          status: 'in_progress',
          progress: 1 / 3,
          currentTier: 'one',
          next: ['b', 'c'],
          stepStates: null,
        },
      },
    ]);
    expect(snapshot.courseEnrollments).toEqual(new Map([['course-v1:Org+X+2026', NOW]]));
    expect(snapshot.facts.get('course-v1:Org+Y+2026')).toMatchObject({
      completion: { value: 0.25, at: NOW },
      passed: { value: true, at: NOW },
      grade: null,
      criteria: { approvedByStaff: { value: true, at: NOW } },
    });
    expect(snapshot.catalogCounter).toBe(2);
  });
});
