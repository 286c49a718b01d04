// Strings of the what-if preview, for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  heading: { id: 'studio.preview.heading', defaultMessage: 'Preview as a learner' },
  intro: {
    id: 'studio.preview.intro',
    defaultMessage:
      'Give an imaginary learner results in each course and see what the engine makes of them: statuses, locks, tiers and what is left. Nothing here is saved.',
  },
  invalid: {
    id: 'studio.preview.invalid',
    defaultMessage: 'The preview needs a valid path: fix the problems listed above first.',
  },
  date: { id: 'studio.preview.date', defaultMessage: 'Date of the preview' },
  dateHelp: {
    id: 'studio.preview.date.help',
    defaultMessage: 'Release dates open at the start of their day (UTC).',
  },
  results: { id: 'studio.preview.results', defaultMessage: 'The learner’s results' },
  enrolled: { id: 'studio.preview.enrolled', defaultMessage: 'Enrolled' },
  completion: { id: 'studio.preview.completion', defaultMessage: 'Completion (%)' },
  grade: { id: 'studio.preview.grade', defaultMessage: 'Grade (%)' },
  passed: { id: 'studio.preview.passed', defaultMessage: 'Passed' },
  complete: { id: 'studio.preview.complete', defaultMessage: 'Full marks' },
  completeLabel: { id: 'studio.preview.completeLabel', defaultMessage: 'Give full marks in {title}' },
  clear: { id: 'studio.preview.clear', defaultMessage: 'Clear' },
  clearLabel: { id: 'studio.preview.clearLabel', defaultMessage: 'Clear the results in {title}' },
  clearAll: { id: 'studio.preview.clearAll', defaultMessage: 'Clear all results' },
  outcome: { id: 'studio.preview.outcome', defaultMessage: 'What the learner sees' },
  progress: { id: 'studio.preview.progress', defaultMessage: 'Path progress: {percent}' },
  completed: { id: 'studio.preview.pathCompleted', defaultMessage: 'Path completed' },
  currentTier: { id: 'studio.preview.currentTier', defaultMessage: 'Current tier: {title}' },
  noTier: { id: 'studio.preview.noTier', defaultMessage: 'No tier reached yet' },
  locked: { id: 'studio.preview.status.locked', defaultMessage: 'Locked' },
  available: { id: 'studio.preview.status.available', defaultMessage: 'Available' },
  in_progress: { id: 'studio.preview.status.inProgress', defaultMessage: 'In progress' },
  statusCompleted: { id: 'studio.preview.status.completed', defaultMessage: 'Completed' },
  tiers: { id: 'studio.preview.tiers', defaultMessage: 'Tiers' },
  achieved: { id: 'studio.preview.tier.achieved', defaultMessage: 'Reached' },
  notAchieved: { id: 'studio.preview.tier.notAchieved', defaultMessage: 'Not reached: {percent}' },
  missing: { id: 'studio.preview.tier.missing', defaultMessage: 'Still needs {items}' },
  remaining: { id: 'studio.preview.remaining', defaultMessage: 'What is left' },
  lockedNeed: { id: 'studio.preview.lockedNeed', defaultMessage: '{title}: {reason}' },
  nothingLeft: { id: 'studio.preview.nothingLeft', defaultMessage: 'Nothing: everything open is done.' },
  next: { id: 'studio.preview.next', defaultMessage: 'Can work on now' },
  noNext: { id: 'studio.preview.noNext', defaultMessage: 'Nothing right now.' },
});
