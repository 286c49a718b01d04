// Every string of Learner Home's "My learning paths" widget, for react-intl.
import { defineMessages } from '@edx/frontend-platform/i18n';

export const messages = defineMessages({
  heading: { id: 'learningPaths.dashboard.heading', defaultMessage: 'My learning paths' },
  loading: { id: 'learningPaths.dashboard.loading', defaultMessage: 'Loading your learning paths…' },
  none: { id: 'learningPaths.dashboard.none', defaultMessage: 'You are on no learning path yet.' },
  progress: {
    id: 'learningPaths.dashboard.progress',
    defaultMessage: '{progress, number, percent} complete',
  },
  next: { id: 'learningPaths.dashboard.next', defaultMessage: 'Next: {steps}' },
  failed: {
    id: 'learningPaths.dashboard.failed',
    defaultMessage: 'Your learning paths could not be loaded: {detail}',
  },
});
