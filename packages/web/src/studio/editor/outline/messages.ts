// Strings of the live outline, for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  heading: { id: 'studio.outline.heading', defaultMessage: 'Outline' },
  tiers: { id: 'studio.outline.tiers', defaultMessage: 'Tiers' },
  requires: { id: 'studio.outline.requires', defaultMessage: 'needs {items}' },
  after: { id: 'studio.outline.after', defaultMessage: 'after {items}' },
  opens: { id: 'studio.outline.opens', defaultMessage: 'opens {date}' },
  problems: {
    id: 'studio.outline.problems',
    defaultMessage: '{count, plural, one {# problem} other {# problems}}',
  },
  show: { id: 'studio.outline.show', defaultMessage: 'Show {title} in the structure' },
  showTier: { id: 'studio.outline.showTier', defaultMessage: 'Show the tier {title}' },
});
