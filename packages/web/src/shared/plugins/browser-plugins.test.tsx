// @vitest-environment jsdom
// Loading plugins' browser bundles: what a bundle registers shows in its slots and joins the rule
// registry; a bundle that fails to import, has no default export, throws, takes too long or takes a
// rule name already taken is logged with its plugin's id and leaves nothing behind, while the other
// plugins load. A component that throws hides its own insertion only.
import { createRegistry, type CriterionDefinition } from '@learning-paths/core';
import { cleanup, render, screen } from '@testing-library/react';
import { resolve } from 'node:path';
import { IntlProvider } from 'react-intl';
import { afterEach, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { loadBrowserPlugins, type BundleEntry } from './browser-plugins.ts';
import { pluginPages } from './plugin-pages.ts';
import { clearSlotComponents, PluginSlot, registerSlotComponent, slotInsertions } from './plugin-slots.tsx';
import { SHARED_MODULES } from './shared-modules.ts';

/** The test plugins' bundles, by absolute path (vitest imports files by path). */
const fixtureBundle = (plugin: string) => resolve(`packages/server/test/plugins/${plugin}/browser.js`);

afterEach(() => {
  cleanup();
  clearSlotComponents();
  vi.restoreAllMocks();
});

const quarter: CriterionDefinition<number> = {
  name: 'quarterDone',
  description: 'A quarter of the course completed.',
  schema: z.number(),
  isSatisfied: (minimum, course) => (course.completion ?? 0) >= minimum,
  progress: () => 0,
  explain: () => 'Complete a quarter',
  summarize: () => 'a quarter',
};

/** Loads `modules` (by URL: a module, or an Error its import rejects with), logging into `errors`. */
async function load(modules: Record<string, unknown>, options: { timeoutMs?: number } = {}) {
  const errors: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((message: string) => void errors.push(message));
  const registry = createRegistry();
  const bundles: BundleEntry[] = Object.keys(modules).map((url) => ({ id: `org.example.${url}`, url }));
  const loaded = await loadBrowserPlugins({
    bundles,
    shared: SHARED_MODULES,
    registry,
    importBundle: (url) => {
      const module = modules[url];
      return module instanceof Error ? Promise.reject(module) : (module as Promise<{ default?: unknown }>);
    },
    ...options,
  });
  return { loaded, errors, registry };
}

it('registers what a bundle asks for: slot components and rules', async () => {
  const { loaded, errors, registry } = await load({
    good: Promise.resolve({
      default: (app: { slot: (id: string, c: () => unknown) => void; criterion: (c: unknown) => void }) => {
        app.slot('learn.path-page.section', () => <p>hello from good</p>);
        app.criterion(quarter);
      },
    }),
  });
  expect([loaded, errors]).toEqual([['org.example.good'], []]);
  expect(registry.criterion('quarterDone')).toBe(quarter);
  expect(slotInsertions('learn.path-page.section').map((insertion) => insertion.pluginId)).toEqual([
    'org.example.good',
  ]);
  render(<PluginSlot id="learn.path-page.section" />);
  expect(screen.getByText('hello from good')).toBeTruthy();
});

it('leaves nothing of a bundle that fails to import, has no default export, throws or is too slow', async () => {
  const { loaded, errors, registry } = await load(
    {
      missing: new TypeError('Failed to fetch dynamically imported module'),
      plain: Promise.resolve({}),
      throws: Promise.resolve({
        default: (app: { slot: (id: string, c: () => unknown) => void; criterion: (c: unknown) => void }) => {
          app.criterion(quarter);
          app.slot('learn.path-page.section', () => <p>must not show</p>);
          throw new Error('broken');
        },
      }),
      slow: new Promise(() => undefined),
      after: Promise.resolve({
        default: (app: { slot: (id: string, c: () => unknown) => void }) =>
          app.slot('learn.path-page.section', () => <p>the next plugin still loads</p>),
      }),
    },
    { timeoutMs: 200 },
  );
  expect(loaded).toEqual(['org.example.after']);
  expect(errors).toEqual(
    ['missing', 'plain', 'throws', 'slow'].map(
      (name) => `plugin org.example.${name}: its browser bundle failed, so its slots stay empty`,
    ),
  );
  expect(registry.criterion('quarterDone')).toBeUndefined();
  render(<PluginSlot id="learn.path-page.section" />);
  expect(screen.queryByText('must not show')).toBeNull();
  expect(screen.getByText('the next plugin still loads')).toBeTruthy();
});

it('refuses a rule name already taken, and registrations after the default export returned', async () => {
  let late: (() => void) | undefined;
  const { loaded, registry } = await load({
    taken: Promise.resolve({
      default: (app: { slot: (id: string, c: () => unknown) => void; criterion: (c: unknown) => void }) => {
        app.criterion({ ...quarter, name: 'completion' });
        app.slot('learn.path-page.section', () => <p>must not show</p>);
      },
    }),
    late: Promise.resolve({
      default: (app: { slot: (id: string, c: () => unknown) => void }) => {
        late = () => app.slot('learn.path-page.section', () => <p>too late</p>);
      },
    }),
  });
  expect(loaded).toEqual(['org.example.late']);
  expect(registry.criteria().map((criterion) => criterion.name)).not.toContain('quarterDone');
  expect(() => late?.()).toThrow('only possible while the default export runs');
  expect(slotInsertions('learn.path-page.section')).toEqual([]);
});

it("refuses a bundle's page without a label, or at a malformed path, one of Learn's own or one taken", async () => {
  type PageApp = {
    slot: (id: string, c: () => unknown, options?: object) => void;
    criterion: (c: unknown) => void;
  };
  const page = (path: unknown, label: unknown = 'A page') => ({
    default: (app: PageApp) => {
      app.criterion(quarter);
      app.slot('learn.pages', () => <h1>must not show</h1>, { path, label });
    },
  });
  const { loaded, errors, registry } = await load({
    first: Promise.resolve({
      default: (app: PageApp) =>
        app.slot('learn.pages', () => <h1>Notes</h1>, {
          path: 'notes',
          label: { id: 'n', defaultMessage: 'Notes' },
        }),
    }),
    taken: Promise.resolve(page('notes')),
    own: Promise.resolve(page('paths')),
    kept: Promise.resolve(page('explore')),
    upper: Promise.resolve(page('My-page')),
    nested: Promise.resolve(page('a/b')),
    long: Promise.resolve(page(`p${'a'.repeat(40)}`)),
    unlabelled: Promise.resolve(page('mine', { id: 'x' })),
  });
  expect(loaded).toEqual(['org.example.first']);
  expect(errors).toHaveLength(7);
  const malformed = 'is not 1 to 40 lower-case letters, digits and hyphens from a letter';
  expect(vi.mocked(console.error).mock.calls.map((call) => (call[1] as Error).message)).toEqual([
    'the page path notes is taken already',
    "the page path paths is Learn's own",
    "the page path explore is Learn's own",
    `the page path My-page ${malformed}`,
    `the page path a/b ${malformed}`,
    `the page path p${'a'.repeat(40)} ${malformed}`,
    'the page at mine has no label',
  ]);
  expect(registry.criterion('quarterDone')).toBeUndefined();
  expect(pluginPages().map(({ path, label }) => [path, label])).toEqual([
    ['notes', { id: 'n', defaultMessage: 'Notes' }],
  ]);
});

it('hides an insertion that throws while rendering, not the others', () => {
  const errors: unknown[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args[0]));
  registerSlotComponent(
    'studio.editor.panels',
    () => {
      throw new Error('render failed');
    },
    { pluginId: 'org.example.bad' },
  );
  registerSlotComponent('studio.editor.panels', () => <p>still here</p>, { pluginId: 'org.example.good' });
  render(<PluginSlot id="studio.editor.panels" />);
  expect(screen.getByText('still here')).toBeTruthy();
  expect(errors).toContain('plugin org.example.bad: its component in studio.editor.panels threw');
});

