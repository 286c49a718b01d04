// Creates a rule registry holding the built-in criteria and group rules, and the shared default one.
import { completionCriterion } from '../rules/criteria/completion.ts';
import { gradeCriterion } from '../rules/criteria/grade.ts';
import { passedCriterion } from '../rules/criteria/passed.ts';
import { allRule } from '../rules/groups/all.ts';
import { atLeastRule } from '../rules/groups/at-least.ts';
import { sequenceRule } from '../rules/groups/sequence.ts';
import { RuleRegistry } from './registry.ts';

/** A registry with the built-in rules (`completion`, `grade`, `passed`; `all`, `sequence`, `atLeast`). */
export function createRegistry(): RuleRegistry {
  return new RuleRegistry()
    .registerCriterion(completionCriterion)
    .registerCriterion(gradeCriterion)
    .registerCriterion(passedCriterion)
    .registerGroupRule(allRule)
    .registerGroupRule(sequenceRule)
    .registerGroupRule(atLeastRule);
}

/** The registry used when a caller names none; plugins register into it. */
export const defaultRegistry: RuleRegistry = createRegistry();
