import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has embedded defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: 'data/learning-paths.sqlite',
      logLevel: 'info',
      bodyLimitBytes: 10 * 1024 * 1024,
    });
  });

  it('reads the environment, empty values counting as unset', () => {
    expect(loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://db/lp', LOG_LEVEL: '' })).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://db/lp',
      logLevel: 'info',
    });
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
});