it("runs the test plugins' real bundles with the app's React and react-intl", async () => {
  const errors: unknown[] = [];
  vi.spyOn(console, 'error').mockImplementation((message: unknown) => void errors.push(message));
  const loaded = await loadBrowserPlugins({
    bundles: [
      { id: 'org.example.ui', url: fixtureBundle('ui') },
      { id: 'org.example.ui-throws', url: fixtureBundle('ui-throws') },
    ],
    shared: SHARED_MODULES,
    registry: createRegistry(),
    importBundle: (url) => import(/* @vite-ignore */ url) as Promise<{ default?: unknown }>,
  });
  expect(loaded).toEqual(['org.example.ui']);
  expect(errors).toEqual([
    'plugin org.example.ui-throws: its browser bundle failed, so its slots stay empty',
  ]);
  expect(slotInsertions('studio.path.tabs').map((insertion) => insertion.label)).toEqual(['Plugin tab']);
  render(
    <IntlProvider locale="en" messages={{}} onError={() => undefined}>
      <PluginSlot id="learn.path-page.section" props={{ pathKey: 'path-v1:A+B+C+d' }} />
    </IntlProvider>,
  );
  expect(screen.getByRole('heading', { name: 'From a plugin' })).toBeTruthy();
  expect(screen.getByText('Plugin section for path-v1:A+B+C+d')).toBeTruthy();
  expect(screen.queryByText('Must not show')).toBeNull();
});

it("gives a bundle the service's API: its own routes, paths under /api/ from the root, nothing else", async () => {
  const sent: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      sent.push(url);
      return Promise.resolve(
        new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } }),
      );
    }),
  );
  let api: ((path: string) => Promise<unknown>) | undefined;
  await load({
    caller: Promise.resolve({ default: (app: { api: typeof api }) => void (api = app.api) }),
  });
  expect(await api!('notes?open=true')).toEqual({ ok: true });
  expect(await api!('/api/v1/me/credentials')).toEqual({ ok: true });
  await expect(api!('/learn/')).rejects.toThrow("app.api calls the service's API only, not /learn/");
  expect(sent).toEqual(['/api/v1/plugins/org.example.caller/notes?open=true', '/api/v1/me/credentials']);
  vi.unstubAllGlobals();
});
