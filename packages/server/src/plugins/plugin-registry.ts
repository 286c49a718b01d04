// The rule registry of a server: the built-in rules and the plugins' criteria and group rules. One
// per LoadedPlugins (never the shared defaultRegistry mutated), so that two servers, or two tests,
// with different plugins never see each other's rules.
import { createRegistry, defaultRegistry, type RuleRegistry } from '@learning-paths/core';
import type { LoadedPlugins } from './loaded-plugins.ts';

const registries = new WeakMap<LoadedPlugins, RuleRegistry>();

export function pluginRegistry(loaded: LoadedPlugins): RuleRegistry {
  // Without plugin rules the default one serves: its derived schemas are built already.
  if (loaded.criteria.length === 0 && loaded.groupRules.length === 0) return defaultRegistry;
  let registry = registries.get(loaded);
  if (registry === undefined) {
    registry = createRegistry();
    for (const criterion of loaded.criteria) registry.registerCriterion(criterion);
    for (const rule of loaded.groupRules) registry.registerGroupRule(rule);
    registries.set(loaded, registry);
  }
  return registry;
}
