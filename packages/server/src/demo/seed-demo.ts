// Seeds an empty database with the demonstration institution through the services the API uses:
// accounts, the catalog, four published paths, enrollments (a few pending by email) and varied
// progress. The same `random` gives the same data; a database with users or paths is left alone.
import { parseCourseKey } from '@learning-paths/core';
import { operatorActor } from '../services/actor.ts';
import { importCourses } from '../services/catalog/import-courses.ts';
import { enrollLearners } from '../services/enrollments/enroll-learners.ts';
import { applyFacts, type FactInput } from '../services/facts/apply-facts.ts';
import { createPath } from '../services/paths/create-path.ts';
import { publishPath } from '../services/paths/publish-path.ts';
import type { CompiledPaths } from '../services/progress/compiled-paths.ts';
import type { DataAccess } from '../store/data-access.ts';
import { actorOf, demoAccountCreator } from './demo-accounts.ts';
import { demoCourses } from './demo-catalog.ts';
import { demoPaths } from './demo-paths.ts';
import { DEMO_PASSWORD, DEMO_STAFF, demoLearners, LEARNER_COUNT, PENDING_EMAILS } from './demo-people.ts';
import { learnerFacts } from './demo-progress.ts';
import { isEmptyDatabase } from './empty-database.ts';
import { seededRandom, type Random } from './seeded-random.ts';
import { StandaloneLms } from '../lms/standalone-lms.ts';

export interface SeedDemoOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  /** The seeding time (ISO 8601): course dates and learners' progress are placed around it. */
  readonly now: string;
  /** Seeded by default, so that every demo database is the same. */
  readonly random?: Random;
}

/** Who can sign in, all with the one demo password. */
export interface DemoSignIn {
  readonly password: string;
  readonly staff: readonly { readonly username: string; readonly role: string }[];
  readonly learners: { readonly first: string; readonly last: string; readonly count: number };
}

export type DemoSeedResult =
  | {
      readonly seeded: true;
      readonly organisations: readonly string[];
      readonly courses: number;
      readonly paths: readonly string[];
      readonly learners: number;
      readonly enrollments: number;
      readonly pendingEnrollments: number;
      readonly facts: number;
      readonly signIn: DemoSignIn;
    }
  | {
      readonly seeded: false;
      /** Why nothing was seeded, in words. */
      readonly reason: string;
      /** The demo's sign-in names when the database holds the demo already. */
      readonly signIn: DemoSignIn | null;
    };

export const DEMO_SIGN_IN: DemoSignIn = {
  password: DEMO_PASSWORD,
  staff: [
    { username: DEMO_STAFF.admin.username, role: 'administrator' },
    { username: DEMO_STAFF.author.username, role: 'author of DemoU and OpenTech' },
    { username: DEMO_STAFF.instructor.username, role: 'instructor of the four demo paths' },
  ],
  learners: { first: 'learner001', last: `learner${LEARNER_COUNT}`, count: LEARNER_COUNT },
};

/** The share of the learners enrolled on each path, in the order of demoPaths(). */
const ENROLLED_SHARE = [0.6, 0.4, 0.5, 0.35];

export async function seedDemo({
  data: outside,
  compiled,
  now,
  random = seededRandom(),
}: SeedDemoOptions): Promise<DemoSeedResult> {
  if (!(await isEmptyDatabase(outside))) {
    const staff = Object.values(DEMO_STAFF).map((person) => person.username);
    const present = (await outside.users.findManyByUsername([...staff, DEMO_SIGN_IN.learners.first])).size;
    return present === staff.length + 1
      ? { seeded: false, reason: 'the demonstration data is there already', signIn: DEMO_SIGN_IN }
      : {
          seeded: false,
          reason: 'the database has users or paths already; demonstration data goes only into an empty one',
          signIn: null,
        };
  }
  // Everything commits or fails together.
  const rows = demoCourses(now);
  const started = new Set(rows.flatMap((row) => (row.startsAt && row.startsAt <= now ? [row.key] : [])));
  const organisations = [...new Set(rows.map((row) => parseCourseKey(row.key).org))];
  return outside.transaction(async (data) => {
    await importCourses({ data, actor: operatorActor(), rows, now });
    const createAccount = await demoAccountCreator(data.users, now);
    const admin = await actorOf(data.users, await createAccount(DEMO_STAFF.admin, 'admin'));
    const author = await actorOf(
      data.users,
      await createAccount(
        DEMO_STAFF.author,
        'author',
        organisations.map((org) => `org:${org}`),
      ),
    );

    const paths = [];
    for (const definition of demoPaths()) {
      const { key } = await createPath({ data, actor: author, definition, now });
      const { version } = await publishPath({ data, compiled, actor: author, key, now });
      paths.push({ key, definition: (await compiled.get(data.paths, key, version)).definition });
    }
    const instructor = await actorOf(
      data.users,
      await createAccount(
        DEMO_STAFF.instructor,
        'instructor',
        paths.map(({ key }) => `path:${key}`),
      ),
    );
    const people = demoLearners(random);
    for (const person of people) await createAccount(person, 'learner');

    let enrollments = 0;
    let pendingEnrollments = 0;
    const facts: FactInput[] = [];
    for (const [index, { key, definition }] of paths.entries()) {
      const members = people.filter(() => random() < ENROLLED_SHARE[index]!);
      const results = await enrollLearners({
        data,
        compiled,
        actor: instructor,
        pathKey: key,
        // Some by email, as a spreadsheet of a cohort would have them.
        learners: [
          ...members.map((person, row) => (row % 10 === 9 ? person.email : person.username)),
          ...(PENDING_EMAILS[key] ?? []),
        ],
        reason: 'Demo cohort',
        source: 'demo',
        now,
        // Made-up people: their addresses are never sent to a real LMS, whatever LMS is configured.
        lms: new StandaloneLms(data),
      });
      enrollments += results.filter((result) => result.result === 'enrolled').length;
      pendingEnrollments += results.filter((result) => result.result === 'pending').length;
      for (const person of members)
        facts.push(...learnerFacts({ username: person.username, definition, started, random, now }));
    }
    const applied = await applyFacts({ data, compiled, actor: admin, facts, source: 'demo', now });

    return {
      seeded: true,
      organisations,
      courses: rows.length,
      paths: paths.map(({ key }) => key),
      learners: people.length,
      enrollments,
      pendingEnrollments,
      facts: applied.applied,
      signIn: DEMO_SIGN_IN,
    };
  });
}
