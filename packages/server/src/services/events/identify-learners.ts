// The users a batch of events is about. The LMS owns its users: a person an event describes is
// created at first sight (and the path enrollments waiting for their email complete). A person whose
// username an account here has already is not linked to it (that account may be a local one, which
// only an administrator may link: learning-paths user link): their facts wait, parked, until then.
import type { DataAccess } from '../../store/data-access.ts';
import type { UserRecord } from '../../store/repositories/user-repository.ts';
import { resolvePendingEnrollments } from '../enrollments/resolve-pending-enrollments.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { writeOrConflict } from '../write-or-conflict.ts';
import type { LmsPerson } from './event-handlers.ts';
import type { Hooks } from '../plugin-hooks.ts';

export interface IdentifyLearnersOptions {
  /** Inside the batch's transaction. */
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  /** Every LMS user id the batch names. */
  readonly lmsUserIds: readonly string[];
  /** The people the batch describes (some of the ids). */
  readonly people: readonly LmsPerson[];
  readonly now: string;
  /** Where enrollments completed now are reported to plugins. */
  readonly hooks?: Hooks;
}

export interface IdentifiedLearners {
  /** The users known by LMS user id, after creating and linking. */
  readonly users: ReadonlyMap<string, UserRecord>;
  /** The LMS ids that became known now: facts parked for them can be attached. */
  readonly newlyKnown: readonly string[];
}

export async function identifyLearnersInTransaction({
  data,
  compiled,
  lmsUserIds,
  people,
  now,
  hooks,
}: IdentifyLearnersOptions): Promise<IdentifiedLearners> {
  const users = await data.users.findManyByLmsUserId(lmsUserIds);
  const strangers = [...new Map(people.map((person) => [person.lmsUserId, person])).values()].filter(
    (person) => !users.has(person.lmsUserId),
  );
  if (strangers.length === 0) return { users, newlyKnown: [] };

  const byUsername = await data.users.findManyByUsername(strangers.map((person) => person.username));
  const newcomers = strangers.filter((person) => !byUsername.has(person.username));
  const taken = await data.users.findManyByEmail(newcomers.flatMap((person) => person.email ?? []));
  for (const person of newcomers) {
    // An email another account has already stays with it: the newcomer is created without one.
    const email = person.email !== null && !taken.has(person.email.toLowerCase()) ? person.email : null;
    const user = await writeOrConflict(
      data.users.create(
        { username: person.username, email, displayName: person.name, lmsUserId: person.lmsUserId },
        now,
      ),
    );
    users.set(person.lmsUserId, user);
    await resolvePendingEnrollments({ data, compiled, user, now, ...(hooks && { hooks }) });
  }
  return { users, newlyKnown: newcomers.map((person) => person.lmsUserId) };
}
