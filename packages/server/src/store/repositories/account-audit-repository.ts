// The account audit log: who changed whose account (tokens, roles, disabling, LMS links) and when.
// The only SQL about it; entries are written in the transaction of the change they record.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { AccountAuditTable, Database } from '../schema.ts';
import type { AccountAction } from '../../domain/account-actions.ts';

export interface AccountAuditEntry {
  readonly at: string;
  /** The username of who made the change. */
  readonly actor: string;
  readonly action: AccountAction;
  /** Whose account changed. */
  readonly username: string;
  /** What changed: a token's id and name, a role and its scope, an LMS user id. */
  readonly details: Readonly<Record<string, unknown>> | null;
}

export interface AccountAuditRecord extends AccountAuditEntry {
  readonly id: number;
}

function toEntry(row: Selectable<AccountAuditTable>): AccountAuditRecord {
  return {
    id: Number(row.id),
    at: row.at,
    actor: row.actor,
    action: row.action as AccountAction,
    username: row.username,
    details: row.details === null ? null : (JSON.parse(row.details) as Record<string, unknown>),
  };
}

export class AccountAuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(entry: AccountAuditEntry): Promise<void> {
    await this.db
      .insertInto('account_audit')
      .values({ ...entry, details: entry.details === null ? null : JSON.stringify(entry.details) })
      .execute();
  }

  /** The log, newest first, optionally of one user's account. */
  async list(filter: { username?: string; limit: number; offset: number }): Promise<{
    items: AccountAuditRecord[];
    total: number;
  }> {
    let select = this.db.selectFrom('account_audit');
    if (filter.username !== undefined) select = select.where('username', '=', filter.username);
    const [rows, count] = await Promise.all([
      select.selectAll().orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute(),
      select.select(sql<number>`count(*)`.as('total')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toEntry), total: Number(count.total) };
  }
}
