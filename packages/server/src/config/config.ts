// The service's configuration, read from environment variables and validated at start: every
// wrong value is named with what was expected, all at once.
import type { JSONWebKeySet } from 'jose';
import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const jwkSet = z.object({ keys: z.array(z.looseObject({ kty: z.string() })).min(1) });

/** A JWK set as JSON, or the http(s) URL the LMS serves it at (fetched and cached by jose). */
const jwksSource = z.string().transform((value, context): JSONWebKeySet | URL => {
  if (/^https?:\/\//i.test(value) && URL.canParse(value)) return new URL(value);
  try {
    const parsed = jwkSet.safeParse(JSON.parse(value));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: reported below like any other wrong value.
  }
  context.addIssue({ code: 'custom', message: 'not a JWK set' });
  return z.NEVER;
});

/** `true`/`false` as people write them; z.coerce.boolean would read "false" as true. */
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));

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
  OPENEDX_JWT_JWKS: jwksSource.optional(),
  OPENEDX_JWT_ISSUER: z.string().optional(),
  OPENEDX_JWT_AUDIENCE: z.string().optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(8760).default(12),
  // Off by default: the embedded service serves plain http on 127.0.0.1, where a Secure cookie
  // would never be sent back. Turn it on behind HTTPS.
  SESSION_COOKIE_SECURE: flag.default(false),
});

/** What each variable must be, in words, for the error messages. */
const EXPECTED: Record<keyof z.infer<typeof environmentSchema>, string> = {
  PORT: 'a port number from 0 to 65535',
  HOST: 'a host name or address to listen on',
  DATABASE_URL: 'postgres://… or the path of an SQLite file',
  LOG_LEVEL: `one of ${logLevels.join(', ')}`,
  BODY_LIMIT_BYTES: 'a whole number of bytes, at least 1024',
  OPENEDX_JWT_JWKS:
    'the LMS\'s JWK set as JSON ({"keys":[…]}, at least one key) or the http(s):// URL that serves it',
  OPENEDX_JWT_ISSUER: "the iss claim of the LMS's JWTs, set together with OPENEDX_JWT_JWKS",
  OPENEDX_JWT_AUDIENCE: "the aud claim of the LMS's JWTs, set together with OPENEDX_JWT_JWKS",
  SESSION_TTL_HOURS: 'a number of hours greater than 0, at most 8760',
  SESSION_COOKIE_SECURE: 'true or false',
};

export interface Config {
  readonly port: number;
  readonly host: string;
  /** `postgres://…` selects PostgreSQL; anything else is an SQLite file path (or `:memory:`). */
  readonly databaseUrl: string;
  readonly logLevel: (typeof logLevels)[number];
  readonly bodyLimitBytes: number;
  /** How Open edX JWTs are verified; null when the service accepts none. */
  readonly openedxJwt: OpenedxJwtConfig | null;
  /** How long a web UI session lasts after sign-in. */
  readonly sessionTtlHours: number;
  /** Whether the session cookie is marked Secure (sent over HTTPS only). */
  readonly sessionCookieSecure: boolean;
}

export interface OpenedxJwtConfig {
  /** The LMS's public keys, or the URL to fetch them from. */
  readonly jwks: JSONWebKeySet | URL;
  /** Checked against the iss and aud claims when set. */
  readonly issuer?: string;
  readonly audience?: string;
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
  const wrong: (keyof typeof EXPECTED)[] = result.success
    ? []
    : result.error.issues.map((issue) => String(issue.path[0]) as keyof typeof EXPECTED);
  // An issuer or audience without keys would check nothing: say so rather than ignore it.
  for (const name of ['OPENEDX_JWT_ISSUER', 'OPENEDX_JWT_AUDIENCE'] as const)
    if (present[name] !== undefined && present.OPENEDX_JWT_JWKS === undefined) wrong.push(name);
  if (!result.success || wrong.length > 0) {
    throw new ConfigError(
      wrong.map((name) => `${name}=${JSON.stringify(present[name])}: must be ${EXPECTED[name]}`),
    );
  }
  const values = result.data;
  return {
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    logLevel: values.LOG_LEVEL,
    bodyLimitBytes: values.BODY_LIMIT_BYTES,
    openedxJwt:
      values.OPENEDX_JWT_JWKS === undefined
        ? null
        : {
            jwks: values.OPENEDX_JWT_JWKS,
            issuer: values.OPENEDX_JWT_ISSUER,
            audience: values.OPENEDX_JWT_AUDIENCE,
          },
    sessionTtlHours: values.SESSION_TTL_HOURS,
    sessionCookieSecure: values.SESSION_COOKIE_SECURE,
  };
}
