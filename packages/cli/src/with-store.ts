// Opens the database a server command names (--database, else DATABASE_URL, else the embedded
// SQLite file) with the configured SQLite busy timeout, brings it to the latest schema, runs the
// command, and closes it. Application errors become CLI errors with exit code 1.
import { AppError, migrateToLatest, openStore, type Store } from '@learning-paths/server';
import { CliError, EXIT_INVALID } from './cli-error.ts';
import { readConfig } from './read-config.ts';

export async function withStore<T>(
  database: string | undefined,
  run: (store: Store) => Promise<T>,
): Promise<T> {
  const config = readConfig({ database });
  const url = config.databaseUrl;
  const store = openStore(url, { sqliteBusyTimeoutMs: config.sqliteBusyTimeoutMs });
  try {
    await migrateToLatest(store);
    return await run(store);
  } catch (error) {
    // Already a message for the user (a plugin that cannot load), whatever its words.
    if (error instanceof CliError) throw error;
    if (error instanceof AppError) throw new CliError(error.message, EXIT_INVALID, { cause: error });
    if (
      error instanceof Error &&
      /ECONNREFUSED|ENOTFOUND|does not exist|password authentication/.test(error.message)
    ) {
      throw new CliError(`cannot open the database ${url}: ${error.message}`);
    }
    throw error;
  } finally {
    await store.close();
  }
}
