// Paths and their published versions: the only SQL about paths. A path has one mutable draft and
// immutable published versions numbered from 1; publishing copies a definition into a new version.
import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type Selectable,
  type SqlBool,
} from 'kysely';
import type { Database, PathsTable, PathVersionsTable } from '../schema.ts';
import { isUniqueViolation } from '../sql-errors.ts';
import { WriteConflict } from '../write-conflict.ts';
import { containsText } from './text-search.ts';
import type { PathStatus } from '../../domain/path-statuses.ts';

export interface PathRecord {
  readonly key: string;
  readonly org: string;
  readonly status: PathStatus;
  readonly title: string;
  /** The draft definition as stored (parsed JSON). */
  readonly draft: unknown;
  /** Increases with every draft save, for optimistic concurrency. */
  readonly draftRevision: number;
  readonly publishedVersion: number | null;
  /** Of the published version; invite_only before the first publication. */
  readonly visibility: string;
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface PathVersionRecord {
  readonly pathKey: string;
  readonly version: number;
  readonly definition: unknown;
  readonly publishedBy: string | null;
  readonly publishedAt: string;
}

/** What a caller may see in a list: everything, or the paths of some organisations, some paths, and the public ones. */
export type PathAccess = 'all' | { readonly orgs: readonly string[]; readonly paths: readonly string[] };

export interface PathListQuery {
  readonly access: PathAccess;
  /** Matches title or key, case-insensitively. */
  readonly search?: string;
  readonly org?: string;
  readonly status?: PathStatus;
  /** Only paths with a step for this course, in their draft or their published version. */
  readonly course?: string;
  readonly limit: number;
  readonly offset: number;
}

/**
 * A step of the draft (compact JSON, where `"course":"…"` with bare quotes can only be a member,
 * never text inside a string) or of the published version (`path_courses`) names the course.
 * replace() rather than LIKE: exact and case-sensitive in both dialects, with no wildcards to escape.
 */
function hasStepFor(course: string): (eb: ExpressionBuilder<Database, 'paths'>) => Expression<SqlBool> {
  const member = `"course":${JSON.stringify(course)}`;
  return (eb) =>
    eb.or([
      sql<SqlBool>`replace(draft, ${member}, '') <> draft`,
      eb('key', 'in', eb.selectFrom('path_courses').select('path_key').where('course_key', '=', course)),
    ]);
}

function toPath(row: Selectable<PathsTable>): PathRecord {
  return {
    key: row.key,
    org: row.org,
    status: row.status as PathStatus,
    title: row.title,
    draft: JSON.parse(row.draft) as unknown,
    draftRevision: Number(row.draft_revision),
    publishedVersion: row.published_version === null ? null : Number(row.published_version),
    visibility: row.visibility,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A definition's visibility; invite_only when it names none, as the format says. */
function visibilityOf(definition: unknown): string {
  const visibility = (definition as { visibility?: unknown } | null)?.visibility;
  return visibility === 'public' ? 'public' : 'invite_only';
}

function toVersion(row: Selectable<PathVersionsTable>): PathVersionRecord {
  return {
    pathKey: row.path_key,
    version: Number(row.version),
    definition: JSON.parse(row.definition) as unknown,
    publishedBy: row.published_by,
    publishedAt: row.published_at,
  };
}

export class PathRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(input: {
    key: string;
    org: string;
    title: string;
    draft: unknown;
    createdBy: string | null;
    now: string;
  }): Promise<PathRecord> {
    try {
      await this.db
        .insertInto('paths')
        .values({
          key: input.key,
          org: input.org,
          status: 'draft',
          title: input.title,
          draft: JSON.stringify(input.draft),
          draft_revision: 1,
          published_version: null,
          created_by: input.createdBy,
          created_at: input.now,
          updated_at: input.now,
        })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error))
        throw new WriteConflict(`a path with the key ${input.key} already exists`);
      throw error;
    }
    return (await this.get(input.key))!;
  }

  async get(key: string): Promise<PathRecord | undefined> {
    const row = await this.db.selectFrom('paths').selectAll().where('key', '=', key).executeTakeFirst();
    return row && toPath(row);
  }

