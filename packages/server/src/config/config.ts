// The service's configuration, read from environment variables and validated at start: every
// wrong value is named with what was expected, all at once.
import { isIP } from 'node:net';
import { isAbsolute } from 'node:path';
import type { JSONWebKeySet } from 'jose';
import { z } from 'zod';
import { SQLITE_BUSY_TIMEOUT_MS } from '../store/database.ts';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const lmsKinds = ['standalone', 'openedx'] as const;
/** What LMS=openedx cannot work without. */
const openedxRequired = ['OPENEDX_LMS_URL', 'OPENEDX_CLIENT_ID', 'OPENEDX_CLIENT_SECRET'] as const;

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

/** An http(s) base URL, kept without trailing slashes so that API paths can be appended. */
const baseUrl = z
  .string()
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value))
  .transform((value) => value.replace(/\/+$/, ''));

/** Redis stream names, comma-separated: each trimmed, none empty, each once. */
const streamList = z
  .string()
  .transform((value) => [...new Set(value.split(',').map((name) => name.trim()))])
  .refine((names) => names.every((name) => name !== ''));

/** `value` as URL.origin writes it, if it is an http(s) origin with nothing after it (a `/` at most). */
function asOrigin(value: string): string | null {
  if (!/^https?:\/\//i.test(value) || !URL.canParse(value)) return null;
  const url = new URL(value);
  return url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password
    ? url.origin
    : null;
}

/** Origins, comma-separated, each once: written as URL.origin does, to go into a CSP as they are. */
const originList = z.string().transform((value, context) => {
  const written = value.split(',');
  const origins = written.map((origin) => asOrigin(origin.trim())).filter((origin) => origin !== null);
  if (origins.length === written.length) return [...new Set(origins)];
  context.addIssue({ code: 'custom', message: 'not a list of origins' });
  return z.NEVER;
});

/**
 * Django's CSRF_TRUSTED_ORIGINS: origins, and `https://*.example.org` for a domain and all its
 * subdomains. Written as URL.origin does, so that they compare with browsers' Origin headers.
 */
const trustedOriginList = z.string().transform((value, context) => {
  const written = value.split(',').map((origin) => origin.trim());
  const origins = written
    .map((origin) => {
      const wildcard = /^(https?:\/\/)\*\./i.exec(origin);
      const exact = asOrigin(wildcard ? `${wildcard[1]}${origin.slice(wildcard[0].length)}` : origin);
      // A star goes only first, for the subdomains.
      if (exact === null || exact.includes('*')) return null;
      return wildcard ? exact.replace('://', '://*.') : exact;
    })
    .filter((origin) => origin !== null);
  if (origins.length === written.length) return [...new Set(origins)];
  context.addIssue({ code: 'custom', message: 'not a list of trusted origins' });
  return z.NEVER;
});

/** An npm package name, scoped or not, as npm accepts new ones. */
const PACKAGE_NAME = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

/** LP_PLUGINS: package names or absolute paths, comma-separated, trimmed, none empty, none twice. */
const pluginList = z.string().transform((value, context) => {
  const entries = value.split(',').map((entry) => entry.trim());
  const usable = entries.every((entry) => PACKAGE_NAME.test(entry) || isAbsolute(entry));
  if (usable && new Set(entries).size === entries.length) return entries;
  context.addIssue({ code: 'custom', message: 'not a list of plugins' });
  return z.NEVER;
});

/** The prefix of a plugin's settings in the environment: LP_PLUGIN_<ID>_<NAME>. */
export const PLUGIN_SETTING_PREFIX = 'LP_PLUGIN_';

/** Minutes between two runs of a scheduled job; 0 turns it off. */
const minutes = z.coerce.number().min(0).max(10_080);

/** `true`/`false` as people write them; z.coerce.boolean would read "false" as true. */
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));

/**
 * Which reverse proxies' X-Forwarded-For, -Proto and -Host to believe: none (false), every hop
 * (true), the last `n` hops (the proxies in front of the service), or the proxies connecting from
 * these addresses or CIDR ranges.
 */
export type TrustProxy = boolean | number | readonly string[];

/** The most proxies TRUST_PROXY may count. */
const MOST_TRUSTED_HOPS = 10;

/** `address` or `address/prefix`, as a proxy-addr trust list takes it (a prefix from 1). */
function isAddressOrRange(value: string): boolean {
  const slash = value.lastIndexOf('/');
  const version = isIP(slash === -1 ? value : value.slice(0, slash));
  if (version === 0) return false;
  if (slash === -1) return true;
  const prefix = value.slice(slash + 1);
  return /^\d{1,3}$/.test(prefix) && Number(prefix) >= 1 && Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: a flag's spellings, except that `1` is one hop (which trusts no more than `true`
 * did); a number of hops; or addresses and CIDR ranges, comma-separated, each once.
 */
