// Which of a path's credential holders a staff search names: by username or by name, without
// regard to case. Names live in the core's accounts, not in the plugin's tables: each holder's is
// looked up (at once), which a path's few hundred or thousand learners allow.
import type { PluginUsers } from '@learning-paths/plugin-api';
import { pathLearners } from '../store/credential-rows.ts';
import type { CredentialDatabase } from '../tables.ts';

export async function learnersMatching(
  db: CredentialDatabase,
  users: PluginUsers,
  pathKey: string,
  search: string,
): Promise<string[]> {
  const wanted = search.toLocaleLowerCase();
  const holders = await pathLearners(db, pathKey);
  const names = await Promise.all(holders.map(async (username) => (await users.get(username))?.displayName));
  return holders.filter(
    (username, index) =>
      username.toLocaleLowerCase().includes(wanted) ||
      (names[index]?.toLocaleLowerCase().includes(wanted) ?? false),
  );
}
