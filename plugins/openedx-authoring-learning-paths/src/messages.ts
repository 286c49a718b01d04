// Every string of the course outline's "Learning paths" panel, for react-intl.
import { defineMessages } from '@edx/frontend-platform/i18n';

export const messages = defineMessages({
  heading: { id: 'learningPaths.outline.heading', defaultMessage: 'Learning paths' },
  loading: { id: 'learningPaths.outline.loading', defaultMessage: 'Loading learning paths…' },
  none: { id: 'learningPaths.outline.none', defaultMessage: 'This course is in no learning path yet.' },
  listLabel: { id: 'learningPaths.outline.listLabel', defaultMessage: 'Learning paths with {courseName}' },
  edit: { id: 'learningPaths.outline.edit', defaultMessage: 'Edit {title} in Learning Paths Studio' },
  statusDraft: { id: 'learningPaths.outline.status.draft', defaultMessage: 'Draft' },
  statusPublished: { id: 'learningPaths.outline.status.published', defaultMessage: 'Published' },
  statusArchived: { id: 'learningPaths.outline.status.archived', defaultMessage: 'Archived' },
  addLabel: { id: 'learningPaths.outline.addLabel', defaultMessage: 'Add to a path' },
  choose: { id: 'learningPaths.outline.choose', defaultMessage: 'Choose a path' },
  add: { id: 'learningPaths.outline.add', defaultMessage: 'Add' },
  added: {
    id: 'learningPaths.outline.added',
    defaultMessage: 'Added to the draft of {title}: publish it in Studio for learners to see it.',
  },
  conflict: {
    id: 'learningPaths.outline.conflict',
    defaultMessage: 'Someone changed {title} meanwhile: the list is up to date again, try once more.',
  },
  failed: {
    id: 'learningPaths.outline.failed',
    defaultMessage: 'Learning paths could not be reached: {detail}',
  },
});
