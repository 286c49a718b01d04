// A small institution for service tests: staff and learners with their role grants, the catalog
// of the spec's data-science path, and that path created and published; learners enrolled on
// request. Everything goes through the real services on the given database.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Actor } from '../src/services/actor.ts';
import { enrollLearners, type EnrollmentResult } from '../src/services/enrollments/enroll-learners.ts';
import { createPath } from '../src/services/paths/create-path.ts';
import { publishPath } from '../src/services/paths/publish-path.ts';
import { CompiledPaths } from '../src/services/progress/compiled-paths.ts';
import type { Store } from '../src/store/database.ts';
import { dataAccess, type DataAccess } from '../src/store/data-access.ts';
import type { RoleGrant } from '../src/domain/roles.ts';
import { StandaloneLms } from '../src/lms/standalone-lms.ts';
import type { LmsPort } from '../src/lms/lms-port.ts';

export const DS_KEY = 'path-v1:DemoU+DS+2026+spring';
export const DS_PATH = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../examples/data-science/path.json', import.meta.url)), 'utf8'),
) as Record<string, unknown>;
/** Before the capstone's release date (1 May 2026). */
export const NOW = '2026-03-01T10:00:00.000Z';

export interface Fixture {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly actors: Record<string, Actor>;
  /** Creates a user with grants (and optionally an email) and returns its actor. */
  makeUser(
    username: string,
    grants?: RoleGrant[],
    options?: { email?: string; isAdmin?: boolean },
  ): Promise<Actor>;
  /**
   * Enrolls learners (usernames or emails) through the standalone LMS, by default on the
   * data-science path as its teacher; `actor` names one of `actors`.
   */
  enroll(learners: string[], options?: { pathKey?: string; actor?: string }): Promise<EnrollmentResult[]>;
}

/** The standalone LMS as the LMS enrollments tell of pending people: nothing sent. */
export function standaloneLink(data: DataAccess): LmsPort {
  return new StandaloneLms(data);
}

export async function createFixture(store: Store, learners = ['ada', 'bea', 'chen']): Promise<Fixture> {
  const data = dataAccess(store);
  const compiled = new CompiledPaths();
  const actors: Record<string, Actor> = {};
  const makeUser: Fixture['makeUser'] = async (username, grants = [], options = {}) => {
    const user = await data.users.create(
      { username, email: options.email ?? `${username}@example.org`, isAdmin: options.isAdmin ?? false },
      NOW,
    );
    for (const grant of grants) await data.users.grant(user.id, grant, NOW);
    actors[username] = { user, grants: await data.users.grants(user.id) };
    return actors[username];
  };
  await makeUser('admin', [], { isAdmin: true });
  await makeUser('author', [{ role: 'author', scope: 'org:DemoU' }]);
  await makeUser('teacher', [{ role: 'instructor', scope: `path:${DS_KEY}` }]);
  await makeUser('outsider', [{ role: 'instructor', scope: 'org:OtherU' }]);
  await makeUser('lms', [{ role: 'service', scope: '*' }]);
  for (const learner of learners) await makeUser(learner, [{ role: 'learner', scope: '*' }]);
  await createPath({ data, actor: actors.author!, definition: DS_PATH, now: NOW });
  await publishPath({ data, compiled, actor: actors.author!, key: DS_KEY, now: NOW });
  const enroll: Fixture['enroll'] = (learners, { pathKey = DS_KEY, actor = 'teacher' } = {}) =>
    enrollLearners({
      data,
      lms: standaloneLink(data),
      compiled,
      actor: actors[actor]!,
      pathKey,
      learners,
      source: 'api',
      now: NOW,
    });
  return { data, compiled, actors, makeUser, enroll };
}
