// The shape shared by criteria that ask for a minimum fraction of one course fact (completion,
// grade): satisfied at or above the minimum, progress as the fact over the minimum. Messages:
// `lp.criterion.{name}.explain` { minimum, now, title } and `lp.criterion.{name}.summary` { minimum },
// percentages as fractions rounded down to a whole percent.
import { z } from 'zod';
import type { CriterionDefinition } from '../../registry/types.ts';
import { wording } from '../../registry/wording.ts';
import { fraction, percent, percentValue } from '../format.ts';

export interface MinimumFractionOptions {
  /** The criterion's name, which is also the fact it reads. */
  readonly name: 'completion' | 'grade';
  readonly description: string;
  /** The sentence for what is left, from the minimum and current value as percentages. */
  readonly explain: (minimum: string, now: string, title: string) => string;
}

export function minimumFractionCriterion({
  name,
  description,
  explain,
}: MinimumFractionOptions): CriterionDefinition<number> {
  return {
    name,
    description,
    schema: z.number().min(0).max(1),
    isSatisfied: (minimum, course) => fraction(course[name]) >= minimum,
    progress: (minimum, course) => (minimum === 0 ? 1 : Math.min(1, fraction(course[name]) / minimum)),
    explain: (minimum, course, title) => {
      const now = fraction(course[name]);
      return wording(explain(percent(minimum), percent(now), title), `lp.criterion.${name}.explain`, {
        minimum: percentValue(minimum),
        now: percentValue(now),
        title,
      });
    },
    summarize: (minimum) =>
      wording(`${name} ≥ ${percent(minimum)}`, `lp.criterion.${name}.summary`, {
        minimum: percentValue(minimum),
      }),
  };
}
