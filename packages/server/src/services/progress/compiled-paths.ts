// Published path versions compiled for evaluation, kept in memory: a version never changes once
// written, so a compiled one stays valid for the life of the process. Compiled with the server's
// rule registry (built-in rules and the plugins'), which the use cases validating paths take from here.
import { compilePath, defaultRegistry, type CompiledPath, type RuleRegistry } from '@learning-paths/core';
import type { PathRepository } from '../../store/repositories/path-repository.ts';

/** Enough for every path an institution runs at once; the least recently used goes first. */
const CAPACITY = 512;

export class CompiledPaths {
  readonly #compiled = new Map<string, CompiledPath>();

  constructor(readonly registry: RuleRegistry = defaultRegistry) {}

  async get(paths: PathRepository, pathKey: string, version: number): Promise<CompiledPath> {
    const id = `${pathKey}@${version}`;
    const cached = this.#compiled.get(id);
    if (cached) {
      // Re-inserting marks it as recently used (a Map iterates in insertion order).
      this.#compiled.delete(id);
      this.#compiled.set(id, cached);
      return cached;
    }
    const stored = await paths.version(pathKey, version);
    if (!stored) throw new Error(`version ${version} of ${pathKey} is not stored`);
    const compiled = compilePath(stored.definition, { registry: this.registry });
    this.#compiled.set(id, compiled);
    if (this.#compiled.size > CAPACITY) this.#compiled.delete(this.#compiled.keys().next().value!);
    return compiled;
  }
}
