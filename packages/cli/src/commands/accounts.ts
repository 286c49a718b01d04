// `learning-paths migrate` (the core's tables, then the plugins'), `user
// create|list|disable|enable|grant|revoke|link` and `token create|list|revoke`: a service's database
// and its accounts from the command line, where the operator acts as an administrator
// (operatorActor) and every change is in the account audit.
import {
  ACCOUNT_ROLES,
  CompiledPaths,
  createApiToken,
  createUser,
  dataAccess,
  disableUser,
  enableUser,
  grantRole,
  linkLmsUser,
  listApiTokens,
  listUsers,
  operatorActor,
  resolvePendingEnrollments,
  revokeApiToken,
  revokeRole,
  type AccountRole,
  type AccountView,
  type Actor,
  type DataAccess,
} from '@learning-paths/server';
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_UNUSABLE } from '../cli-error.ts';
import type { Output } from '../output.ts';
import { commandPlugins } from '../plugins.ts';
import { readConfig } from '../read-config.ts';
import { withStore } from '../with-store.ts';

export async function migrateCommand(options: { database?: string }, output: Output): Promise<number> {
  // The plugins' tables after the core's.
  await withStore(options.database, async (store) => {
    await commandPlugins(readConfig({ database: options.database }), store);
  });
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

/** Runs a command's work on the database as the operator, at the current time. */
function asOperator<T>(
  database: string | undefined,
  work: (data: DataAccess, context: { actor: Actor; now: string }) => Promise<T>,
): Promise<T> {
  return withStore(database, (store) =>
    work(dataAccess(store), { actor: operatorActor(), now: new Date().toISOString() }),
  );
}

/** A whole number given on the command line, or exit 2 naming the option. */
function wholeNumber(option: string, value: string): number {
  if (!/^\d+$/.test(value.trim()))
    throw new CliError(`${option} takes a whole number, not "${value}"`, EXIT_UNUSABLE);
  return Number(value);
}

export interface TokenCreateOptions {
  readonly database?: string;
  readonly name?: string;
  readonly expiresInDays?: string;
}

/** Prints the new token and nothing else, so that scripts can capture it. */
export async function tokenCreateCommand(
  username: string,
  options: TokenCreateOptions,
  output: Output,
): Promise<number> {
  const expiresInDays =
    options.expiresInDays === undefined
      ? {}
      : { expiresInDays: wholeNumber('--expires-in-days', options.expiresInDays) };
  const { token } = await asOperator(options.database, (data, context) =>
    createApiToken({ data, ...context, username, name: options.name ?? 'cli', ...expiresInDays }),
  );
  output.out(`${token}\n`);
  return EXIT_OK;
}

/** One line a token, tab-separated under a header: never the token itself. */
export async function tokenListCommand(
  username: string,
  options: { database?: string },
  output: Output,
): Promise<number> {
  const tokens = await asOperator(options.database, (data, context) =>
    listApiTokens({ data, ...context, username }),
  );
  output.out('id\tname\tstate\tcreated\texpires\tlast used\n');
  for (const token of tokens)
    output.out(
      [
        token.id,
        token.name,
        token.state,
        token.createdAt,
        token.expiresAt ?? 'never',
        token.lastUsedAt ?? 'never',
      ]
        .join('\t')
        .concat('\n'),
    );
  return EXIT_OK;
}

export async function tokenRevokeCommand(
  id: string,
  options: { database?: string },
  output: Output,
): Promise<number> {
  const revoked = await asOperator(options.database, (data, context) =>
    revokeApiToken({ data, ...context, id: wholeNumber('the token id', id) }),
  );
  output.out(`revoked token ${revoked.id} (${revoked.name}) of ${revoked.username}\n`);
  return EXIT_OK;
}

/** An account on one line: username, admin right (and where from), disabled, LMS link, roles. */
function accountLine(account: AccountView): string {
  const roles = account.roles.map(({ role, scope }) => `${role}@${scope}`).join(' ');
  return [
    account.username,
    account.adminFrom ?? '-',
    account.disabledAt ?? '-',
    account.lmsUserId ?? '-',
    roles || '-',
  ]
    .join('\t')
    .concat('\n');
}

export async function userListCommand(
  options: { database?: string; search?: string },
  output: Output,
): Promise<number> {
  output.out('username\tadmin\tdisabled\tlms user id\troles\n');
  await asOperator(options.database, async (data, { actor }) => {
    const search = options.search === undefined ? {} : { search: options.search };
    for (let offset = 0; ;) {
      const page = await listUsers({ data, actor, ...search, limit: 100, offset });
      for (const account of page.items) output.out(accountLine(account));
      offset += page.items.length;
      if (page.items.length === 0 || offset >= page.total) break;
    }
  });
  return EXIT_OK;
}

/** `user disable` and `user enable`. */
export async function userSwitchCommand(
  action: 'disable' | 'enable',
  username: string,
  options: { database?: string },
  output: Output,
): Promise<number> {
  const change = action === 'disable' ? disableUser : enableUser;
  await asOperator(options.database, (data, context) => change({ data, ...context, username }));
  output.out(`${action}d ${username}\n`);
  return EXIT_OK;
}

export interface UserRoleOptions {
  readonly database?: string;
  readonly role: string;
  readonly scope?: string;
}

/** `user grant` and `user revoke`: prints the account as it is now. */
export async function userRoleCommand(
  action: 'grant' | 'revoke',
  username: string,
  options: UserRoleOptions,
  output: Output,
): Promise<number> {
  const change = action === 'grant' ? grantRole : revokeRole;
  const scope = options.scope === undefined ? {} : { scope: options.scope };
  const account = await asOperator(options.database, (data, context) =>
    change({ data, ...context, username, role: options.role, ...scope }),
  );
  output.out(accountLine(account));
  return EXIT_OK;
}

export async function userLinkCommand(
  username: string,
  options: { database?: string; lmsUserId: string },
  output: Output,
): Promise<number> {
  await asOperator(options.database, (data, context) =>
    linkLmsUser({ data, ...context, username, lmsUserId: options.lmsUserId }),
  );
  output.out(
    `linked ${username} to LMS user ${options.lmsUserId}: the LMS's JWTs for that user sign in to it\n`,
  );
  return EXIT_OK;
}
