// Who may use an organisation's invite-only courses (migration 0010): the only SQL about it. A
// course's own list, when it has one, and the organisation's default for the others; both are
// lists of organisations, `*` meaning every organisation.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { chunksOf } from './chunks.ts';

export interface SharingRecord {
  /** Organisations, or `*` alone for every organisation. */
  readonly sharedWith: string[];
  readonly updatedBy: string;
  readonly updatedAt: string;
}

interface SharingRow {
  readonly list: string;
  readonly updated_by: string;
  readonly updated_at: string;
}

function toRecord(row: SharingRow): SharingRecord {
  return {
    sharedWith: JSON.parse(row.list) as string[],
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

export class SharingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The courses among `keys` that have a list of their own, by course key. */
  async ofCourses(keys: readonly string[]): Promise<Map<string, SharingRecord>> {
    const found = new Map<string, SharingRecord>();
    for (const chunk of chunksOf([...new Set(keys)])) {
      const rows = await this.db
        .selectFrom('course_sharing')
        .select(['course_key', 'shared_with as list', 'updated_by', 'updated_at'])
        .where('course_key', 'in', chunk)
        .execute();
      for (const row of rows) found.set(row.course_key, toRecord(row));
    }
    return found;
  }

  /** The organisations among `orgs` that have a default, by organisation. */
  async ofOrganizations(orgs: readonly string[]): Promise<Map<string, SharingRecord>> {
    const found = new Map<string, SharingRecord>();
    for (const chunk of chunksOf([...new Set(orgs)])) {
      const rows = await this.db
        .selectFrom('organization_sharing')
        .select(['org', 'share_invite_only_courses_with as list', 'updated_by', 'updated_at'])
        .where('org', 'in', chunk)
        .execute();
      for (const row of rows) found.set(row.org, toRecord(row));
    }
    return found;
  }

  /** Sets a course's own list; null removes it, so that the organisation's default applies again. */
  async setCourse(key: string, sharedWith: readonly string[] | null, by: string, now: string): Promise<void> {
    if (sharedWith === null) {
      await this.db.deleteFrom('course_sharing').where('course_key', '=', key).execute();
      return;
    }
    const values = { shared_with: JSON.stringify(sharedWith), updated_by: by, updated_at: now };
    await this.db
      .insertInto('course_sharing')
      .values({ course_key: key, ...values })
      .onConflict((conflict) => conflict.column('course_key').doUpdateSet(values))
      .execute();
  }

  async setOrganization(org: string, sharedWith: readonly string[], by: string, now: string): Promise<void> {
    const values = {
      share_invite_only_courses_with: JSON.stringify(sharedWith),
      updated_by: by,
      updated_at: now,
    };
    await this.db
      .insertInto('organization_sharing')
      .values({ org, ...values })
      .onConflict((conflict) => conflict.column('org').doUpdateSet(values))
      .execute();
  }
}
