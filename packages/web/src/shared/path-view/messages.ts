// Strings of a learner's path as Learn shows it (outline, steps, milestones, course dates), for
// react-intl; their ids are Learn's, where they were first written, so translations keep holding.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  stepEnded: {
    id: 'learn.path.step.ended',
    defaultMessage:
      'This course ended on {date} and enrollment is closed. Ask your instructor about the next run.',
  },
  stepUpcoming: {
    id: 'learn.path.step.upcoming',
    defaultMessage: 'This course starts on {date}: you can start it then.',
  },
  outlineTitle: { id: 'learn.path.outline.title', defaultMessage: 'Your pathway' },
  progressOn: { id: 'learn.path.outline.progressOn', defaultMessage: 'Progress on {title}' },
  ruleDone: { id: 'learn.path.outline.ruleDone', defaultMessage: '{rule} — {done} done' },
  suggested: { id: 'learn.path.outline.suggested', defaultMessage: 'Suggested next step' },
  credits: {
    id: 'learn.path.outline.credits',
    defaultMessage: '{earned, number} of {of, plural, one {# credit} other {# credits}}',
  },
  lockedBecause: { id: 'learn.path.outline.lockedBecause', defaultMessage: 'Locked: {reason}' },
  toDo: { id: 'learn.path.outline.toDo', defaultMessage: 'Still to do: {text}' },
  required: { id: 'learn.path.outline.required', defaultMessage: 'Required: {requirement}' },
  results: { id: 'learn.path.outline.results', defaultMessage: 'Your results:' },
  completion: { id: 'learn.path.outline.completion', defaultMessage: 'completion {value}' },
  grade: { id: 'learn.path.outline.grade', defaultMessage: 'grade {value}' },
  passed: { id: 'learn.path.outline.passed', defaultMessage: 'passed' },
  notPassed: { id: 'learn.path.outline.notPassed', defaultMessage: 'not passed yet' },
  noResults: { id: 'learn.path.outline.noResults', defaultMessage: 'Your results: none yet' },
  enrolledInCourse: { id: 'learn.path.outline.enrolled', defaultMessage: 'Enrolled in the course' },
  courseMissing: {
    id: 'learn.path.outline.courseMissing',
    defaultMessage: 'This course is not in the catalog yet.',
  },
  milestonesTitle: { id: 'learn.path.milestones.title', defaultMessage: 'Milestones' },
  milestonesNone: { id: 'learn.path.milestones.none', defaultMessage: 'This path has no milestones.' },
  tierAchieved: { id: 'learn.path.milestones.achieved', defaultMessage: 'Reached' },
  tierNotAchieved: { id: 'learn.path.milestones.notAchieved', defaultMessage: 'Not reached yet' },
  tierProgress: { id: 'learn.path.milestones.progress', defaultMessage: 'Progress towards {title}' },
  stillNeeded: { id: 'learn.path.milestones.stillNeeded', defaultMessage: 'Still needed:' },
  lockedNeed: { id: 'learn.path.milestones.lockedNeed', defaultMessage: '{title} (locked): {reason}' },
  startsOn: { id: 'learn.dates.startsOn', defaultMessage: 'Starts on {date}' },
  endsOn: { id: 'learn.dates.endsOn', defaultMessage: 'Ends on {date}' },
  endedOn: { id: 'learn.dates.endedOn', defaultMessage: 'Ended on {date}' },
  selfPaced: { id: 'learn.dates.selfPaced', defaultMessage: 'Self-paced, no end date' },
});
