// Group rule `all`: every child satisfied, in any order. Summary message: `lp.rule.all.summary` { count }.
import type { GroupRuleDefinition } from '../../registry/types.ts';
import { wording } from '../../registry/wording.ts';
import { weightedMeanProgress } from '../progress-math.ts';

export const allRule: GroupRuleDefinition = {
  name: 'all',
  description: 'Every child must be satisfied, in any order.',
  params: {},
  isSatisfied(_group, children) {
    for (const child of children) if (!child.satisfied) return false;
    return true;
  },
  progress: (_group, children) => weightedMeanProgress(children),
  summarize: (_group, childCount) =>
    wording(childCount === 1 ? 'required' : `all ${childCount} required`, 'lp.rule.all.summary', {
      count: childCount,
    }),
};
