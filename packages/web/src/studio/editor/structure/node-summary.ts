// A node in a few words, for its row and the outline: a group's rule ("choose 2 of 3"), a step's
// criteria ("completion ≥ 80%", or the path's default).
import type { IntlShape } from 'react-intl';
import { isStep, type PathDefinition, type PathNode } from '@learning-paths/core';
import { criteriaSummary } from '../fields/criteria-summary.ts';
import { messages } from './messages.ts';

export function nodeSummary(intl: IntlShape, node: PathNode, definition: PathDefinition): string {
  if (isStep(node)) {
    if (node.criteria) return criteriaSummary(intl, node.criteria);
    const fallback = criteriaSummary(intl, definition.defaultCriteria ?? { passed: true });
    return intl.formatMessage(messages.summaryDefault, { criteria: fallback });
  }
  const total = node.children.length;
  if (node.rule === 'all') return intl.formatMessage(messages.summaryAll, { total });
  if (node.rule === 'sequence') return intl.formatMessage(messages.summarySequence, { total });
  if (node.rule !== 'atLeast') return intl.formatMessage(messages.summaryOther, { rule: node.rule });
  const parts: string[] = [];
  if (typeof node.count === 'number')
    parts.push(intl.formatMessage(messages.summaryCount, { count: node.count, total }));
  if (typeof node.credits === 'number')
    parts.push(intl.formatMessage(messages.summaryCredits, { credits: node.credits }));
  return intl.formatList(parts, { type: 'conjunction' });
}
