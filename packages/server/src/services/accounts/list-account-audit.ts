// Use case: the account audit log, newest first, optionally of one account: for administrators.
import type { DataAccess } from '../../store/data-access.ts';
import type { AccountAuditRecord } from '../../store/repositories/account-audit-repository.ts';
import type { Actor } from '../actor.ts';
import { requireAdmin } from './account-access.ts';

export async function listAccountAudit({
  data,
  actor,
  ...filter
}: {
  data: DataAccess;
  actor: Actor;
  username?: string;
  limit: number;
  offset: number;
}): Promise<{ items: AccountAuditRecord[]; total: number }> {
  requireAdmin(actor, 'the account audit log');
  return data.accountAudit.list(filter);
}
