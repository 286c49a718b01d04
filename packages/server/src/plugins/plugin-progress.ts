// `host.progress`: the tiers learners have achieved, a page at a time, in a stable order, for work
// that must also cover what happened before a plugin was loaded (a credentials backfill). Read from
// the stored progress, where achieved tiers are kept for good.
import type { Kysely } from 'kysely';
import type { PluginDatabase, PluginHost } from '@learning-paths/plugin-api';
import type { Database } from '../store/schema.ts';

/** The cursor after a row: its user id and path key. */
const cursorOf = (userId: number, pathKey: string) => `${userId}:${pathKey}`;

function parseCursor(cursor: string): { userId: number; pathKey: string } {
  const colon = cursor.indexOf(':');
  const userId = Number(cursor.slice(0, colon));
  if (colon < 1 || !Number.isSafeInteger(userId)) throw new Error(`not a cursor of achievedTiers: ${cursor}`);
  return { userId, pathKey: cursor.slice(colon + 1) };
}

export function pluginProgress(plugins: () => PluginDatabase): PluginHost['progress'] {
  // The plugins' loosely typed instance, read here with the core's own table types.
  const database = () => plugins() as Kysely<Database>;
  return {
    async achievedTiers({ after = null, limit }) {
      const size = Math.max(1, Math.min(1000, Math.floor(limit)));
      let select = database()
        .selectFrom('path_progress')
        .innerJoin('users', 'users.id', 'path_progress.user_id')
        .select([
          'path_progress.user_id',
          'path_progress.path_key',
          'path_progress.achieved_tiers',
          'path_progress.updated_at',
          'users.username',
        ])
        .where('path_progress.achieved_tiers', '!=', '[]')
        .orderBy('path_progress.user_id')
        .orderBy('path_progress.path_key')
        .limit(size);
      if (after !== null) {
        const { userId, pathKey } = parseCursor(after);
        select = select.where((eb) =>
          eb.or([
            eb('path_progress.user_id', '>', userId),
            eb.and([eb('path_progress.user_id', '=', userId), eb('path_progress.path_key', '>', pathKey)]),
          ]),
        );
      }
      const rows = await select.execute();
      const items = rows.flatMap((row) =>
        (JSON.parse(row.achieved_tiers) as string[]).map((tier) => ({
          pathKey: row.path_key,
          learner: row.username,
          tier,
          since: row.updated_at,
        })),
      );
      const last = rows.at(-1);
      return {
        items,
        next: rows.length === size && last ? cursorOf(Number(last.user_id), last.path_key) : null,
      };
    },
  };
}
