// The rule registry: the one place where step criteria and group rules are looked up by name.
// Built-in rules are registered through the same public methods a plugin calls.
import type { CriterionDefinition, GroupRuleDefinition } from './types.ts';

const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Thrown when a rule cannot be registered: a bad or taken name. */
export class RegistryError extends Error {
  override readonly name = 'RegistryError';
}

export class RuleRegistry {
  readonly #criteria = new Map<string, CriterionDefinition<unknown>>();
  readonly #groupRules = new Map<string, GroupRuleDefinition<unknown>>();
  #revision = 0;

  /** Adds a step criterion; its name becomes a key allowed under `criteria`. */
  registerCriterion<Param>(criterion: CriterionDefinition<Param>): this {
    this.#checkName('criterion', criterion.name, this.#criteria);
    this.#criteria.set(criterion.name, criterion);
    this.#revision++;
    return this;
  }

  /** Adds a group rule; its name becomes a value allowed for `rule`. */
  registerGroupRule<Params>(rule: GroupRuleDefinition<Params>): this {
    this.#checkName('group rule', rule.name, this.#groupRules);
    this.#groupRules.set(rule.name, rule);
    this.#revision++;
    return this;
  }

  criterion(name: string): CriterionDefinition<unknown> | undefined {
    return this.#criteria.get(name);
  }

  groupRule(name: string): GroupRuleDefinition<unknown> | undefined {
    return this.#groupRules.get(name);
  }

  /** Criteria in registration order. */
  criteria(): CriterionDefinition<unknown>[] {
    return [...this.#criteria.values()];
  }

  /** Group rules in registration order. */
  groupRules(): GroupRuleDefinition<unknown>[] {
    return [...this.#groupRules.values()];
  }

  /** Increases with every registration, so that schemas derived from the registry can be rebuilt. */
  get revision(): number {
    return this.#revision;
  }

  #checkName(kind: string, name: string, taken: ReadonlyMap<string, unknown>): void {
    if (!NAME_PATTERN.test(name)) {
      throw new RegistryError(
        `a ${kind} name must be a letter followed by letters, digits or _, not "${name}"`,
      );
    }
    if (taken.has(name)) throw new RegistryError(`a ${kind} named "${name}" is already registered`);
  }
}
