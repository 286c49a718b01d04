// The databases the plugin's tests run the whole service on: startService's own SQLite file and, when
// PostgreSQL answers, a fresh database of the test's own (plugins/test/postgres-database.ts), given to
// the service as DATABASE_URL.
import { freshPostgresDatabase, postgresAnswers } from '../../test/postgres-database.ts';

export interface ServiceDatabase {
  readonly name: 'sqlite' | 'postgres';
  /** The environment that points the service at a fresh database, and how to remove it. */
  open(): Promise<{ environment: Record<string, string>; dispose: () => Promise<void> }>;
}

const sqlite: ServiceDatabase = {
  name: 'sqlite',
  open: () => Promise.resolve({ environment: {}, dispose: () => Promise.resolve() }),
};

const postgres: ServiceDatabase = {
  name: 'postgres',
  async open() {
    const { url, drop } = await freshPostgresDatabase();
    return { environment: { DATABASE_URL: url }, dispose: drop };
  },
};

export async function serviceDatabases(): Promise<ServiceDatabase[]> {
  return (await postgresAnswers()) ? [sqlite, postgres] : [sqlite];
}
