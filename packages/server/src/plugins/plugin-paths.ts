// `host.paths`: a path as plugins see it outside a request (an event handler naming a path's title,
// a step's or a tier's), read from the core's tables with no access check: the plugin is trusted
// code acting for the service, not for a caller.
import type { PathDefinition } from '@learning-paths/core';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { PluginDatabase, PluginHost, PluginPath } from '@learning-paths/plugin-api';

export function pluginPaths(plugins: () => PluginDatabase): PluginHost['paths'] {
  // The plugins' loosely typed instance, read here with the core's own table types.
  const database = () => plugins() as Kysely<Database>;
  return {
    async get(key) {
      const row = await database()
        .selectFrom('paths')
        .leftJoin('path_versions', (join) =>
          join
            .onRef('path_versions.path_key', '=', 'paths.key')
            .onRef('path_versions.version', '=', 'paths.published_version'),
        )
        .select([
          'paths.key',
          'paths.org',
          'paths.title',
          'paths.status',
          'paths.published_version',
          'path_versions.definition',
        ])
        .where('paths.key', '=', key)
        .executeTakeFirst();
      if (!row) return null;
      return {
        key: row.key,
        org: row.org,
        title: row.title,
        status: row.status as PluginPath['status'],
        version: row.published_version,
        definition: row.definition === null ? null : (JSON.parse(row.definition) as PathDefinition),
      };
    },
  };
}
