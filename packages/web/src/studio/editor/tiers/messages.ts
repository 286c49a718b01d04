// Strings of the tiers section, for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  heading: { id: 'studio.tiers.heading', defaultMessage: 'Tiers' },
  intro: {
    id: 'studio.tiers.intro',
    defaultMessage:
      'Milestones such as certificates, reached when everything a tier requires is completed. Their order matters: a learner’s current tier is the last one reached.',
  },
  none: { id: 'studio.tiers.none', defaultMessage: 'No tiers yet.' },
  tierHeading: { id: 'studio.tiers.tier', defaultMessage: 'Tier {position}: {title}' },
  untitled: { id: 'studio.tiers.untitled', defaultMessage: 'untitled' },
  add: { id: 'studio.tiers.add', defaultMessage: 'Add a tier' },
  id: { id: 'studio.tiers.field.id', defaultMessage: 'Id' },
  title: { id: 'studio.tiers.field.title', defaultMessage: 'Title' },
  description: { id: 'studio.tiers.field.description', defaultMessage: 'Description' },
  requires: { id: 'studio.tiers.field.requires', defaultMessage: 'Reached when these are completed' },
  requiresHelp: {
    id: 'studio.tiers.field.requires.help',
    defaultMessage: 'Parts of the path, or earlier tiers, so that tiers build on each other.',
  },
  moveUp: { id: 'studio.tiers.moveUp', defaultMessage: 'Move {title} up' },
  moveDown: { id: 'studio.tiers.moveDown', defaultMessage: 'Move {title} down' },
  remove: { id: 'studio.tiers.remove', defaultMessage: 'Remove {title}' },
  moved: { id: 'studio.tiers.moved', defaultMessage: '{title} is now tier {position} of {total}.' },
  removed: { id: 'studio.tiers.removed', defaultMessage: '{title} removed.' },
  added: { id: 'studio.tiers.added', defaultMessage: 'Tier {position} added.' },
});
