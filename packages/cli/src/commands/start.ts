// `learning-paths start [--port N] [--database URL_OR_FILE]`: the service in one process, on the
// embedded SQLite file unless told otherwise. Stops gracefully on SIGINT or SIGTERM: it finishes
// the requests in flight, then closes the database.
import { buildApp, ConfigError, loadConfig, migrateToLatest, openStore } from '@learning-paths/server';
import { CliError, EXIT_OK } from '../cli-error.ts';
import type { Output } from '../output.ts';

export interface StartOptions {
  readonly port?: string;
  readonly database?: string;
}

export async function startCommand(options: StartOptions, output: Output): Promise<number> {
  let config;
  try {
    config = loadConfig({
      ...process.env,
      ...(options.port === undefined ? {} : { PORT: options.port }),
      ...(options.database === undefined ? {} : { DATABASE_URL: options.database }),
    });
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
  const store = openStore(config.databaseUrl);
  await migrateToLatest(store);
  const app = await buildApp({ store, config });
  const address = await app.listen({ port: config.port, host: config.host });
  output.out(
    `Learning Paths listening on ${address} (API docs: ${address}/api/docs; database: ${config.databaseUrl})\n`,
  );

  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      app.log.info({ signal }, 'shutting down');
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await store.close();
  return EXIT_OK;
}
