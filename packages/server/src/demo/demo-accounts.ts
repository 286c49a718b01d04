// Creates the demo's accounts through createUser, each with its display name and the demo password
// (hashed once), and with its role granted in one or more scopes (an author of both organisations, an instructor
// of every demo path).
import { createUser } from '../services/accounts/create-user.ts';
import type { AccountRole } from '../domain/roles.ts';
import { hashPassword } from '../services/accounts/password.ts';
import type { Actor } from '../services/actor.ts';
import type { UserRecord, UserRepository } from '../store/repositories/user-repository.ts';
import { DEMO_PASSWORD, type DemoPerson } from './demo-people.ts';

export type CreateDemoAccount = (
  person: DemoPerson,
  role: AccountRole,
  scopes?: readonly string[],
) => Promise<UserRecord>;

/** A function creating demo accounts, the demo password hashed once for all of them. */
export async function demoAccountCreator(users: UserRepository, now: string): Promise<CreateDemoAccount> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return async (person, role, scopes = ['*']) => {
    const [scope, ...more] = scopes;
    const user = await createUser({
      users,
      displayName: person.displayName,
      // Hashed once for every account: scrypt takes about 50 ms, ten seconds for 203 accounts.
      passwordHash,
      username: person.username,
      email: person.email,
      role,
      ...(scope === undefined ? {} : { scope }),
      now,
    });
    if (role !== 'admin') for (const other of more) await users.grant(user.id, { role, scope: other }, now);
    return user;
  };
}

export async function actorOf(users: UserRepository, user: UserRecord): Promise<Actor> {
  return { user, grants: await users.grants(user.id) };
}
