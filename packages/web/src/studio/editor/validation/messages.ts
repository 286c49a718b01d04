// Strings of the problem summary, for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  heading: {
    id: 'studio.problems.heading',
    defaultMessage:
      '{count, plural, one {# thing to fix before saving} other {# things to fix before saving}}',
  },
  show: { id: 'studio.problems.show', defaultMessage: 'Show' },
  showLabel: { id: 'studio.problems.showLabel', defaultMessage: 'Show the field: {message}' },
  where: { id: 'studio.problems.where', defaultMessage: '{section}: {message}' },
  details: { id: 'studio.problems.section.details', defaultMessage: 'Details' },
  structure: { id: 'studio.problems.section.structure', defaultMessage: 'Structure' },
  tiers: { id: 'studio.problems.section.tiers', defaultMessage: 'Tiers' },
});
