// Strings of the structure editor (nodes, groups, steps, the catalog search), for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  heading: { id: 'studio.structure.heading', defaultMessage: 'Structure' },
  closeAll: { id: 'studio.structure.closeAll', defaultMessage: 'Close all settings' },
  intro: {
    id: 'studio.structure.intro',
    defaultMessage:
      'Add courses from the catalog and arrange them in groups. Drag a row by its handle to reorder it or to move it into another group, or use the move buttons; with the keyboard, focus a handle, press space, move with the arrow keys and press space again.',
  },
  step: { id: 'studio.structure.kind.step', defaultMessage: 'Course' },
  group: { id: 'studio.structure.kind.group', defaultMessage: 'Group' },
  ruleAll: { id: 'studio.structure.rule.all', defaultMessage: 'All, in any order' },
  ruleSequence: { id: 'studio.structure.rule.sequence', defaultMessage: 'All, in this order' },
  ruleAtLeast: {
    id: 'studio.structure.rule.atLeast',
    defaultMessage: 'Some: choose N, or a number of credits',
  },
  summaryOther: { id: 'studio.structure.summary.other', defaultMessage: 'rule {rule}' },
  summaryDefault: { id: 'studio.structure.summary.default', defaultMessage: 'default: {criteria}' },
  problemCount: {
    id: 'studio.structure.problems',
    defaultMessage: '{count, plural, one {# problem} other {# problems}}',
  },
  dragHandle: { id: 'studio.structure.drag', defaultMessage: 'Reorder {title}' },
  dragRole: { id: 'studio.structure.drag.role', defaultMessage: 'movable part' },
  moveUp: { id: 'studio.structure.moveUp', defaultMessage: 'Move {title} up' },
  moveDown: { id: 'studio.structure.moveDown', defaultMessage: 'Move {title} down' },
  edit: { id: 'studio.structure.edit', defaultMessage: 'Edit {title}' },
  remove: { id: 'studio.structure.remove', defaultMessage: 'Remove {title}' },
  removeGroupTitle: { id: 'studio.structure.removeGroup.title', defaultMessage: 'Remove {title}?' },
  removeGroupBody: {
    id: 'studio.structure.removeGroup.body',
    defaultMessage:
      '{title} holds {count, plural, one {# part} other {# parts}}; they are removed with it, and so is every reference to them.',
  },
  removeConfirm: { id: 'studio.structure.removeGroup.confirm', defaultMessage: 'Remove' },
  cancel: { id: 'studio.structure.cancel', defaultMessage: 'Cancel' },
  moved: {
    id: 'studio.structure.moved',
    defaultMessage: '{title} moved to position {position} of {total} in {group}.',
  },
  movedInto: { id: 'studio.structure.movedInto', defaultMessage: '{title} moved into {group}.' },
  atEnd: { id: 'studio.structure.atEnd', defaultMessage: '{title} cannot move further.' },
  added: { id: 'studio.structure.added', defaultMessage: '{title} added to {group}.' },
  removed: { id: 'studio.structure.removed', defaultMessage: '{title} removed.' },
  addGroup: { id: 'studio.structure.addGroup', defaultMessage: 'Add a group to {group}' },
  emptyGroup: {
    id: 'studio.structure.emptyGroup',
    defaultMessage: 'Nothing in this group yet: add a course or a group.',
  },
  id: { id: 'studio.structure.field.id', defaultMessage: 'Id' },
  title: { id: 'studio.structure.field.title', defaultMessage: 'Title' },
  stepTitleHelp: {
    id: 'studio.structure.field.title.step',
    defaultMessage: 'What learners read; the course title by default.',
  },
  course: { id: 'studio.structure.field.course', defaultMessage: 'Course' },
  rule: { id: 'studio.structure.field.rule', defaultMessage: 'What completes this group' },
  count: { id: 'studio.structure.field.count', defaultMessage: 'How many to complete' },
  countHelp: {
    id: 'studio.structure.field.count.help',
    defaultMessage: 'Out of {total}. Leave empty to count credits only.',
  },
  creditsRequired: { id: 'studio.structure.field.creditsRequired', defaultMessage: 'Credits required' },
  creditsRequiredHelp: {
    id: 'studio.structure.field.creditsRequired.help',
    defaultMessage:
      'The completed parts must be worth at least this; it is also what the group is worth. Leave empty to count parts only.',
  },
  groupCredits: { id: 'studio.structure.field.groupCredits', defaultMessage: 'Credits it is worth' },
  groupCreditsHelp: {
    id: 'studio.structure.field.groupCredits.help',
    defaultMessage: 'Counted by a credits group around it. Empty: the sum of its parts ({sum}).',
  },
  stepCredits: { id: 'studio.structure.field.stepCredits', defaultMessage: 'Credits' },
  stepCreditsHelp: {
    id: 'studio.structure.field.stepCredits.help',
    defaultMessage: 'Counted by a credits group around it. Empty: 1.',
  },
  weight: { id: 'studio.structure.field.weight', defaultMessage: 'Weight' },
  weightHelp: {
    id: 'studio.structure.field.weight.help',
    defaultMessage: 'Its share of the progress of an "all" group around it. Empty: 1.',
  },
  prerequisites: { id: 'studio.structure.field.prerequisites', defaultMessage: 'Unlocks after' },
  prerequisitesHelp: {
    id: 'studio.structure.field.prerequisites.help',
    defaultMessage: 'It stays locked until each of these is completed (a tier: achieved).',
  },
  availableFrom: { id: 'studio.structure.field.availableFrom', defaultMessage: 'Opens on' },
  moveInto: { id: 'studio.structure.field.moveInto', defaultMessage: 'Move into group' },
  moveIntoNone: { id: 'studio.structure.field.moveInto.none', defaultMessage: 'Choose a group…' },
  settings: { id: 'studio.structure.settings', defaultMessage: 'Settings of {title}' },
  searchLabel: { id: 'studio.structure.search.label', defaultMessage: 'Add a course to {group}' },
  searchPlaceholder: {
    id: 'studio.structure.search.placeholder',
    defaultMessage: 'Search the catalog by title or key',
  },
  searching: { id: 'studio.structure.search.busy', defaultMessage: 'Searching…' },
  found: {
    id: 'studio.structure.search.found',
    defaultMessage: '{count, plural, =0 {No course matches.} one {# course found.} other {# courses found.}}',
  },
  moreFound: {
    id: 'studio.structure.search.more',
    defaultMessage: 'Showing the first {shown} of {total}: type more to narrow.',
  },
  addCourse: { id: 'studio.structure.search.add', defaultMessage: 'Add' },
  addCourseLabel: { id: 'studio.structure.search.addLabel', defaultMessage: 'Add {title} to {group}' },
  changeCourse: { id: 'studio.structure.changeCourse', defaultMessage: 'Change course' },
  changeCourseLabel: {
    id: 'studio.structure.changeCourse.label',
    defaultMessage: 'Change course of {title}',
  },
  changeCourseSearch: {
    id: 'studio.structure.changeCourse.search',
    defaultMessage: 'New course for {title}',
  },
  chooseCourse: { id: 'studio.structure.changeCourse.choose', defaultMessage: 'Choose' },
  chooseCourseLabel: {
    id: 'studio.structure.changeCourse.chooseLabel',
    defaultMessage: 'Choose {course} for {title}',
  },
  courseChanged: { id: 'studio.structure.changeCourse.done', defaultMessage: 'The course is now {title}.' },
  groupRoot: { id: 'studio.structure.groupRoot', defaultMessage: 'Turn into a group' },
  groupRootHelp: {
    id: 'studio.structure.groupRoot.help',
    defaultMessage:
      'This path is a single course. To add more, turn it into a group whose first part is this course.',
  },
  rootGrouped: {
    id: 'studio.structure.groupRoot.done',
    defaultMessage: 'The path is now a group holding {title}.',
  },
  inPath: { id: 'studio.structure.search.inPath', defaultMessage: 'In this path' },
  searchFailed: {
    id: 'studio.structure.search.failed',
    defaultMessage: 'The catalog could not be searched: {error}',
  },
  dragInstructions: {
    id: 'studio.structure.drag.instructions',
    defaultMessage:
      'To pick up a part, press space or enter. Move it with the up and down arrow keys, also into and out of groups; press space or enter to drop it, or escape to cancel.',
  },
  dragStart: { id: 'studio.structure.drag.start', defaultMessage: 'Picked up {title}.' },
  dragOver: {
    id: 'studio.structure.drag.over',
    defaultMessage: '{title} is over {group}, position {position} of {total}.',
  },
  dragOutside: { id: 'studio.structure.drag.outside', defaultMessage: '{title} is not over a group.' },
  dragEnd: {
    id: 'studio.structure.drag.end',
    defaultMessage: '{title} moved into {group}, position {position} of {total}.',
  },
  dragStay: {
    id: 'studio.structure.drag.stay',
    defaultMessage: '{title} stays at position {position} of {total} in {group}.',
  },
  dragNowhere: {
    id: 'studio.structure.drag.nowhere',
    defaultMessage: '{title} was not dropped in a group and stays where it was.',
  },
  dragCancel: { id: 'studio.structure.drag.cancel', defaultMessage: 'Moving {title} was cancelled.' },
  dropHint: {
    id: 'studio.structure.drag.hint',
    defaultMessage: 'Into {group}, position {position} of {total}',
  },
  dropHintNowhere: { id: 'studio.structure.drag.hint.nowhere', defaultMessage: 'Not over a group' },
  runRange: { id: 'studio.structure.run.range', defaultMessage: '{starts} – {ends}' },
  runFrom: { id: 'studio.structure.run.from', defaultMessage: 'From {starts}, self-paced, no end date' },
  runUntil: { id: 'studio.structure.run.until', defaultMessage: 'Until {ends}' },
  runSelfPaced: { id: 'studio.structure.run.selfPaced', defaultMessage: 'Self-paced, no end date' },
  runState: {
    id: 'studio.structure.run.state',
    defaultMessage: '{dates} · {state, select, ended {ended} upcoming {not started yet} other {open}}',
  },
  notInCatalog: { id: 'studio.structure.run.notInCatalog', defaultMessage: 'Not in the catalog' },
  followedRun: {
    id: 'studio.structure.run.followed',
    defaultMessage: 'Follows the course · current run: {run}',
  },
  followCourse: {
    id: 'studio.structure.followCourse',
    defaultMessage: 'Follow the course from run to run',
  },
  followCourseHelp: {
    id: 'studio.structure.followCourse.help',
    defaultMessage:
      'Learners are sent to the run open now, or else the next one to start, and a run they already took counts. Leave it off to keep exactly {course}.',
  },
});