  /**
   * Replaces the draft; undefined when no path has the key. With `expectedRevision`, refuses
   * (WriteConflict) when someone saved in between, so that two editors never silently overwrite
   * each other.
   */
  async saveDraft(input: {
    key: string;
    title: string;
    draft: unknown;
    expectedRevision?: number;
    now: string;
  }): Promise<PathRecord | undefined> {
    let update = this.db
      .updateTable('paths')
      .set((eb) => ({
        draft: JSON.stringify(input.draft),
        title: input.title,
        draft_revision: eb('draft_revision', '+', 1),
        updated_at: input.now,
      }))
      .where('key', '=', input.key);
    if (input.expectedRevision !== undefined)
      update = update.where('draft_revision', '=', input.expectedRevision);
    const result = await update.executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      const existing = await this.get(input.key);
      if (!existing) return undefined;
      throw new WriteConflict(
        `the draft of ${input.key} was saved by someone else (revision ${existing.draftRevision}, expected ${input.expectedRevision})`,
      );
    }
    return (await this.get(input.key))!;
  }

  async list(query: PathListQuery): Promise<{ items: PathRecord[]; total: number }> {
    let select = this.db.selectFrom('paths');
    const { access } = query;
    if (access !== 'all') {
      select = select.where((eb) =>
        eb.or([
          ...(access.orgs.length > 0 ? [eb('org', 'in', [...access.orgs])] : []),
          ...(access.paths.length > 0 ? [eb('key', 'in', [...access.paths])] : []),
          eb.and([eb('status', '=', 'published'), eb('visibility', '=', 'public')]),
        ]),
      );
    }
    if (query.org !== undefined) select = select.where('org', '=', query.org);
    if (query.status !== undefined) select = select.where('status', '=', query.status);
    if (query.search) {
      select = select.where(containsText(['title', 'key'], query.search));
    }
    if (query.course !== undefined) select = select.where(hasStepFor(query.course));
    const [rows, count] = await Promise.all([
      select
        .selectAll()
        .orderBy('updated_at', 'desc')
        .orderBy('key')
        .limit(query.limit)
        .offset(query.offset)
        .execute(),
      select.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toPath), total: Number(count.total) };
  }

  /**
   * Stores `definition` as the next version and makes it the one learners follow. Call it inside a
   * transaction: the version number is read, then written.
   */
  async publish(input: {
    key: string;
    definition: unknown;
    publishedBy: string | null;
    now: string;
  }): Promise<PathVersionRecord> {
    const latest = await this.db
      .selectFrom('path_versions')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('path_key', '=', input.key)
      .executeTakeFirst();
    const version = Number(latest?.version ?? 0) + 1;
    try {
      await this.db
        .insertInto('path_versions')
        .values({
          path_key: input.key,
          version,
          definition: JSON.stringify(input.definition),
          published_by: input.publishedBy,
          published_at: input.now,
        })
        .execute();
    } catch (error) {
      // Two publications at once computed the same version number; the second must retry.
      if (isUniqueViolation(error))
        throw new WriteConflict(`${input.key} was published by someone else at the same moment; try again`);
      throw error;
    }
    await this.db
      .updateTable('paths')
      .set({
        published_version: version,
        status: 'published',
        visibility: visibilityOf(input.definition),
        updated_at: input.now,
      })
      .where('key', '=', input.key)
      .execute();
    return {
      pathKey: input.key,
      version,
      definition: input.definition,
      publishedBy: input.publishedBy,
      publishedAt: input.now,
    };
  }

  async setStatus(key: string, status: PathStatus, now: string): Promise<void> {
    await this.db.updateTable('paths').set({ status, updated_at: now }).where('key', '=', key).execute();
  }

  /** Every definition stored, each path's draft and every published version, as its JSON text. */
  async definitionTexts(): Promise<string[]> {
    const drafts = await this.db.selectFrom('paths').select('draft').execute();
    const versions = await this.db.selectFrom('path_versions').select('definition').execute();
    return [...drafts.map((row) => row.draft), ...versions.map((row) => row.definition)];
  }

  /** Published versions, newest first. */
  async versions(key: string): Promise<PathVersionRecord[]> {
    const rows = await this.db
      .selectFrom('path_versions')
      .selectAll()
      .where('path_key', '=', key)
      .orderBy('version', 'desc')
      .execute();
    return rows.map(toVersion);
  }

  async version(key: string, version: number): Promise<PathVersionRecord | undefined> {
    const row = await this.db
      .selectFrom('path_versions')
      .selectAll()
      .where('path_key', '=', key)
      .where('version', '=', version)
      .executeTakeFirst();
    return row && toVersion(row);
  }
}
