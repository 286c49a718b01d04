// The learner list as a CSV file in the instructor's language: statuses, where each learner stands
// and tiers in words, not codes, dates as dates; cells a spreadsheet would run as formulas are
// neutralised (core's toCsv).
import type { IntlShape } from 'react-intl';
import { toCsv } from '@learning-paths/core';
import { currentStepWords } from './current-step.ts';
import type { LearnerRow } from './enrollments-api.ts';
import { tierTitle, type TierOption } from './path-tiers.ts';
import { messages, statusMessages } from './messages.ts';

export function learnersCsv(
  intl: IntlShape,
  rows: readonly LearnerRow[],
  tiers: readonly TierOption[],
): string {
  const header = [
    messages.csvUsername,
    messages.emailColumn,
    messages.csvName,
    messages.enrolledColumn,
    messages.statusColumn,
    messages.currentStepColumn,
    messages.progressColumn,
    messages.tierColumn,
    messages.achievedTiersColumn,
    messages.lastActivityColumn,
  ].map((column) => intl.formatMessage(column));
  const day = (iso: string | null) => (iso === null ? '' : intl.formatDate(iso, { dateStyle: 'medium' }));
  return toCsv(
    header,
    rows.map((row) => [
      row.username,
      row.email,
      row.displayName,
      day(row.enrolledAt),
      intl.formatMessage(statusMessages[row.status]),
      currentStepWords(intl, row.currentStep),
      intl.formatNumber(row.progress, { style: 'percent' }),
      row.currentTier === null ? intl.formatMessage(messages.noTier) : tierTitle(tiers, row.currentTier),
      intl.formatList(
        row.achievedTiers.map((id) => tierTitle(tiers, id)),
        { type: 'conjunction' },
      ),
      day(row.lastActivity),
    ]),
  );
}
