// Who is calling, and what their roles let them do. Every service takes an Actor and checks access
// itself; routes never decide who may do what.
import { parsePathKey } from '@learning-paths/core';
import type { RoleGrant } from '../domain/roles.ts';
import type { UserRecord } from '../store/repositories/user-repository.ts';

export interface Actor {
  readonly user: UserRecord;
  readonly grants: readonly RoleGrant[];
}

function hasRole(actor: Actor, role: RoleGrant['role'], scopes: readonly string[]): boolean {
  return actor.grants.some(
    (grant) => grant.role === role && (grant.scope === '*' || scopes.includes(grant.scope)),
  );
}

/** The organisation a path belongs to: the org part of its key. */
export function orgOfPath(pathKey: string): string {
  return parsePathKey(pathKey).org;
}

/** Admins, and authors of the path's organisation. */
export function canAuthor(actor: Actor, org: string): boolean {
  return actor.user.isAdmin || hasRole(actor, 'author', [`org:${org}`]);
}

/** Staff of a path: those who may author it, and its instructors. */
export function isPathStaff(actor: Actor, pathKey: string): boolean {
  const org = orgOfPath(pathKey);
  return canAuthor(actor, org) || hasRole(actor, 'instructor', [`org:${org}`, `path:${pathKey}`]);
}

/**
 * The operator at the command line: commands run against the database directly, with its full
 * rights, so they act as an administrator named after the tool.
 */
export function operatorActor(): Actor {
  return {
    user: {
      id: 0,
      username: 'learning-paths-cli',
      email: null,
      displayName: 'Command line',
      lmsUserId: null,
      isAdmin: true,
      adminFromLms: false,
      createdAt: '',
      disabledAt: null,
    },
    grants: [],
  };
}

/** Integrations that push learners' progress: admins and service accounts. */
export function canPushFacts(actor: Actor): boolean {
  return actor.user.isAdmin || hasRole(actor, 'service', ['*']);
}
