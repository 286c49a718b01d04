// Use case: list the paths a caller may see. Staff see the paths of their organisations (and
// instructors the paths assigned to them); everyone sees published public paths.
import type {
  PathAccess,
  PathListQuery,
  PathRecord,
  PathRepository,
} from '../../store/repositories/path-repository.ts';
import type { Actor } from '../actor.ts';

export interface ListPathsOptions {
  readonly paths: PathRepository;
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

export function listPaths({
  paths,
  actor,
  query,
}: ListPathsOptions): Promise<{ items: PathRecord[]; total: number }> {
  return paths.list({ ...query, access: accessOf(actor) });
}
