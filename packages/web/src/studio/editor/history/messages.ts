// Strings of the version history, for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  heading: { id: 'studio.history.heading', defaultMessage: 'Version history' },
  unsaved: { id: 'studio.history.unsaved', defaultMessage: 'Save the path to start its history.' },
  loading: { id: 'studio.history.loading', defaultMessage: 'Loading the versions…' },
  failed: { id: 'studio.history.failed', defaultMessage: 'The versions could not be loaded: {error}' },
  none: {
    id: 'studio.history.none',
    defaultMessage: 'Not published yet: learners see nothing of this path.',
  },
  draftChanges: {
    id: 'studio.history.draftChanges',
    defaultMessage: 'Not yet published (your draft, against version {version})',
  },
  noDraftChanges: {
    id: 'studio.history.noDraftChanges',
    defaultMessage: 'The draft is the same as version {version}.',
  },
  version: { id: 'studio.history.version', defaultMessage: 'Version {version}' },
  published: { id: 'studio.history.published', defaultMessage: 'Published {date} by {user}' },
  someone: { id: 'studio.history.someone', defaultMessage: 'someone' },
  first: { id: 'studio.history.first', defaultMessage: 'The first version.' },
  noChanges: { id: 'studio.history.noChanges', defaultMessage: 'No changes.' },
  export: { id: 'studio.history.export', defaultMessage: 'Download version {version}' },
  restore: { id: 'studio.history.restore', defaultMessage: 'Copy version {version} into the draft' },
  restored: {
    id: 'studio.history.restored',
    defaultMessage: 'Version {version} copied into the editor. Save the draft to keep it.',
  },
  pathChanged: { id: 'studio.history.change.path', defaultMessage: 'Changed the path’s {fields}' },
  nodeAdded: { id: 'studio.history.change.nodeAdded', defaultMessage: 'Added {title}' },
  nodeRemoved: { id: 'studio.history.change.nodeRemoved', defaultMessage: 'Removed {title}' },
  nodeMoved: { id: 'studio.history.change.nodeMoved', defaultMessage: 'Moved {title} into {to}' },
  nodeChanged: { id: 'studio.history.change.nodeChanged', defaultMessage: 'Changed {fields} of {title}' },
  childrenReordered: {
    id: 'studio.history.change.reordered',
    defaultMessage: 'Reordered the parts of {title}',
  },
  tierAdded: { id: 'studio.history.change.tierAdded', defaultMessage: 'Added the tier {title}' },
  tierRemoved: { id: 'studio.history.change.tierRemoved', defaultMessage: 'Removed the tier {title}' },
  tierChanged: {
    id: 'studio.history.change.tierChanged',
    defaultMessage: 'Changed {fields} of the tier {title}',
  },
  tiersReordered: { id: 'studio.history.change.tiersReordered', defaultMessage: 'Reordered the tiers' },
});

/** The names of definition fields in change sentences; a field not listed is named as written. */
export const fieldNames = defineMessages({
  key: { id: 'studio.history.field.key', defaultMessage: 'key' },
  title: { id: 'studio.history.field.title', defaultMessage: 'title' },
  subtitle: { id: 'studio.history.field.subtitle', defaultMessage: 'subtitle' },
  description: { id: 'studio.history.field.description', defaultMessage: 'description' },
  image: { id: 'studio.history.field.image', defaultMessage: 'image' },
  level: { id: 'studio.history.field.level', defaultMessage: 'level' },
  duration: { id: 'studio.history.field.duration', defaultMessage: 'duration' },
  timeCommitment: { id: 'studio.history.field.timeCommitment', defaultMessage: 'time commitment' },
  visibility: { id: 'studio.history.field.visibility', defaultMessage: 'visibility' },
  skills: { id: 'studio.history.field.skills', defaultMessage: 'skills' },
  defaultCriteria: { id: 'studio.history.field.defaultCriteria', defaultMessage: 'default criteria' },
  course: { id: 'studio.history.field.course', defaultMessage: 'course' },
  criteria: { id: 'studio.history.field.criteria', defaultMessage: 'criteria' },
  weight: { id: 'studio.history.field.weight', defaultMessage: 'weight' },
  credits: { id: 'studio.history.field.credits', defaultMessage: 'credits' },
  prerequisites: { id: 'studio.history.field.prerequisites', defaultMessage: 'prerequisites' },
  availableFrom: { id: 'studio.history.field.availableFrom', defaultMessage: 'release date' },
  rule: { id: 'studio.history.field.rule', defaultMessage: 'rule' },
  count: { id: 'studio.history.field.count', defaultMessage: 'count' },
  requires: { id: 'studio.history.field.requires', defaultMessage: 'requirements' },
});
