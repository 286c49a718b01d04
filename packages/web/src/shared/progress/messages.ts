// Strings of the progress bar and the status labels, for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  percentComplete: { id: 'progress.percentComplete', defaultMessage: '{percent} complete' },
  not_started: { id: 'progress.status.notStarted', defaultMessage: 'Not started' },
  available: { id: 'progress.status.available', defaultMessage: 'Available' },
  in_progress: { id: 'progress.status.inProgress', defaultMessage: 'In progress' },
  completed: { id: 'progress.status.completed', defaultMessage: 'Completed' },
  locked: { id: 'progress.status.locked', defaultMessage: 'Locked' },
});
