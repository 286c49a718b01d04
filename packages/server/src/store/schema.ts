// The database tables as Kysely sees them. Times are ISO 8601 UTC text in both dialects (they sort
// as text); booleans are 0/1 in SQLite and true/false in PostgreSQL, which repositories
// normalise; JSON documents are text.
import type { ColumnType } from 'kysely';

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

export interface Database {
  organizations: OrganizationsTable;
  courses: CoursesTable;
  paths: PathsTable;
  path_versions: PathVersionsTable;
}
