import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has embedded defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: 'data/learning-paths.sqlite',
      sqliteBusyTimeoutMs: 5000,
      shutdownDrainSeconds: 30,
      logLevel: 'info',
      bodyLimitBytes: 10 * 1024 * 1024,
      openedxJwt: null,
      sessionTtlHours: 12,
      sessionCookieSecure: false,
      trustProxy: false,
      imageHosts: [],
      frameAncestors: [],
      corsOrigins: [],
      csrfTrustedOrigins: [],
      openedxLms: null,
      eventBus: null,
      plugins: { entries: [], configFile: null, environment: {} },
    });
  });

  it('reads the plugins to load, their settings file and their LP_PLUGIN_ variables', () => {
    expect(
      loadConfig({
        LP_PLUGINS: ' @example/lp-notify , /opt/plugins/approval,lp-xapi ',
        LP_PLUGINS_CONFIG: '/etc/learning-paths/plugins.json',
        LP_PLUGIN_ORG_EXAMPLE_NOTIFY_SMTP_HOST: 'mail.example.org',
        LP_PLUGIN_ORG_EXAMPLE_NOTIFY_SMTP_PORT: '',
        PORT: '8080',
      }).plugins,
    ).toEqual({
      entries: ['@example/lp-notify', '/opt/plugins/approval', 'lp-xapi'],
      configFile: '/etc/learning-paths/plugins.json',
      environment: { LP_PLUGIN_ORG_EXAMPLE_NOTIFY_SMTP_HOST: 'mail.example.org' },
    });
  });

  it('names a plugin list with a repeated, empty or relative entry, and a relative settings file', () => {
    for (const list of ['lp-a,lp-a', 'lp-a,,lp-b', './plugins/mine', 'Not A Package'])
      expect(() => loadConfig({ LP_PLUGINS: list })).toThrow(
        `LP_PLUGINS=${JSON.stringify(list)}: must be the plugins to load, comma-separated, each once`,
      );
    expect(() => loadConfig({ LP_PLUGINS_CONFIG: 'plugins.json' })).toThrow(
      'LP_PLUGINS_CONFIG="plugins.json": must be the absolute path of a JSON file of plugin settings',
    );
  });

  it('reads the environment, empty values counting as unset', () => {
    expect(loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://db/lp', LOG_LEVEL: '' })).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://db/lp',
      logLevel: 'info',
    });
  });

  it('reads the SQLite busy timeout and the shutdown drain time, and names wrong ones', () => {
    expect(loadConfig({ SQLITE_BUSY_TIMEOUT_MS: '250', SHUTDOWN_DRAIN_SECONDS: '0.5' })).toMatchObject({
      sqliteBusyTimeoutMs: 250,
      shutdownDrainSeconds: 0.5,
    });
    expect(() => loadConfig({ SQLITE_BUSY_TIMEOUT_MS: '1.5', SHUTDOWN_DRAIN_SECONDS: '-1' })).toThrow(
      new ConfigError([
        `SQLITE_BUSY_TIMEOUT_MS="1.5": must be the milliseconds an SQLite write waits for another process's write lock, from 0 to 600000`,
        'SHUTDOWN_DRAIN_SECONDS="-1": must be the seconds a stopping server gives the requests in flight to finish, from 0 to 3600',
      ]),
    );
  });

  it('names every wrong value at once', () => {
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', BODY_LIMIT_BYTES: '10' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems).toEqual([
        'PORT="eighty": must be a port number from 0 to 65535',
        'LOG_LEVEL="loud": must be one of fatal, error, warn, info, debug, trace, silent',
        'BODY_LIMIT_BYTES="10": must be a whole number of bytes, at least 1024',
      ]);
    }
  });

  it('reads the Open edX JWT keys inline or as a URL, and the session settings', () => {
    const keys = { keys: [{ kty: 'RSA', n: 'AQAB', e: 'AQAB', kid: 'lms' }] };
    expect(
      loadConfig({
        OPENEDX_JWT_JWKS: JSON.stringify(keys),
        OPENEDX_JWT_ISSUER: 'https://lms.example.org/oauth2',
        OPENEDX_JWT_AUDIENCE: 'openedx',
        SESSION_TTL_HOURS: '0.5',
        SESSION_COOKIE_SECURE: 'true',
        TRUST_PROXY: 'yes',
      }),
    ).toMatchObject({
      openedxJwt: { jwks: keys, issuer: 'https://lms.example.org/oauth2', audience: 'openedx' },
      sessionTtlHours: 0.5,
      sessionCookieSecure: true,
      trustProxy: true,
    });
    expect(
      loadConfig({ OPENEDX_JWT_JWKS: 'https://lms.example.org/api/jwks/', SESSION_COOKIE_SECURE: 'false' }),
    ).toMatchObject({
      openedxJwt: { jwks: new URL('https://lms.example.org/api/jwks/'), issuer: undefined },
      sessionCookieSecure: false,
    });
  });

  it.each([
    ['{"keys": [', 'bad JSON'],
    ['{"key": []}', 'a JWK set without keys'],
    ['{"keys": []}', 'an empty JWK set'],
    ['{"keys": [{"n": "AQAB"}]}', 'a key without kty'],
    ['lms.example.org/jwks', 'a URL without its scheme'],
    ['ftp://lms.example.org/jwks', 'a URL that is not http(s)'],
  ])('refuses OPENEDX_JWT_JWKS=%s (%s)', (value) => {
    expect(() => loadConfig({ OPENEDX_JWT_JWKS: value })).toThrow(
      `OPENEDX_JWT_JWKS=${JSON.stringify(value)}: must be the LMS's JWK set as JSON ({"keys":[…]}, at least one key) or the http(s):// URL that serves it`,
    );
  });

  it('names wrong session settings, and an issuer or audience without keys, with the others', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        OPENEDX_JWT_ISSUER: 'https://lms.example.org/oauth2',
        SESSION_TTL_HOURS: '0',
        SESSION_COOKIE_SECURE: 'maybe',
        TRUST_PROXY: 'sometimes',
      });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'PORT="eighty": must be a port number from 0 to 65535',
        'SESSION_TTL_HOURS="0": must be a number of hours greater than 0, at most 8760',
        'SESSION_COOKIE_SECURE="maybe": must be true or false',
        'TRUST_PROXY="sometimes": must be true, false, the number of reverse proxies in front of the service (1 to 10), or their addresses or CIDR ranges, comma-separated (10.0.0.5,192.168.0.0/16)',
        `OPENEDX_JWT_ISSUER="https://lms.example.org/oauth2": must be the iss claim of the LMS's JWTs, set together with OPENEDX_JWT_JWKS`,
      ]);
    }
  });

  it.each([
    ['true', true],
    ['yes', true],
    ['false', false],
    ['no', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['10', 10],
    ['10.0.0.5', ['10.0.0.5']],
    ['10.0.0.5, 192.168.0.0/16,10.0.0.5', ['10.0.0.5', '192.168.0.0/16']],
    ['::1,fd00::/8,172.16.0.0/12', ['::1', 'fd00::/8', '172.16.0.0/12']],
    ['10.0.0.0/32,::ffff:10.0.0.5/128', ['10.0.0.0/32', '::ffff:10.0.0.5/128']],
  ])('reads TRUST_PROXY=%s: a flag, a number of proxies or their addresses', (value, trustProxy) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(trustProxy);
  });

  it.each([
    ['sometimes', 'a word'],
    ['TRUE', 'a flag in capitals'],
    ['11', 'too many proxies'],
    ['00', 'zero spelt with two digits'],
    ['1.5', 'a fractional number of proxies'],
    ['-1', 'a negative number of proxies'],
    ['10.0.0.256', 'an address out of range'],
    ['10.0.0', 'an incomplete address'],
    ['proxy.example.org', 'a host name'],
    ['10.0.0.5,', 'an empty entry'],
    ['10.0.0.5,,10.0.0.6', 'an empty entry between two'],
    ['10.0.0.0/33', 'an IPv4 prefix over 32'],
    ['fd00::/129', 'an IPv6 prefix over 128'],
    ['10.0.0.0/0', 'a prefix of 0'],
    ['10.0.0.0/', 'a slash without prefix'],
    ['10.0.0.0/255.0.0.0', 'a netmask'],
    ['10.0.0.0/8/8', 'two prefixes'],
    ['true,10.0.0.5', 'a flag in a list'],
    ['1,2', 'numbers in a list'],
  ])('refuses TRUST_PROXY=%s (%s), naming it', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(
      new ConfigError([
        `TRUST_PROXY=${JSON.stringify(value)}: must be true, false, the number of reverse proxies in front of the service (1 to 10), or their addresses or CIDR ranges, comma-separated (10.0.0.5,192.168.0.0/16)`,
      ]),
    );
  });

  it('reads the image hosts and frame ancestors as origins, and names what is not an origin', () => {
    expect(
      loadConfig({
        IMAGE_HOSTS: 'https://CDN.example.org/, http://127.0.0.1:8080',
        FRAME_ANCESTORS: 'https://lms.example.org,https://apps.lms.example.org,https://lms.example.org',
      }),
    ).toMatchObject({
      imageHosts: ['https://cdn.example.org', 'http://127.0.0.1:8080'],
      frameAncestors: ['https://lms.example.org', 'https://apps.lms.example.org'],
    });
    for (const wrong of [
      'https://lms.example.org/path',
      "'self'",
      '*',
      'https://a.org; script-src *',
      'ftp://a.org',
    ])
      expect(() => loadConfig({ FRAME_ANCESTORS: wrong, IMAGE_HOSTS: `https://ok.org,${wrong}` })).toThrow(
        new ConfigError([
          `IMAGE_HOSTS=${JSON.stringify(`https://ok.org,${wrong}`)}: must be origins (https://cdn.example.org, no path), comma-separated, that images in descriptions may load from`,
          `FRAME_ANCESTORS=${JSON.stringify(wrong)}: must be origins (https://lms.example.org, no path), comma-separated, whose pages may frame the web apps`,
        ]),
      );
  });

  it('reads the CORS origins and the CSRF trusted origins, subdomain wildcards too, and names wrong ones', () => {
    expect(
      loadConfig({
        CORS_ORIGINS: 'https://Apps.LMS.example.org/,https://studio.example.org:8443',
        CSRF_TRUSTED_ORIGINS: 'https://apps.lms.example.org, https://*.Example.org, http://*.local.test:8000',
      }),
    ).toMatchObject({
      corsOrigins: ['https://apps.lms.example.org', 'https://studio.example.org:8443'],
      csrfTrustedOrigins: [
        'https://apps.lms.example.org',
        'https://*.example.org',
        'http://*.local.test:8000',
      ],
    });
    for (const wrong of [
      'https://*.*.example.org',
      'https://a.*.org',
      '*.example.org',
      'https://*.example.org/x',
    ])
      expect(() => loadConfig({ CSRF_TRUSTED_ORIGINS: `https://ok.org,${wrong}` })).toThrow(
        new ConfigError([
          `CSRF_TRUSTED_ORIGINS=${JSON.stringify(`https://ok.org,${wrong}`)}: must be origins (https://apps.lms.example.org, or https://*.example.org for a domain and its subdomains), comma-separated, that writes signed in by the Open edX JWT cookies may come from`,
        ]),
      );
    expect(() => loadConfig({ CORS_ORIGINS: 'https://apps.lms.example.org/learning' })).toThrow(
      new ConfigError([
        `CORS_ORIGINS="https://apps.lms.example.org/learning": must be origins (https://apps.lms.example.org, no path), comma-separated, whose pages may call the API with the user's cookies`,
      ]),
    );
  });

  it('reads the Open edX LMS settings with LMS=openedx, and ignores them otherwise', () => {
    const openedx = {
      OPENEDX_LMS_URL: 'https://lms.example.org/',
      OPENEDX_CLIENT_ID: 'learning-paths',
      OPENEDX_CLIENT_SECRET: 's3cret',
    };
    expect(loadConfig({ LMS: 'openedx', ...openedx }).openedxLms).toEqual({
      url: 'https://lms.example.org',
      publicUrl: 'https://lms.example.org',
      clientId: 'learning-paths',
      clientSecret: 's3cret',
      syncMinutes: 60,
      reconcileMinutes: 15,
      requestsPerSecond: 10,
    });
    expect(
      loadConfig({
        LMS: 'openedx',
        ...openedx,
        OPENEDX_SYNC_MINUTES: '0',
        OPENEDX_RECONCILE_MINUTES: '2.5',
        OPENEDX_REQUESTS_PER_SECOND: '50',
        OPENEDX_PUBLIC_URL: 'https://courses.example.org/',
      }).openedxLms,
    ).toMatchObject({
      url: 'https://lms.example.org',
      publicUrl: 'https://courses.example.org',
      syncMinutes: 0,
      reconcileMinutes: 2.5,
      requestsPerSecond: 50,
    });
    expect(loadConfig({ LMS: 'standalone', ...openedx }).openedxLms).toBeNull();
  });

  it('names each missing Open edX setting with LMS=openedx, and wrong ones, with the others', () => {
    try {
      loadConfig({
        LMS: 'openedx',
        OPENEDX_CLIENT_ID: 'learning-paths',
        OPENEDX_REQUESTS_PER_SECOND: '0',
        OPENEDX_SYNC_MINUTES: '-1',
      });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'OPENEDX_SYNC_MINUTES="-1": must be the minutes between two catalog syncs, from 0 (never) to 10080',
        'OPENEDX_REQUESTS_PER_SECOND="0": must be the most requests a second sent to the LMS, greater than 0, at most 1000',
        "OPENEDX_LMS_URL is unset: must be the LMS's http(s):// address (https://lms.example.org), required with LMS=openedx",
        "OPENEDX_CLIENT_SECRET is unset: must be the client secret of the LMS's OAuth application for the service, required with LMS=openedx",
      ]);
    }
    expect(() => loadConfig({ LMS: 'moodle' })).toThrow('LMS="moodle": must be one of standalone, openedx');
    expect(() =>
      loadConfig({
        LMS: 'openedx',
        OPENEDX_LMS_URL: 'lms.example.org',
        OPENEDX_CLIENT_ID: 'x',
        OPENEDX_CLIENT_SECRET: 'y',
      }),
    ).toThrow(
      `OPENEDX_LMS_URL="lms.example.org": must be the LMS's http(s):// address (https://lms.example.org), required with LMS=openedx`,
    );
  });

  it('reads the event bus: trimmed stream names, the group and its tuning', () => {
    expect(
      loadConfig({
        EVENT_BUS_REDIS_URL: 'redis://bus.example.org:6379/2',
        EVENT_BUS_STREAMS: ' learning-course-grade-lifecycle , course-unenrollment-lifecycle',
      }).eventBus,
    ).toEqual({
      redisUrl: 'redis://bus.example.org:6379/2',
      streams: ['learning-course-grade-lifecycle', 'course-unenrollment-lifecycle'],
      group: 'learning-paths',
      groupStart: '0',
      claimIdleMs: 60_000,
      maxDeliveries: 5,
    });
    expect(
      loadConfig({
        EVENT_BUS_REDIS_URL: 'rediss://bus.example.org',
        EVENT_BUS_STREAMS: 'a',
        EVENT_BUS_GROUP: 'lp-prod',
        EVENT_BUS_GROUP_START: '$',
        EVENT_BUS_CLAIM_IDLE_SECONDS: '0.5',
        EVENT_BUS_MAX_DELIVERIES: '3',
      }).eventBus,
    ).toMatchObject({ group: 'lp-prod', groupStart: '$', claimIdleMs: 500, maxDeliveries: 3 });
  });

  it('names wrong event-bus settings, and a bus without streams, with the others', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        EVENT_BUS_REDIS_URL: 'bus.example.org:6379',
        EVENT_BUS_STREAMS: 'a,,b',
        EVENT_BUS_GROUP_START: 'latest',
        EVENT_BUS_CLAIM_IDLE_SECONDS: '0',
        EVENT_BUS_MAX_DELIVERIES: '2.5',
      });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'PORT="eighty": must be a port number from 0 to 65535',
        'EVENT_BUS_REDIS_URL="bus.example.org:6379": must be the redis:// (or rediss://) URL of the Open edX event bus, set together with EVENT_BUS_STREAMS',
        'EVENT_BUS_STREAMS="a,,b": must be the event-bus stream names (topics) to consume, comma-separated, set together with EVENT_BUS_REDIS_URL',
        'EVENT_BUS_GROUP_START="latest": must be 0 (a new consumer group reads each stream from its start) or $ (only new entries)',
        'EVENT_BUS_CLAIM_IDLE_SECONDS="0": must be the seconds after which a message another worker has not acknowledged is taken over, greater than 0, at most 86400',
        'EVENT_BUS_MAX_DELIVERIES="2.5": must be how many deliveries a failing message gets before it is dead-lettered, 1 to 1000',
      ]);
    }
    expect(() => loadConfig({ EVENT_BUS_REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(
      'EVENT_BUS_STREAMS is unset: must be the event-bus stream names (topics) to consume, comma-separated, set together with EVENT_BUS_REDIS_URL',
    );
    expect(() => loadConfig({ EVENT_BUS_STREAMS: 'a' })).toThrow(
      'EVENT_BUS_REDIS_URL is unset: must be the redis:// (or rediss://) URL of the Open edX event bus, set together with EVENT_BUS_STREAMS',
    );
  });
});
