// Use case: Explore paths, the paths any signed-in learner may find and join (public and published),
// searched in their title, subtitle and description, filtered by organisation and level, A to Z and
// paged, each with what it leads to and whether the caller is on it already. An institution has
// tens to a few hundred public paths, and the words searched live in their published definitions,
// which the compiled-path cache holds already: the filters run here rather than in SQL.
import type { CompiledPath, Level } from '@learning-paths/core';
import type { DataAccess } from '../../store/data-access.ts';
import type { PathRecord } from '../../store/repositories/path-repository.ts';
import type { Actor } from '../actor.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';

export interface ExploreQuery {
  readonly search?: string | undefined;
  readonly org?: string | undefined;
  readonly level?: Level | undefined;
  readonly limit: number;
  readonly offset: number;
}

export interface ExploredPath {
  readonly key: string;
  readonly org: string;
  readonly title: string;
  readonly subtitle: string | null;
  readonly image: string | null;
  readonly level: Level | null;
  readonly duration: string | null;
  readonly timeCommitment: string | null;
  /** How many courses its steps name. */
  readonly courseCount: number;
  /** Its milestones, in the definition's order: what the path leads to. */
  readonly tiers: { readonly id: string; readonly title: string }[];
  /** Whether the caller is enrolled on it now. */
  readonly enrolled: boolean;
}

export interface ExplorePathsOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly actor: Actor;
  readonly query: ExploreQuery;
}

const BATCH = 500;

/** Every published public path: the paths a caller with no role and no enrollment may see. */
async function publicPaths(data: DataAccess): Promise<PathRecord[]> {
  const paths: PathRecord[] = [];
  for (let offset = 0; ; offset += BATCH) {
    const { items } = await data.paths.list({
      access: { orgs: [], paths: [] },
      status: 'published',
      limit: BATCH,
      offset,
    });
    paths.push(...items);
    if (items.length < BATCH) return paths;
  }
}

function explored(path: PathRecord, { definition, nodes }: CompiledPath, enrolled: boolean): ExploredPath {
  return {
    key: path.key,
    org: path.org,
    title: definition.title,
    subtitle: definition.subtitle ?? null,
    image: definition.image ?? null,
    level: definition.level ?? null,
    duration: definition.duration ?? null,
    timeCommitment: definition.timeCommitment ?? null,
    courseCount: new Set(nodes.flatMap((node) => (node.course === null ? [] : [node.course]))).size,
    tiers: (definition.tiers ?? []).map(({ id, title }) => ({ id, title })),
    enrolled,
  };
}

function matchesSearch({ definition }: CompiledPath, search: string): boolean {
  return [definition.title, definition.subtitle, definition.description].some((text) =>
    text?.toLowerCase().includes(search),
  );
}

export async function explorePaths({ data, compiled, actor, query }: ExplorePathsOptions): Promise<{
  items: ExploredPath[];
  total: number;
  /** The organisations of all public paths, whatever the filters: the choices of `org`. */
  orgs: string[];
}> {
  const paths = await publicPaths(data);
  const versions = await Promise.all(
    paths.map((path) => compiled.get(data.paths, path.key, path.publishedVersion!)),
  );
  const enrolled = new Set((await data.enrollments.activeOfUser(actor.user.id)).map((each) => each.pathKey));
  const search = query.search?.trim().toLowerCase();
  const matching = paths
    .map((path, index) => ({ path, version: versions[index]! }))
    .filter(
      ({ path, version }) =>
        (!search || matchesSearch(version, search)) &&
        (query.org === undefined || path.org === query.org) &&
        (query.level === undefined || version.definition.level === query.level),
    )
    .map(({ path, version }) => explored(path, version, enrolled.has(path.key)))
    .sort((a, b) => a.title.localeCompare(b.title) || a.key.localeCompare(b.key));
  return {
    items: matching.slice(query.offset, query.offset + query.limit),
    total: matching.length,
    orgs: [...new Set(paths.map((path) => path.org))].sort(),
  };
}