const trustProxy = z.string().transform((value, context): TrustProxy => {
  if (['true', 'yes'].includes(value)) return true;
  if (['false', 'no', '0'].includes(value)) return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops >= 1 && hops <= MOST_TRUSTED_HOPS) return hops;
  } else {
    const proxies = value.split(',').map((proxy) => proxy.trim());
    if (proxies.every(isAddressOrRange)) return [...new Set(proxies)];
  }
  context.addIssue({ code: 'custom', message: 'not a proxy trust setting' });
  return z.NEVER;
});

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).default('data/learning-paths.sqlite'),
  SQLITE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(SQLITE_BUSY_TIMEOUT_MS),
  SHUTDOWN_DRAIN_SECONDS: z.coerce.number().min(0).max(3600).default(30),
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
  // Off by default: a client could otherwise claim any address, protocol or host. Turn it on behind
  // a reverse proxy that sets these headers itself, best as the number of proxies or their addresses.
  TRUST_PROXY: trustProxy.default(false),
  IMAGE_HOSTS: originList.optional(),
  FRAME_ANCESTORS: originList.optional(),
  CORS_ORIGINS: originList.optional(),
  CSRF_TRUSTED_ORIGINS: trustedOriginList.optional(),
  LMS: z.enum(lmsKinds).default('standalone'),
  OPENEDX_LMS_URL: baseUrl.optional(),
  OPENEDX_PUBLIC_URL: baseUrl.optional(),
  OPENEDX_CLIENT_ID: z.string().optional(),
  OPENEDX_CLIENT_SECRET: z.string().optional(),
  OPENEDX_SYNC_MINUTES: minutes.default(60),
  OPENEDX_RECONCILE_MINUTES: minutes.default(15),
  OPENEDX_REQUESTS_PER_SECOND: z.coerce.number().positive().max(1000).default(10),
  EVENT_BUS_REDIS_URL: z
    .string()
    .refine((value) => /^rediss?:\/\//i.test(value) && URL.canParse(value))
    .optional(),
  EVENT_BUS_STREAMS: streamList.optional(),
  EVENT_BUS_GROUP: z.string().default('learning-paths'),
  EVENT_BUS_GROUP_START: z.enum(['0', '$']).default('0'),
  EVENT_BUS_CLAIM_IDLE_SECONDS: z.coerce.number().positive().max(86_400).default(60),
  EVENT_BUS_MAX_DELIVERIES: z.coerce.number().int().min(1).max(1000).default(5),
  LP_PLUGINS: pluginList.optional(),
  LP_PLUGINS_CONFIG: z.string().refine(isAbsolute).optional(),
});

