// Strings of the editor's shared form fields, for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  idTaken: {
    id: 'studio.fields.id.taken',
    defaultMessage: 'Another part of this path already has the id "{id}".',
  },
  idFormat: {
    id: 'studio.fields.id.format',
    defaultMessage: 'An id has 1 to 64 letters, digits, _ or -, and no spaces.',
  },
  idHelp: {
    id: 'studio.fields.id.help',
    defaultMessage: 'Used by prerequisites and tiers; references follow when you change it.',
  },
  idFollowsTitle: {
    id: 'studio.fields.id.followsTitle',
    defaultMessage:
      'Made from the title as you type it, until you change it here. Used by prerequisites and tiers.',
  },
  minimumCompletion: { id: 'studio.fields.criteria.completion', defaultMessage: 'Minimum completion (%)' },
  minimumGrade: { id: 'studio.fields.criteria.grade', defaultMessage: 'Minimum grade (%)' },
  mustPass: { id: 'studio.fields.criteria.passed', defaultMessage: 'Must be passed' },
  criteriaLegend: { id: 'studio.fields.criteria.legend', defaultMessage: 'To complete it, a learner needs' },
  criteriaDefault: {
    id: 'studio.fields.criteria.default',
    defaultMessage: 'Leave all empty to use the default: {summary}.',
  },
  criteriaAll: { id: 'studio.fields.criteria.all', defaultMessage: 'Every criterion given must hold.' },
  noCandidates: {
    id: 'studio.fields.references.none',
    defaultMessage: 'Nothing else in the path can be chosen here yet.',
  },
  unknownReference: {
    id: 'studio.fields.references.unknown',
    defaultMessage: '{id} (no longer in the path)',
  },
  tierReference: { id: 'studio.fields.references.tier', defaultMessage: 'tier' },
  cyclicReference: {
    id: 'studio.fields.references.cycle',
    defaultMessage:
      'Not possible: it would go round in a circle ({cycle}), so none of them could ever be completed.',
  },
  utc: { id: 'studio.fields.dateTime.utc', defaultMessage: 'In UTC. Leave empty for no date.' },
});
