// Strings of the path page, for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  backToDashboard: { id: 'learn.path.back', defaultMessage: 'Back to My Learning' },
  notFoundTitle: { id: 'learn.path.notFound.title', defaultMessage: 'Path not found' },
  notFoundText: {
    id: 'learn.path.notFound.text',
    defaultMessage:
      'There is no learning path at this address that you can see. It may not exist, or it may be open only to the learners enrolled on it.',
  },
  kind: { id: 'learn.path.kind', defaultMessage: 'Learning path · {org}' },
  details: { id: 'learn.path.details', defaultMessage: 'About this path at a glance' },
  level: { id: 'learn.path.level', defaultMessage: 'Level' },
  beginner: { id: 'learn.path.level.beginner', defaultMessage: 'Beginner' },
  intermediate: { id: 'learn.path.level.intermediate', defaultMessage: 'Intermediate' },
  advanced: { id: 'learn.path.level.advanced', defaultMessage: 'Advanced' },
  duration: { id: 'learn.path.duration', defaultMessage: 'Duration' },
  timeCommitment: { id: 'learn.path.timeCommitment', defaultMessage: 'Time commitment' },
  overall: { id: 'learn.path.overall', defaultMessage: 'Your progress on {title}' },
  currentTier: { id: 'learn.path.currentTier', defaultMessage: 'Milestone reached: {tier}' },
  noTier: { id: 'learn.path.noTier', defaultMessage: 'No milestone reached yet' },
  enrolledOn: { id: 'learn.path.enrolledOn', defaultMessage: 'Enrolled on {date}' },
  join: { id: 'learn.path.join', defaultMessage: 'Join this path' },
  joinHint: {
    id: 'learn.path.joinHint',
    defaultMessage: 'This path is open to everyone. Join it to start its courses and follow your progress.',
  },
  leave: { id: 'learn.path.leave', defaultMessage: 'Leave this path' },
  actionFailed: { id: 'learn.path.actionFailed', defaultMessage: 'That did not work: {reason}' },
  nextTitle: { id: 'learn.path.next.title', defaultMessage: 'Suggested next step' },
  nextNone: {
    id: 'learn.path.next.none',
    defaultMessage: 'Nothing can be started right now: the remaining steps are locked. See why below.',
  },
  nextDone: { id: 'learn.path.next.done', defaultMessage: 'You have completed this path. Well done!' },
  nextNoneNow: {
    id: 'learn.path.next.noneNow',
    defaultMessage: 'Nothing on this path can be taken now: the courses left have not started or have ended.',
  },
  nextOpensOn: {
    id: 'learn.path.next.opensOn',
    defaultMessage: 'Nothing on this path can be taken now. The next course opens on {date}.',
  },
  cannotCompleteTitle: {
    id: 'learn.path.cannotComplete.title',
    defaultMessage: 'This path can no longer be completed',
  },
  cannotCompleteText: {
    id: 'learn.path.cannotComplete.text',
    defaultMessage:
      '{courses} ended before you completed {count, plural, one {it} other {them}}, and the path cannot be completed without {count, plural, one {it} other {them}}. Ask your instructor about the next run.',
  },
  start: { id: 'learn.path.start', defaultMessage: 'Start course' },
  resume: { id: 'learn.path.resume', defaultMessage: 'Resume course' },
  review: { id: 'learn.path.review', defaultMessage: 'Review course' },
  actionNamed: { id: 'learn.path.actionNamed', defaultMessage: '{action}: {title}' },
  starting: { id: 'learn.path.starting', defaultMessage: 'Opening the course…' },
  startLockedNow: {
    id: 'learn.path.startLockedNow',
    defaultMessage: '{title} is locked now: the page has been brought up to date to say why.',
  },
  startClosedNow: {
    id: 'learn.path.startClosedNow',
    defaultMessage: '{title} cannot be taken now: the page has been brought up to date to say why.',
  },
  startNotShared: {
    id: 'learn.path.startNotShared',
    defaultMessage:
      "{title} cannot be opened from this path: it is an invite-only course of {owner}, which does not share it with this path's organisation. The path's staff can tell you more.",
  },
  startLmsDown: {
    id: 'learn.path.startLmsDown',
    defaultMessage: 'The course platform could not open {title} just now. Please try again in a few minutes.',
  },
  startQueued: {
    id: 'learn.path.startQueued',
    defaultMessage:
      'The course platform is slow to answer: your place in {title} is being arranged. Please open it again in a minute.',
  },
  startFailed: {
    id: 'learn.path.startFailed',
    defaultMessage: '{title} could not be opened ({reason}).',
  },
  startedNoUrl: {
    id: 'learn.path.startedNoUrl',
    defaultMessage: 'You are enrolled in {title}. The course has no address to open yet.',
  },
  joinToStart: { id: 'learn.path.joinToStart', defaultMessage: 'Join the path to start its courses.' },
  aboutTitle: { id: 'learn.path.about.title', defaultMessage: 'About this path' },
  requirementsTitle: { id: 'learn.path.requirements.title', defaultMessage: 'Requirements' },
  requirementsNone: {
    id: 'learn.path.requirements.none',
    defaultMessage: 'No particular skills are needed before you start.',
  },
  requirementsIntro: {
    id: 'learn.path.requirements.intro',
    defaultMessage: 'Skills you should have before you start:',
  },
  skillsTitle: { id: 'learn.path.skills.title', defaultMessage: 'Skills you will gain' },
  skillLevel: { id: 'learn.path.skills.level', defaultMessage: '{skill} (level {level})' },
});
