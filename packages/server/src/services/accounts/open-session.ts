// Use case: a web UI session for someone signed in by other credentials (the Open edX JWT cookies),
// so that the web UI can write with the session's CSRF token. The session the request's cookie
// names is kept when it is this user's and still valid; otherwise a new one is opened.
import type { DataAccess } from '../../store/data-access.ts';
import type { NewSession, SessionRecord } from '../../store/repositories/session-repository.ts';
import type { Actor } from '../actor.ts';

export interface OpenSessionOptions {
  readonly data: Pick<DataAccess, 'sessions'>;
  readonly actor: Actor;
  /** The session cookie the request carried, if any. */
  readonly cookieValue: string | undefined;
  readonly sessionTtlHours: number;
  readonly now: string;
}

/** The session kept, or the one opened, whose cookie the caller has to set. */
export type OpenedSession =
  | { readonly kept: true; readonly session: SessionRecord }
  | { readonly kept: false; readonly session: NewSession };

export async function openSession({
  data,
  actor,
  cookieValue,
  sessionTtlHours,
  now,
}: OpenSessionOptions): Promise<OpenedSession> {
  const existing = cookieValue === undefined ? undefined : await data.sessions.findValid(cookieValue, now);
  if (existing?.userId === actor.user.id) return { kept: true, session: existing };
  const expiresAt = new Date(Date.parse(now) + sessionTtlHours * 3_600_000).toISOString();
  return { kept: false, session: await data.sessions.create(actor.user.id, now, expiresAt) };
}
