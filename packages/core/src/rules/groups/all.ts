// Group rule `all`: every child satisfied, in any order.
import type { GroupRuleDefinition } from '../../registry/types.ts';
import { weightedMeanProgress } from '../progress-math.ts';

export const allRule: GroupRuleDefinition = {
  name: 'all',
  description: 'Every child must be satisfied, in any order.',
  params: {},
  isSatisfied: (_group, children) => children.every((child) => child.satisfied),
  progress: (_group, children) => weightedMeanProgress(children),
  summarize: (_group, childCount) => (childCount === 1 ? 'required' : `all ${childCount} required`),
};
