// Strings of the problem summary and of the course warnings, for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  heading: {
    id: 'studio.problems.heading',
    defaultMessage:
      '{count, plural, one {# thing to fix before publishing} other {# things to fix before publishing}}',
  },
  show: { id: 'studio.problems.show', defaultMessage: 'Show' },
  showLabel: { id: 'studio.problems.showLabel', defaultMessage: 'Show the field: {message}' },
  where: { id: 'studio.problems.where', defaultMessage: '{section}: {message}' },
  details: { id: 'studio.problems.section.details', defaultMessage: 'Details' },
  structure: { id: 'studio.problems.section.structure', defaultMessage: 'Structure' },
  tiers: { id: 'studio.problems.section.tiers', defaultMessage: 'Tiers' },
  warningCount: {
    id: 'studio.courseWarnings.count',
    defaultMessage: '{count, plural, one {# warning} other {# warnings}}',
  },
  ended: {
    id: 'studio.courseWarnings.ended',
    defaultMessage: 'The course ended on {ends}: learners can no longer take it.',
  },
  endsBeforeOpening: {
    id: 'studio.courseWarnings.endsBeforeOpening',
    defaultMessage: 'The course ends on {ends}, before this step opens on {opens}.',
  },
  endsSoonAfterOpening: {
    id: 'studio.courseWarnings.endsSoonAfterOpening',
    defaultMessage:
      'The course ends on {ends}, {days, plural, =0 {less than a day} one {# day} other {# days}} after this step opens on {opens}.',
  },
  startsAfterLater: {
    id: 'studio.courseWarnings.startsAfterLater',
    defaultMessage:
      'The course starts on {starts}, but {later}, which comes after it in order, ends on {ends}.',
  },
  notInCatalog: {
    id: 'studio.courseWarnings.notInCatalog',
    defaultMessage: 'The course {course} is not in the catalog: check its key, or add it to the catalog.',
  },
  warningAt: { id: 'studio.courseWarnings.at', defaultMessage: '{title}: {message}' },
});
