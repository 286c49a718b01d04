// The service's configuration as a server command reads it: the environment, with what the command
// line sets over it (--database, --port). A wrong value is a CLI error naming every one, never a
// stack trace.
import { ConfigError, loadConfig, type Config } from '@learning-paths/server';
import { CliError } from './cli-error.ts';

export interface CommandLineSettings {
  readonly database?: string;
  readonly port?: string;
}

export function readConfig({ database, port }: CommandLineSettings = {}): Config {
  try {
    return loadConfig({
      ...process.env,
      ...(port === undefined ? {} : { PORT: port }),
      ...(database === undefined ? {} : { DATABASE_URL: database }),
    });
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}
