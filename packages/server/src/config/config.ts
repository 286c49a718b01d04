// The service's configuration, read from environment variables and validated at start: every
// wrong value is named with what was expected, all at once.
import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).default('data/learning-paths.sqlite'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
});

/** What each variable must be, in words, for the error messages. */
const EXPECTED: Record<keyof z.infer<typeof environmentSchema>, string> = {
  PORT: 'a port number from 0 to 65535',
  HOST: 'a host name or address to listen on',
  DATABASE_URL: 'postgres://… or the path of an SQLite file',
  LOG_LEVEL: `one of ${logLevels.join(', ')}`,
  BODY_LIMIT_BYTES: 'a whole number of bytes, at least 1024',
};

export interface Config {
  readonly port: number;
  readonly host: string;
  /** `postgres://…` selects PostgreSQL; anything else is an SQLite file path (or `:memory:`). */
  readonly databaseUrl: string;
  readonly logLevel: (typeof logLevels)[number];
  readonly bodyLimitBytes: number;
}

/** Thrown with one line per wrong variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  }
}

export function loadConfig(environment: Readonly<Record<string, string | undefined>>): Config {
  // Empty variables count as unset, as shells and .env files often leave them.
  const present = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = environmentSchema.safeParse(present);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = String(issue.path[0]) as keyof typeof EXPECTED;
        return `${name}=${JSON.stringify(present[name])}: must be ${EXPECTED[name]}`;
      }),
    );
  }
  const values = result.data;
  return {
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    logLevel: values.LOG_LEVEL,
    bodyLimitBytes: values.BODY_LIMIT_BYTES,
  };
}
