// Strings of Studio's view of one learner's path, for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  documentTitle: { id: 'studio.learner.documentTitle', defaultMessage: '{name} · {title} · Studio' },
  backToLearners: { id: 'studio.learner.back', defaultMessage: '← Back to the learners of {title}' },
  heading: { id: 'studio.learner.heading', defaultMessage: '{name} on {title}' },
  readOnly: {
    id: 'studio.learner.readOnly',
    defaultMessage: 'This is the path as {name} sees it in Learn, read-only: nothing here acts for them.',
  },
  progress: { id: 'studio.learner.progress', defaultMessage: 'Progress of {name} on {title}' },
  enrolledOn: { id: 'studio.learner.enrolledOn', defaultMessage: 'Enrolled on {date}' },
  left: { id: 'studio.learner.left', defaultMessage: 'Left the path (enrolled on {date})' },
  loading: { id: 'studio.learner.loading', defaultMessage: 'Loading…' },
  notFoundTitle: { id: 'studio.learner.notFound.title', defaultMessage: 'Learner not found' },
  notFoundBody: {
    id: 'studio.learner.notFound.body',
    defaultMessage:
      '{username} is not a learner of this path, or the path is not one you teach. Go back to the list of its learners.',
  },
});
