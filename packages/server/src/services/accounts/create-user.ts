// Use case: create an account with a role, from the command line or (later) the admin API.
import { AppError } from '../../errors.ts';
import type { UserRecord, UserRepository } from '../../store/repositories/user-repository.ts';
import { hashPassword } from './password.ts';
import { DISPLAY_NAME_LENGTH, isEmail, SCOPE, USERNAME } from './identifiers.ts';
import type { AccountRole } from '../../domain/roles.ts';
import { writeOrConflict } from '../write-or-conflict.ts';

export interface CreateUserOptions {
  readonly users: UserRepository;
  readonly username: string;
  readonly email?: string;
  readonly role: AccountRole;
  /** Where the role applies: `*` (default), `org:<org>` or `path:<path key>`. */
  readonly scope?: string;
  readonly password?: string;
  /** A password already hashed with hashPassword, for many accounts sharing one (the demo). */
  readonly passwordHash?: string;
  readonly displayName?: string;
  readonly now: string;
}

export async function createUser({
  users,
  username,
  email,
  role,
  scope = '*',
  password,
  passwordHash,
  displayName,
  now,
}: CreateUserOptions): Promise<UserRecord> {
  if (!USERNAME.test(username)) {
    throw new AppError('invalid', `the username "${username}" must be 2 to 150 letters, digits or _ . @ + -`);
  }
  if (email !== undefined && !isEmail(email))
    throw new AppError('invalid', `"${email}" is not an email address`);
  if (displayName !== undefined && displayName.length > DISPLAY_NAME_LENGTH)
    throw new AppError('invalid', `a display name may have at most ${DISPLAY_NAME_LENGTH} characters`);
  if (password !== undefined && password.length < 8)
    throw new AppError('invalid', 'a password needs at least 8 characters');
  if (!SCOPE.test(scope))
    throw new AppError('invalid', `the scope "${scope}" must be *, org:<org> or path:<path key>`);
  const user = await writeOrConflict(
    users.create(
      {
        username,
        email: email ?? null,
        isAdmin: role === 'admin',
        displayName: displayName ?? null,
        passwordHash: password === undefined ? (passwordHash ?? null) : await hashPassword(password),
      },
      now,
    ),
  );
  if (role !== 'admin') await users.grant(user.id, { role, scope }, now);
  return user;
}
