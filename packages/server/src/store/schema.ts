// The database tables as Kysely sees them. Times are ISO 8601 UTC text in both dialects (they sort
// as text); booleans are 0/1 in SQLite and true/false in PostgreSQL, which repositories
// normalise; JSON documents are text.
import type { ColumnType, Generated } from 'kysely';

type Bool = ColumnType<boolean | number, boolean, boolean>;

export interface OrganizationsTable {
  id: string;
  name: string;
  created_at: string;
}

export interface CoursesTable {
  key: string;
  title: string;
  org: string;
  starts_at: string | null;
  ends_at: string | null;
  lms_url: string | null;
  invite_only: Bool;
  created_at: string;
  updated_at: string;
}

export interface PathsTable {
  key: string;
  org: string;
  /** draft (never published), published, or archived */
  status: string;
  title: string;
  /** The draft definition, JSON. */
  draft: string;
  draft_revision: number;
  /** The version learners follow; null until the first publication. */
  published_version: number | null;
  /** invite_only or public: that of the published version (invite_only before the first). */
  visibility: ColumnType<string, string | undefined, string>;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PathVersionsTable {
  path_key: string;
  version: number;
  /** The published definition, JSON; never changed once written. */
  definition: string;
  published_by: string | null;
  published_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  email: string | null;
  display_name: string | null;
  lms_user_id: string | null;
  /** scrypt, for local sign-in to the web UI; null for users who sign in through the LMS. */
  password_hash: string | null;
  is_admin: Bool;
  created_at: string;
}

export interface RoleGrantsTable {
  user_id: number;
  /** author, instructor, learner or service */
  role: string;
  /** `*` (everywhere), `org:<org>` or `path:<path key>` */
  scope: string;
  created_at: string;
}

export interface ApiTokensTable {
  /** SHA-256 of the token, hex: the token itself is shown once and never stored. */
  token_hash: string;
  user_id: number;
  name: string;
  created_at: string;
}

export interface Database {
  organizations: OrganizationsTable;
  courses: CoursesTable;
  paths: PathsTable;
  path_versions: PathVersionsTable;
  users: UsersTable;
  role_grants: RoleGrantsTable;
  api_tokens: ApiTokensTable;
}
