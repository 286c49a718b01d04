// Strings shared by Learn's screens, for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  documentTitle: { id: 'learn.documentTitle', defaultMessage: '{title} · My Learning' },
  loading: { id: 'learn.loading', defaultMessage: 'Loading…' },
  loadFailed: { id: 'learn.loadFailed', defaultMessage: 'This could not be loaded: {reason}' },
  tryAgain: { id: 'learn.tryAgain', defaultMessage: 'Try again' },
  startsOn: { id: 'learn.dates.startsOn', defaultMessage: 'Starts on {date}' },
  endsOn: { id: 'learn.dates.endsOn', defaultMessage: 'Ends on {date}' },
  endedOn: { id: 'learn.dates.endedOn', defaultMessage: 'Ended on {date}' },
  selfPaced: { id: 'learn.dates.selfPaced', defaultMessage: 'Self-paced, no end date' },
});
