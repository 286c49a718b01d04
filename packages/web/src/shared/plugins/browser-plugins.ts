// Plugins' browser bundles loaded at start, by the built apps, with no rebuild: the list the server
// gives (GET /api/v1/plugins/ui, from each plugin's host.ui), each bundle import()ed by its URL and
// its default export called with the BrowserPluginApi. What a bundle registers (slot components,
// criteria, group rules) is applied only once its default export has returned: a bundle that fails
// to import, throws, takes too long or asks for a rule name or a Learn page path already taken
// (plugin-pages.ts) is logged with its plugin's id and leaves nothing behind, so its slots stay
// empty and the page works.
import { defaultRegistry, type RuleRegistry } from '@learning-paths/core';
import type { BrowserPlugin, BrowserPluginApi, SlotOptions } from '@learning-paths/plugin-api';
import type { ComponentType } from 'react';
import { request } from '../api/client.ts';
import { checkPages } from './plugin-pages.ts';
import { registerSlotComponent } from './plugin-slots.tsx';
import type { SharedModules } from './shared-modules.ts';

export interface BundleEntry {
  readonly id: string;
  readonly url: string;
}

export interface LoadOptions {
  /** The bundles to load, in the server's (LP_PLUGINS) order. */
  readonly bundles: readonly BundleEntry[];
  readonly shared: SharedModules;
  /** How a bundle is imported: a plain dynamic import() of its URL in the apps. */
  readonly importBundle?: (url: string) => Promise<{ readonly default?: unknown }>;
  /** Where rules go: core's default registry, which the apps validate and evaluate with. */
  readonly registry?: RuleRegistry;
  /** How long one bundle may take to import and register before it counts as failed. */
  readonly timeoutMs?: number;
}

// Vite leaves an import() it cannot resolve at build time to the browser, which fetches the URL.
const importByUrl = (url: string) => import(/* @vite-ignore */ url) as Promise<{ default?: unknown }>;

function withinTime<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** What one bundle asked for, applied together once it has returned. */
interface Staged {
  readonly slots: { slotId: string; component: ComponentType<object>; options: SlotOptions }[];
  readonly criteria: Parameters<BrowserPluginApi['criterion']>[0][];
  readonly groupRules: Parameters<BrowserPluginApi['groupRule']>[0][];
}

/**
 * Where `app.api` sends a call: a path of the plugin's own routes, or one of the service's API from
 * its root (`/api/v1/me/credentials`, for a plugin's routes mounted there). Nothing else: a bundle
 * does not send the session's CSRF token elsewhere.
 */
function pluginApiUrl(pluginId: string, path: string): string {
  if (!path.startsWith('/')) return `/api/v1/plugins/${pluginId}/${path}`;
  if (!path.startsWith('/api/')) throw new Error(`app.api calls the service's API only, not ${path}`);
  return path;
}

async function runBundle(
  entry: BundleEntry,
  module: { readonly default?: unknown },
  shared: SharedModules,
): Promise<Staged> {
  const plugin = module.default;
  if (typeof plugin !== 'function') throw new Error('its bundle has no default export function');
  const staged: Staged = { slots: [], criteria: [], groupRules: [] };
  let open = true;
  const whileOpen =
    <Args extends unknown[]>(record: (...args: Args) => void) =>
    (...args: Args) => {
      if (!open) throw new Error('registering is only possible while the default export runs');
      record(...args);
    };
  const app: BrowserPluginApi = {
    pluginId: entry.id,
    shared,
    slot: whileOpen((slotId, component, options = {}) => {
      if (typeof slotId !== 'string' || typeof component !== 'function')
        throw new Error('slot(slotId, component) takes a slot id and a component');
      staged.slots.push({ slotId, component: component as ComponentType<object>, options });
    }),
    // The plugin's own routes, called as the app calls the core's (session cookie, CSRF token).
    api: async (path, { method = 'GET', body, contentType, signal } = {}) =>
      ((await request(pluginApiUrl(entry.id, path), {
        method,
        ...(body === undefined ? {} : { body }),
        ...(contentType ? { contentType } : {}),
        ...(signal ? { signal } : {}),
      })) ?? null) as never,
    criterion: whileOpen((definition) => void staged.criteria.push(definition)),
    groupRule: whileOpen((definition) => void staged.groupRules.push(definition)),
  };
  try {
    await (plugin as BrowserPlugin)(app);
  } finally {
    open = false;
  }
  return staged;
}

function apply(pluginId: string, staged: Staged, registry: RuleRegistry): void {
  // Names checked before any is registered, so that a taken one leaves nothing of the plugin.
  const taken = [
    ...staged.criteria.filter((criterion) => registry.criterion(criterion.name)),
    ...staged.groupRules.filter((rule) => registry.groupRule(rule.name)),
  ];
  if (taken.length > 0) throw new Error(`the rule name ${taken[0]!.name} is taken already`);
  checkPages(staged.slots);
  for (const criterion of staged.criteria) registry.registerCriterion(criterion);
  for (const rule of staged.groupRules) registry.registerGroupRule(rule);
  for (const { slotId, component, options } of staged.slots)
    registerSlotComponent(slotId, component, {
      pluginId,
      ...(options.label ? { label: options.label } : {}),
      ...(options.path === undefined ? {} : { path: options.path }),
    });
}

/**
 * Imports every bundle (at once), then runs each default export in the list's order. Resolves with
 * the ids of the plugins that loaded; never rejects.
 */
export async function loadBrowserPlugins({
  bundles,
  shared,
  importBundle = importByUrl,
  registry = defaultRegistry,
  timeoutMs = 10_000,
}: LoadOptions): Promise<string[]> {
  const modules = bundles.map((entry) =>
    withinTime(importBundle(entry.url), timeoutMs, `importing ${entry.url}`),
  );
  const loaded: string[] = [];
  for (const [index, entry] of bundles.entries()) {
    try {
      const staged = await withinTime(
        modules[index]!.then((module) => runBundle(entry, module, shared)),
        timeoutMs,
        'its bundle',
      );
      apply(entry.id, staged, registry);
      loaded.push(entry.id);
    } catch (error) {
      console.error(`plugin ${entry.id}: its browser bundle failed, so its slots stay empty`, error);
    }
  }
  return loaded;
}
