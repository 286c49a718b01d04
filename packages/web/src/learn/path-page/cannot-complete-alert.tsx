// The path page's warning that the path can no longer be completed: the required courses that ended
// before the learner completed them (the evaluation's schedule), by title, and whom to ask.
import { Alert } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { PathPageData } from '../learn-api.ts';
import { messages } from './messages.ts';

export function CannotCompleteAlert({ page }: { readonly page: PathPageData }) {
  const intl = useIntl();
  const schedule = page.evaluation.schedule;
  if (!schedule || schedule.completable) return null;
  const titles = schedule.blockedBy.map((id) => page.titles[id] ?? id);
  return (
    <Alert variant="warning" className="lp-cannot-complete mb-4">
      <Alert.Heading as="h2" className="h4">
        {intl.formatMessage(messages.cannotCompleteTitle)}
      </Alert.Heading>
      <p className="mb-0">
        {intl.formatMessage(messages.cannotCompleteText, {
          courses: intl.formatList(titles, { type: 'conjunction' }),
          count: titles.length,
        })}
      </p>
    </Alert>
  );
}
