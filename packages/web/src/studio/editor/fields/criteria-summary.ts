// A step's criteria in a few words ("completion ≥ 80% and passed"), for rows, the outline and help:
// each criterion's own summary from the engine's registry (a plugin criterion's too), in the
// author's language. Not core's summarizeNode, which needs a compiled, so valid, path: a draft
// being edited is often not.
import type { IntlShape } from 'react-intl';
import { defaultRegistry, toWording, type Criteria } from '@learning-paths/core';
import { formatWords } from '../../../shared/intl/format-words.ts';

export function criteriaSummary(intl: IntlShape, criteria: Criteria): string {
  const parts = Object.entries(criteria).flatMap(([name, param]) => {
    const criterion = param === undefined ? undefined : defaultRegistry.criterion(name);
    return criterion ? [formatWords(intl, toWording(criterion.summarize(param)))] : [];
  });
  return intl.formatList(parts, { type: 'conjunction' });
}
