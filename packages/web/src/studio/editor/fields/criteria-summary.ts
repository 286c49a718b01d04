// A step's criteria in a few words ("completion ≥ 80%, passed"), for rows, the outline and help.
import type { IntlShape } from 'react-intl';
import { percent, type Criteria } from '@learning-paths/core';
import { messages } from './messages.ts';

export function criteriaSummary(intl: IntlShape, criteria: Criteria): string {
  const parts: string[] = [];
  if (typeof criteria.completion === 'number')
    parts.push(intl.formatMessage(messages.completionAtLeast, { percent: percent(criteria.completion) }));
  if (typeof criteria.grade === 'number')
    parts.push(intl.formatMessage(messages.gradeAtLeast, { percent: percent(criteria.grade) }));
  if (criteria.passed === true) parts.push(intl.formatMessage(messages.passed));
  return intl.formatList(parts, { type: 'conjunction' });
}