/** What each variable must be, in words, for the error messages. */
const EXPECTED: Record<keyof z.infer<typeof environmentSchema>, string> = {
  PORT: 'a port number from 0 to 65535',
  HOST: 'a host name or address to listen on',
  DATABASE_URL: 'postgres://… or the path of an SQLite file',
  SQLITE_BUSY_TIMEOUT_MS:
    "the milliseconds an SQLite write waits for another process's write lock, from 0 to 600000",
  SHUTDOWN_DRAIN_SECONDS:
    'the seconds a stopping server gives the requests in flight to finish, from 0 to 3600',
  LOG_LEVEL: `one of ${logLevels.join(', ')}`,
  BODY_LIMIT_BYTES: 'a whole number of bytes, at least 1024',
  OPENEDX_JWT_JWKS:
    'the LMS\'s JWK set as JSON ({"keys":[…]}, at least one key) or the http(s):// URL that serves it',
  OPENEDX_JWT_ISSUER: "the iss claim of the LMS's JWTs, set together with OPENEDX_JWT_JWKS",
  OPENEDX_JWT_AUDIENCE: "the aud claim of the LMS's JWTs, set together with OPENEDX_JWT_JWKS",
  SESSION_TTL_HOURS: 'a number of hours greater than 0, at most 8760',
  SESSION_COOKIE_SECURE: 'true or false',
  TRUST_PROXY: `true, false, the number of reverse proxies in front of the service (1 to ${MOST_TRUSTED_HOPS}), or their addresses or CIDR ranges, comma-separated (10.0.0.5,192.168.0.0/16)`,
  IMAGE_HOSTS:
    'origins (https://cdn.example.org, no path), comma-separated, that images in descriptions may load from',
  FRAME_ANCESTORS:
    'origins (https://lms.example.org, no path), comma-separated, whose pages may frame the web apps',
  CORS_ORIGINS:
    "origins (https://apps.lms.example.org, no path), comma-separated, whose pages may call the API with the user's cookies",
  CSRF_TRUSTED_ORIGINS:
    'origins (https://apps.lms.example.org, or https://*.example.org for a domain and its subdomains), comma-separated, that writes signed in by the Open edX JWT cookies may come from',
  LMS: `one of ${lmsKinds.join(', ')}`,
  OPENEDX_LMS_URL: "the LMS's http(s):// address (https://lms.example.org), required with LMS=openedx",
  OPENEDX_PUBLIC_URL:
    "the LMS's http(s):// address as learners' browsers reach it, for course links, when OPENEDX_LMS_URL is an internal one (http://lms:8000)",
  OPENEDX_CLIENT_ID:
    "the client id of the LMS's OAuth application for the service, required with LMS=openedx",
  OPENEDX_CLIENT_SECRET:
    "the client secret of the LMS's OAuth application for the service, required with LMS=openedx",
  OPENEDX_SYNC_MINUTES: 'the minutes between two catalog syncs, from 0 (never) to 10080',
  OPENEDX_RECONCILE_MINUTES: 'the minutes between two reconciliations, from 0 (never) to 10080',
  OPENEDX_REQUESTS_PER_SECOND: 'the most requests a second sent to the LMS, greater than 0, at most 1000',
  EVENT_BUS_REDIS_URL:
    'the redis:// (or rediss://) URL of the Open edX event bus, set together with EVENT_BUS_STREAMS',
  EVENT_BUS_STREAMS:
    'the event-bus stream names (topics) to consume, comma-separated, set together with EVENT_BUS_REDIS_URL',
  EVENT_BUS_GROUP: 'the name of the Redis consumer group the workers share',
  EVENT_BUS_GROUP_START: '0 (a new consumer group reads each stream from its start) or $ (only new entries)',
  EVENT_BUS_CLAIM_IDLE_SECONDS:
    'the seconds after which a message another worker has not acknowledged is taken over, greater than 0, at most 86400',
  EVENT_BUS_MAX_DELIVERIES:
    'how many deliveries a failing message gets before it is dead-lettered, 1 to 1000',
  LP_PLUGINS:
    'the plugins to load, comma-separated, each once: npm package names (@example/lp-plugin) or absolute paths of a folder or file',
  LP_PLUGINS_CONFIG:
    'the absolute path of a JSON file of plugin settings: { "<plugin id>": { "<setting>": value } }',
};

export interface Config {
  readonly port: number;
  readonly host: string;
  /** `postgres://…` selects PostgreSQL; anything else is an SQLite file path (or `:memory:`). */
  readonly databaseUrl: string;
  /**
   * How long an SQLite write waits for another process's write lock before it fails as busy (503
   * in the API; the CLI's enroll retries, pausing 1, 2 then 4 times as long).
   */
  readonly sqliteBusyTimeoutMs: number;
  /**
   * How long a stopping server (SIGTERM, SIGINT) lets the requests in flight finish and send their
   * whole answers before it closes the connections left.
   */
  readonly shutdownDrainSeconds: number;
  readonly logLevel: (typeof logLevels)[number];
  readonly bodyLimitBytes: number;
  /** How Open edX JWTs are verified; null when the service accepts none. */
  readonly openedxJwt: OpenedxJwtConfig | null;
  /** How long a web UI session lasts after sign-in. */
  readonly sessionTtlHours: number;
  /** Whether the session cookie is marked Secure (sent over HTTPS only). */
  readonly sessionCookieSecure: boolean;
  /**
   * Which reverse proxies' X-Forwarded-For, -Proto and -Host say the client's address and the
   * protocol and host the request came to (the absolute URLs of the Open edX surface use them):
   * anything but `false` means the service is behind a proxy.
   */
  readonly trustProxy: TrustProxy;
  /** Origins besides the service's own that images in authors' Markdown may load from. */
  readonly imageHosts: readonly string[];
  /** Origins whose pages may show the service's pages in a frame (the LMS, its MFEs); none by default. */
  readonly frameAncestors: readonly string[];
  /**
   * Origins whose pages may call the service with the user's cookies (CORS, as django-cors-headers
   * answers for the LMS): the LMS's micro-frontends; none by default.
   */
  readonly corsOrigins: readonly string[];
  /**
   * Django's CSRF_TRUSTED_ORIGINS, for writes signed in by the Open edX JWT cookies: the origins
   * besides the service's own their Origin (or, over HTTPS, Referer) may name; none by default.
   */
  readonly csrfTrustedOrigins: readonly string[];
  /** How to reach Open edX's REST APIs; null unless LMS=openedx (the standalone adapter). */
  readonly openedxLms: OpenedxLmsConfig | null;
  /** The Open edX event bus the workers consume; null when it is not configured. */
  readonly eventBus: EventBusConfig | null;
  /** The plugins to load at start, and where their settings come from. */
  readonly plugins: PluginsConfig;
}

