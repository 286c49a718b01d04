// A node in a few words, for its row and the outline: a group's rule as the engine words it
// ("choose 2 of 3", in the author's language; a plugin rule's own words), a step's criteria
// ("completion ≥ 80%", or the path's default).
import type { IntlShape } from 'react-intl';
import { isStep, summarizeGroup, type PathDefinition, type PathNode } from '@learning-paths/core';
import { formatWords } from '../../../shared/intl/format-words.ts';
import { criteriaSummary } from '../fields/criteria-summary.ts';
import { messages } from './messages.ts';

export function nodeSummary(intl: IntlShape, node: PathNode, definition: PathDefinition): string {
  if (isStep(node)) {
    if (node.criteria) return criteriaSummary(intl, node.criteria);
    const fallback = criteriaSummary(intl, definition.defaultCriteria ?? { passed: true });
    return intl.formatMessage(messages.summaryDefault, { criteria: fallback });
  }
  const words = summarizeGroup(node);
  return words ? formatWords(intl, words) : intl.formatMessage(messages.summaryOther, { rule: node.rule });
}
