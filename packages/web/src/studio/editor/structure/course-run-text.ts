// When a course runs, in a few words for its row and its search result: "1 March 2026 – 30 June
// 2026 · open", "From 1 March 2026, self-paced, no end date · open" (only when the catalog gives no
// end), "Not in the catalog". Days are UTC days, as the catalog gives them.
import type { IntlShape } from 'react-intl';
import { formatUtcDay } from '../../../shared/intl/utc-dates.ts';
import { runState, type CourseRun } from '@learning-paths/core';
import { messages } from './messages.ts';

/** The run's words; null while the catalog has not answered (undefined), so nothing is invented. */
export function courseRunText(
  intl: IntlShape,
  run: CourseRun | null | undefined,
  now = Date.now(),
): string | null {
  if (run === undefined) return null;
  if (run === null) return intl.formatMessage(messages.notInCatalog);
  const starts = run.startsAt === null ? null : formatUtcDay(intl, run.startsAt);
  const ends = run.endsAt === null ? null : formatUtcDay(intl, run.endsAt);
  let dates: string;
  if (starts !== null && ends !== null) dates = intl.formatMessage(messages.runRange, { starts, ends });
  else if (starts !== null) dates = intl.formatMessage(messages.runFrom, { starts });
  else if (ends !== null) dates = intl.formatMessage(messages.runUntil, { ends });
  else dates = intl.formatMessage(messages.runSelfPaced);
  return intl.formatMessage(messages.runState, { dates, state: runState(run, now) });
}
