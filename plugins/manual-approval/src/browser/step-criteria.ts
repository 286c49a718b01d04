// Switching staff approval on or off for a step in the editor. Approval adds to what the step asks of
// its course: a step judged by the path's default criteria gets them as its own, plus approval; off
// again, a step asking just the defaults goes back to them (no criteria of its own), as before.
import type { Criteria, PathDefinition, StepNode } from '@learning-paths/core';
import { effectiveCriteria } from '../approval-steps.ts';
import { APPROVAL_CRITERION } from '../criterion.ts';

export function requiresApproval(definition: PathDefinition, step: StepNode): boolean {
  return effectiveCriteria(definition, step)[APPROVAL_CRITERION] === true;
}

function sameCriteria(one: Criteria, other: Criteria): boolean {
  const keys = Object.keys(one);
  return keys.length === Object.keys(other).length && keys.every((key) => one[key] === other[key]);
}

/** A copy of `object` without `key`. */
function omit<T extends object>(object: T, key: string): T {
  return Object.fromEntries(Object.entries(object).filter(([name]) => name !== key)) as T;
}

/** The step with approval required or not, its other criteria kept. */
export function withApproval(definition: PathDefinition, step: StepNode, required: boolean): StepNode {
  const others = omit(effectiveCriteria(definition, step), APPROVAL_CRITERION);
  const criteria: Criteria = required ? { ...others, [APPROVAL_CRITERION]: true } : others;
  const rest = omit(step, 'criteria');
  const defaults = definition.defaultCriteria ?? { passed: true };
  // An empty criteria object is invalid: the path's default applies instead.
  return Object.keys(criteria).length === 0 || sameCriteria(criteria, defaults)
    ? rest
    : { ...rest, criteria };
}
