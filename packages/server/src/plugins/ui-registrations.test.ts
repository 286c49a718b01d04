// host.ui: the bundle recorded for its plugin, and every wrong one refused at start, where the
// plugin's register throws and start-up stops naming it.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fixture, keptLog, pluginsConfig } from '../../test/plugins/plugin-fixtures.ts';
import type { LoadedPlugins } from './loaded-plugins.ts';
import { loadPlugins } from './load-plugins.ts';
import { uiRegistration } from './ui-registrations.ts';

const BUNDLE = join(fixture('ui'), 'browser.js');

describe('host.ui', () => {
  it('records the bundle of each plugin that gives one', async () => {
    const loaded = await loadPlugins(pluginsConfig([fixture('ui'), fixture('good')]), keptLog());
    expect(loaded.ui).toEqual([{ pluginId: 'org.example.ui', bundle: BUNDLE }]);
  });

  it.each([
    ['a relative path', 'ui/browser.js', 'must be an absolute path'],
    ['a file that is not there', join(fixture('ui'), 'missing.js'), 'is not a file'],
    ['a folder', join(fixture('ui'), 'x.js', '..'), 'is not a .js or .mjs file'],
    ['not a module', join(fixture('ui'), 'index.ts'), 'is not a .js or .mjs file'],
  ])('refuses %s', (_what, bundle, message) => {
    expect(() => uiRegistration('org.example.ui', {})({ bundle })).toThrow(message);
  });

  it('refuses a second bundle of the same plugin', () => {
    const into: { ui?: LoadedPlugins['ui'] } = {};
    const register = uiRegistration('org.example.ui', into);
    register({ bundle: BUNDLE });
    expect(() => register({ bundle: BUNDLE })).toThrow('gave a browser bundle twice');
    expect(into.ui).toHaveLength(1);
  });
});
