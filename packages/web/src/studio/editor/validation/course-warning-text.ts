// A course warning in the author's words: "The course ended on 8 October 2026: learners can no
// longer take it." Days are UTC days, as the catalog gives them; a release date keeps its time.
import type { IntlShape } from 'react-intl';
import type { PathDefinition } from '@learning-paths/core';
import { formatUtcDay, formatUtcTime } from '../../../shared/intl/utc-dates.ts';
import { referenceTitle } from '../state/node-tree.ts';
import type { CourseWarning } from './course-warnings.ts';
import { messages } from './messages.ts';

export function courseWarningText(
  intl: IntlShape,
  warning: CourseWarning,
  definition: PathDefinition,
): string {
  const day = (iso: string) => formatUtcDay(intl, iso);
  switch (warning.kind) {
    case 'ended':
      return intl.formatMessage(messages.ended, { ends: day(warning.endsAt) });
    case 'endsBeforeOpening':
      return intl.formatMessage(messages.endsBeforeOpening, {
        ends: day(warning.endsAt),
        opens: formatUtcTime(intl, warning.opensAt),
      });
    case 'endsSoonAfterOpening':
      return intl.formatMessage(messages.endsSoonAfterOpening, {
        ends: day(warning.endsAt),
        days: warning.days,
        opens: formatUtcTime(intl, warning.opensAt),
      });
    case 'startsAfterLater':
      return intl.formatMessage(messages.startsAfterLater, {
        starts: day(warning.startsAt),
        later: referenceTitle(definition, warning.laterId),
        ends: day(warning.laterEndsAt),
      });
    case 'notInCatalog':
      return intl.formatMessage(messages.notInCatalog, { course: warning.course });
  }
}

/** "Statistics: The course ended on …", for lists of warnings away from their step. */
export function courseWarningLine(
  intl: IntlShape,
  warning: CourseWarning,
  definition: PathDefinition,
): string {
  return intl.formatMessage(messages.warningAt, {
    title: referenceTitle(definition, warning.nodeId),
    message: courseWarningText(intl, warning, definition),
  });
}
