// Group rule `sequence`: every child satisfied, each unlocking only after the earlier ones.
// Summary message: `lp.rule.sequence.summary` { count }.
import type { GroupRuleDefinition } from '../../registry/types.ts';
import { wording } from '../../registry/wording.ts';
import { allRule } from './all.ts';

export const sequenceRule: GroupRuleDefinition = {
  ...allRule,
  name: 'sequence',
  description:
    'Every child must be satisfied, in order: a child stays locked until every earlier child is satisfied.',
  ordered: true,
  summarize: (_group, childCount) =>
    wording(`all ${childCount} in order`, 'lp.rule.sequence.summary', { count: childCount }),
};
