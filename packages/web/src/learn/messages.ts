// Strings shared by Learn's screens, for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  documentTitle: { id: 'learn.documentTitle', defaultMessage: '{title} · My Learning' },
  loading: { id: 'learn.loading', defaultMessage: 'Loading…' },
  loadFailed: { id: 'learn.loadFailed', defaultMessage: 'This could not be loaded: {reason}' },
  tryAgain: { id: 'learn.tryAgain', defaultMessage: 'Try again' },
  backToDashboard: { id: 'learn.backToDashboard', defaultMessage: 'Back to My Learning' },
});