export interface PluginsConfig {
  /** LP_PLUGINS: package names or absolute paths, in the order they load. */
  readonly entries: readonly string[];
  /** LP_PLUGINS_CONFIG: the JSON file of settings by plugin id; null when unset. */
  readonly configFile: string | null;
  /** The LP_PLUGIN_* variables, which override the file's settings (plugins/plugin-settings.ts). */
  readonly environment: Readonly<Record<string, string>>;
}

export interface EventBusConfig {
  readonly redisUrl: string;
  readonly streams: readonly string[];
  readonly group: string;
  /** Where the consumer group starts when the first worker creates it. */
  readonly groupStart: '0' | '$';
  /** A message unacknowledged this long is taken over from its worker, presumed dead. */
  readonly claimIdleMs: number;
  readonly maxDeliveries: number;
}

export interface OpenedxLmsConfig {
  /** The LMS's address the service calls, without a trailing slash. */
  readonly url: string;
  /** Its address in learners' browsers (course links): OPENEDX_PUBLIC_URL, else `url`. */
  readonly publicUrl: string;
  /** The OAuth application the service calls the LMS as (client credentials grant). */
  readonly clientId: string;
  readonly clientSecret: string;
  /** Minutes between two catalog syncs, and between two reconciliations; 0 for never. */
  readonly syncMinutes: number;
  readonly reconcileMinutes: number;
  /** The most requests a second the service sends the LMS. */
  readonly requestsPerSecond: number;
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
  // Left set with another LMS they are simply unused, so that one variable switches adapters.
  if (present.LMS === 'openedx')
    for (const name of openedxRequired) if (present[name] === undefined) wrong.push(name);
  // A bus without streams, or streams without a bus, would consume nothing.
  for (const [name, other] of [
    ['EVENT_BUS_REDIS_URL', 'EVENT_BUS_STREAMS'],
    ['EVENT_BUS_STREAMS', 'EVENT_BUS_REDIS_URL'],
  ] as const)
    if (present[name] === undefined && present[other] !== undefined) wrong.push(name);
  if (!result.success || wrong.length > 0) {
    const shown = (name: keyof typeof EXPECTED) =>
      present[name] === undefined ? `${name} is unset` : `${name}=${JSON.stringify(present[name])}`;
    throw new ConfigError(wrong.map((name) => `${shown(name)}: must be ${EXPECTED[name]}`));
  }
  const values = result.data;
  return {
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    sqliteBusyTimeoutMs: values.SQLITE_BUSY_TIMEOUT_MS,
    shutdownDrainSeconds: values.SHUTDOWN_DRAIN_SECONDS,
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
    trustProxy: values.TRUST_PROXY,
    imageHosts: values.IMAGE_HOSTS ?? [],
    frameAncestors: values.FRAME_ANCESTORS ?? [],
    corsOrigins: values.CORS_ORIGINS ?? [],
    csrfTrustedOrigins: values.CSRF_TRUSTED_ORIGINS ?? [],
    openedxLms:
      values.LMS === 'openedx'
        ? {
            url: values.OPENEDX_LMS_URL!,
            publicUrl: values.OPENEDX_PUBLIC_URL ?? values.OPENEDX_LMS_URL!,
            clientId: values.OPENEDX_CLIENT_ID!,
            clientSecret: values.OPENEDX_CLIENT_SECRET!,
            syncMinutes: values.OPENEDX_SYNC_MINUTES,
            reconcileMinutes: values.OPENEDX_RECONCILE_MINUTES,
            requestsPerSecond: values.OPENEDX_REQUESTS_PER_SECOND,
          }
        : null,
    eventBus:
      values.EVENT_BUS_REDIS_URL === undefined || values.EVENT_BUS_STREAMS === undefined
        ? null
        : {
            redisUrl: values.EVENT_BUS_REDIS_URL,
            streams: values.EVENT_BUS_STREAMS,
            group: values.EVENT_BUS_GROUP,
            groupStart: values.EVENT_BUS_GROUP_START,
            claimIdleMs: values.EVENT_BUS_CLAIM_IDLE_SECONDS * 1000,
            maxDeliveries: values.EVENT_BUS_MAX_DELIVERIES,
          },
    plugins: {
      entries: values.LP_PLUGINS ?? [],
      configFile: values.LP_PLUGINS_CONFIG ?? null,
      // Read by each plugin's own schema once it is loaded: which names it takes is only known then.
      environment: Object.fromEntries(
        Object.entries(present).filter(([name]) => name.startsWith(PLUGIN_SETTING_PREFIX)),
      ) as Record<string, string>,
    },
  };
}
