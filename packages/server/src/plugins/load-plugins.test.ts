// Loading plugins by configuration: by absolute path, settings from the file and the environment
// (the environment winning), and each bad plugin stopping the load with one line naming it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, keptLog, pluginsConfig } from '../../test/plugins/plugin-fixtures.ts';
import { loadPlugins, PluginLoadError } from './load-plugins.ts';
import { settingVariable } from './plugin-settings.ts';

const folder = mkdtempSync(join(tmpdir(), 'lp-plugins-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function settingsFile(content: unknown): string {
  const file = join(folder, `settings-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

async function loadError(entries: string[], more = {}): Promise<string> {
  const error = await loadPlugins(pluginsConfig(entries, more), keptLog()).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(PluginLoadError);
  return (error as Error).message;
}

describe('loadPlugins', () => {
  it('loads a plugin folder by its absolute path, with what it registers', async () => {
    const log = keptLog();
    const loaded = await loadPlugins(pluginsConfig([fixture('good')]), log);
    expect(loaded.plugins.map(({ manifest, source, settings }) => [manifest.id, source, settings])).toEqual([
      ['org.example.good', fixture('good'), { greeting: 'hello', maxNotes: 10, apiKey: 'unset' }],
    ]);
    expect(loaded.criteria.map((criterion) => criterion.name)).toEqual(['halfDone']);
    expect(loaded.routes.map(({ pluginId, root }) => [pluginId, root])).toEqual([
      ['org.example.good', false],
      ['org.example.good', true],
    ]);
    expect(Object.keys(loaded.migrations[0]!.migrations)).toEqual(['0001-notes']);
    expect(loaded.jobs.map(({ pluginId, job }) => [pluginId, job.name, job.everyMinutes])).toEqual([
      ['org.example.good', 'write-note', 1],
    ]);
    expect(loaded.factSources.map(({ source }) => source.name)).toEqual(['good-source']);
    expect(log.lines).toContainEqual(
      expect.objectContaining({
        level: 'info',
        message: 'plugin loaded',
        details: expect.objectContaining({ plugin: 'org.example.good' }),
      }),
    );
  });

  it('loads a plugin file by its absolute path too', async () => {
    const loaded = await loadPlugins(pluginsConfig([join(fixture('good'), 'index.ts')]), keptLog());
    expect(loaded.plugins[0]!.manifest.id).toBe('org.example.good');
  });

  it('reads settings from the file and the environment, the environment winning, coerced by the schema', async () => {
    expect(settingVariable('org.example.good', 'maxNotes')).toBe('LP_PLUGIN_ORG_EXAMPLE_GOOD_MAX_NOTES');
    const loaded = await loadPlugins(
      pluginsConfig([fixture('good')], {
        configFile: settingsFile({
          'org.example.good': { greeting: 'from the file', maxNotes: 3, apiKey: 'k1' },
        }),
        environment: { LP_PLUGIN_ORG_EXAMPLE_GOOD_MAX_NOTES: '7', LP_PLUGIN_ORG_EXAMPLE_GOOD_API_KEY: 'k2' },
      }),
      keptLog(),
    );
    expect(loaded.plugins[0]!.settings).toEqual({ greeting: 'from the file', maxNotes: 7, apiKey: 'k2' });
  });

  it('loads nothing, and reads no file, without LP_PLUGINS', async () => {
    const loaded = await loadPlugins(
      pluginsConfig([], { configFile: join(folder, 'missing.json') }),
      keptLog(),
    );
    expect(loaded.plugins).toEqual([]);
  });

  it('names the plugin and what is wrong, in one line, for each bad plugin', async () => {
    expect(await loadError([fixture('api-version')])).toBe(
      'plugin org.example.future: supports plugin API 2, this service has 1',
    );
    expect(await loadError([fixture('register-throws')])).toBe(
      'plugin org.example.throws: register threw: cannot reach the licence server',
    );
    expect(await loadError([fixture('bad-id')])).toBe(
      `plugin ${fixture('bad-id')}: its id "My_Plugin" is not a reverse-DNS name in lower case (org.example.my-plugin)`,
    );
    expect(await loadError([fixture('no-default')])).toBe(
      `plugin ${fixture('no-default')}: it has no default export`,
    );
    expect(await loadError(['@example/no-such-plugin'])).toBe(
      'plugin @example/no-such-plugin: no such package is installed',
    );
    expect(await loadError([join(folder, 'nowhere')])).toBe(
      `plugin ${join(folder, 'nowhere')}: no such file or folder`,
    );
    expect(await loadError([fixture('good'), join(fixture('good'), 'index.ts')])).toBe(
      `plugin org.example.good: loaded twice, from ${fixture('good')} and ${join(fixture('good'), 'index.ts')}`,
    );
  });

  it('names each invalid setting', async () => {
    expect(
      await loadError([fixture('bad-settings')], {
        environment: { LP_PLUGIN_ORG_EXAMPLE_BAD_SETTINGS_SMTP_PORT: 'lots' },
      }),
    ).toBe(
      'plugin org.example.bad-settings: invalid setting smtpPort: Invalid input: expected number, received NaN; invalid setting sender: Invalid input: expected string, received undefined',
    );
    expect(
      await loadError([fixture('bad-settings')], {
        configFile: settingsFile({
          'org.example.bad-settings': { smtpPort: 70_000, sender: 'not an address' },
        }),
      }),
    ).toBe(
      'plugin org.example.bad-settings: invalid setting smtpPort: Too big: expected number to be <=65535; invalid setting sender: Invalid email address',
    );
  });

  it('refuses a settings file that is not settings by plugin id', async () => {
    expect(await loadError([fixture('good')], { configFile: settingsFile([1, 2]) })).toMatch(
      /^LP_PLUGINS_CONFIG .*settings-\w+\.json: must be a JSON object of settings by plugin id/,
    );
  });
});
