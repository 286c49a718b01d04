// Use case: list the paths a caller may see. Staff see the paths of their organisations (and
// instructors the paths assigned to them); everyone sees published public paths and their own.
import type { DataAccess } from '../../store/data-access.ts';
import type { PathAccess, PathListQuery, PathRecord } from '../../store/repositories/path-repository.ts';
import type { Actor } from '../actor.ts';

export interface ListPathsOptions {
  readonly data: Pick<DataAccess, 'paths' | 'enrollments'>;
  readonly actor: Actor;
  readonly query: Omit<PathListQuery, 'access'>;
}

export function accessOf(actor: Actor): PathAccess {
  const staff = actor.grants.filter((grant) => grant.role === 'author' || grant.role === 'instructor');
  if (actor.user.isAdmin || staff.some((grant) => grant.scope === '*')) return 'all';
  const scoped = (prefix: string) =>
    staff.filter((grant) => grant.scope.startsWith(prefix)).map((grant) => grant.scope.slice(prefix.length));
  return { orgs: scoped('org:'), paths: scoped('path:') };
}

/** Everyone also sees the paths they are enrolled on. */
export async function listPaths({
  data,
  actor,
  query,
}: ListPathsOptions): Promise<{ items: PathRecord[]; total: number }> {
  const access = accessOf(actor);
  if (access === 'all') return data.paths.list({ ...query, access });
  const enrolled = await data.enrollments.activeOfUser(actor.user.id);
  const paths = [...access.paths, ...enrolled.map((enrollment) => enrollment.pathKey)];
  return data.paths.list({ ...query, access: { orgs: access.orgs, paths } });
}
