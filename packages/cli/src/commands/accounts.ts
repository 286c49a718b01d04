// `learning-paths migrate`, `user create` and `token create`: setting up a service's database and
// its first accounts from the command line.
import {
  ACCOUNT_ROLES,
  CompiledPaths,
  createUser,
  dataAccess,
  resolvePendingEnrollments,
  type AccountRole,
} from '@learning-paths/server';
import { CliError, EXIT_INVALID, EXIT_OK } from '../cli-error.ts';
import type { Output } from '../output.ts';
import { withStore } from '../with-store.ts';

export async function migrateCommand(options: { database?: string }, output: Output): Promise<number> {
  await withStore(options.database, () => Promise.resolve());
  output.out('the database is at the latest schema\n');
  return EXIT_OK;
}

export interface UserCreateOptions {
  readonly database?: string;
  readonly email?: string;
  readonly role: string;
  readonly scope?: string;
  readonly password?: string;
}

export async function userCreateCommand(
  username: string,
  options: UserCreateOptions,
  output: Output,
): Promise<number> {
  if (!(ACCOUNT_ROLES as readonly string[]).includes(options.role)) {
    throw new CliError(
      `--role must be one of ${ACCOUNT_ROLES.join(', ')}, not "${options.role}"`,
      EXIT_INVALID,
    );
  }
  const now = new Date().toISOString();
  const { user, enrolled } = await withStore(options.database, async (store) => {
    const data = dataAccess(store);
    const created = await createUser({
      users: data.users,
      username,
      role: options.role as AccountRole,
      now,
      ...(options.email === undefined ? {} : { email: options.email }),
      ...(options.scope === undefined ? {} : { scope: options.scope }),
      ...(options.password === undefined ? {} : { password: options.password }),
    });
    // Paths this person was enrolled on by email, before the account existed.
    const paths = await resolvePendingEnrollments({
      data,
      compiled: new CompiledPaths(),
      user: created,
      now,
    });
    return { user: created, enrolled: paths };
  });
  output.out(`created ${options.role} ${user.username}${user.email ? ` <${user.email}>` : ''}\n`);
  for (const path of enrolled) output.out(`enrolled on ${path}, which was waiting for ${user.email}\n`);
  return EXIT_OK;
}

/** Prints the new token and nothing else, so that scripts can capture it. */
export async function tokenCreateCommand(
  username: string,
  options: { database?: string; name?: string },
  output: Output,
): Promise<number> {
  const token = await withStore(options.database, async (store) => {
    const users = dataAccess(store).users;
    const user = await users.findByUsername(username);
    if (!user) throw new CliError(`no user is called ${username}`, EXIT_INVALID);
    return users.createToken(user.id, options.name ?? 'cli', new Date().toISOString());
  });
  output.out(`${token}\n`);
  return EXIT_OK;
}
