// The roles an account can be given, and a grant of one over a scope: who may do what.

/** The roles kept as grants (role_grants), each over a scope. */
export const GRANTED_ROLES = ['author', 'instructor', 'learner', 'service'] as const;
export type Role = (typeof GRANTED_ROLES)[number];

/** What an account can be given: a granted role, or `admin`, a right over everything kept on the account. */
export const ACCOUNT_ROLES = ['admin', ...GRANTED_ROLES] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export interface RoleGrant {
  readonly role: Role;
  /** `*`, `org:<org>` or `path:<path key>` */
  readonly scope: string;
}
