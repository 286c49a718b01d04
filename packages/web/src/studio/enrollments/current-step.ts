// Where a learner stands, in the instructor's words: "Working on Statistics", "Waiting on
// Statistics: its course starts on 1 April 2026", "Course ended: Data Visualization"; and the
// shorter phrase of the per-step counts ("41 learners are waiting on Statistics").
import type { IntlShape } from 'react-intl';
import { formatUtcDay } from '../../shared/intl/utc-dates.ts';
import type { LearnerRow } from './enrollments-api.ts';
import { positionMessages } from './messages.ts';

export type CurrentStep = LearnerRow['currentStep'];
export type StepPosition = CurrentStep['kind'];

/** The table's and the export's words for where a learner stands. */
export function currentStepWords(intl: IntlShape, current: CurrentStep): string {
  const step = current.stepTitle ?? '';
  const date = current.date === null ? null : formatUtcDay(intl, current.date);
  switch (current.kind) {
    case 'working':
      return intl.formatMessage(positionMessages.working, { step });
    case 'ended':
      return intl.formatMessage(positionMessages.ended, { step });
    case 'completed':
      return intl.formatMessage(positionMessages.completed);
    case 'notStarted':
      return current.stepTitle === null
        ? intl.formatMessage(positionMessages.notStarted)
        : intl.formatMessage(positionMessages.notStartedAt, { step });
    case 'waiting':
      if (current.waitingOn === 'courseStart' && date)
        return intl.formatMessage(positionMessages.waitingStart, { step, date });
      if (current.waitingOn === 'releaseDate' && date)
        return intl.formatMessage(positionMessages.waitingRelease, { step, date });
      if (current.waitingOn === 'locked') return intl.formatMessage(positionMessages.waitingLocked, { step });
      return intl.formatMessage(positionMessages.waiting, { step });
  }
}

/** The phrase after "N learners are": "waiting on Statistics". */
export function whereWords(intl: IntlShape, position: StepPosition, stepTitle: string | null): string {
  const step = stepTitle ?? '';
  switch (position) {
    case 'working':
      return intl.formatMessage(positionMessages.whereWorking, { step });
    case 'waiting':
      return intl.formatMessage(positionMessages.whereWaiting, { step });
    case 'ended':
      return intl.formatMessage(positionMessages.whereEnded, { step });
    case 'completed':
      return intl.formatMessage(positionMessages.whereCompleted);
    case 'notStarted':
      return stepTitle === null
        ? intl.formatMessage(positionMessages.whereNotStartedNone)
        : intl.formatMessage(positionMessages.whereNotStarted, { step });
  }
}
