// The English default messages of the sentences the server and the engine send as messages
// (`{ id, values }` beside their English `text`, ids listed in docs/path-format.md). Rendered with
// these defaults they read exactly as the English text; a translation supplies the same ids.
import { defineMessages } from 'react-intl';

const CREDITS = '{credits, plural, one {# credit} other {# credits}}';
const MORE_CREDITS = '{credits, plural, one {# more credit} other {# more credits}}';
const COUNT_OF = '{count, plural, =1 {at least 1 of {total}} other {choose # of {total}}}';

export const serverMessages: Readonly<Record<string, { id: string; defaultMessage: string }>> =
  defineMessages({
    // Enrollment results, for staff (docs/service.md).
    'lp.enroll.empty': { id: 'lp.enroll.empty', defaultMessage: 'the row is empty' },
    'lp.enroll.badEmail': {
      id: 'lp.enroll.badEmail',
      defaultMessage: '"{text}" is not a valid email address',
    },
    'lp.enroll.notALearner': {
      id: 'lp.enroll.notALearner',
      defaultMessage:
        '"{text}" is neither a username (2 to 150 letters, digits or _ . @ + -) nor an email address',
    },
    'lp.enroll.unknownUsername': {
      id: 'lp.enroll.unknownUsername',
      defaultMessage: 'no user has the username {username}',
    },
    'lp.enroll.stillPending': {
      id: 'lp.enroll.stillPending',
      defaultMessage: 'already waiting for an account with this email',
    },
    'lp.enroll.pending': {
      id: 'lp.enroll.pending',
      defaultMessage: 'no account has this email yet; enrolled when one appears',
    },
    'lp.enroll.alreadyEnrolled': {
      id: 'lp.enroll.alreadyEnrolled',
      defaultMessage: '{username} is already enrolled',
    },
    'lp.enroll.enrolledAgain': {
      id: 'lp.enroll.enrolledAgain',
      defaultMessage: '{username} is enrolled again',
    },
    'lp.enroll.enrolled': { id: 'lp.enroll.enrolled', defaultMessage: '{username} is enrolled' },
    'lp.enroll.ambiguousUsername': {
      id: 'lp.enroll.ambiguousUsername',
      defaultMessage: '{text} matches usernames that differ only in case ({usernames}): write it exactly',
    },
    // Line and row numbers as the server writes them, without grouping (line 1234).
    'lp.enroll.unmatchedQuote': {
      id: 'lp.enroll.unmatchedQuote',
      defaultMessage: 'line {line, number, ::group-off}: unmatched quote',
    },
    'lp.enroll.unreadableLine': {
      id: 'lp.enroll.unreadableLine',
      defaultMessage: 'line {line, number, ::group-off}: not readable as CSV',
    },
    'lp.enroll.duplicateOfLine': {
      id: 'lp.enroll.duplicateOfLine',
      defaultMessage: 'duplicate of line {line, number, ::group-off}',
    },
    'lp.enroll.duplicateOfRow': {
      id: 'lp.enroll.duplicateOfRow',
      defaultMessage: 'duplicate of row {row, number, ::group-off}',
    },
    'lp.enroll.queuedForLms': {
      id: 'lp.enroll.queuedForLms',
      defaultMessage: '{detail}; queued for the LMS',
    },
    // A path's step using another organisation's invite-only course it does not share, for authors.
    'lp.sharing.notShared': {
      id: 'lp.sharing.notShared',
      defaultMessage:
        '{course} is an invite-only course of {owner}, which does not share it with {org}: an author of {owner} must share it before a {org} path may use it',
    },
    'lp.lock.after': { id: 'lp.lock.after', defaultMessage: 'Unlocks after {titles}' },
    'lp.lock.opens': { id: 'lp.lock.opens', defaultMessage: 'Opens on {date}' },
    'lp.lock.ancestor': { id: 'lp.lock.ancestor', defaultMessage: 'Part of {ancestor}, which is locked' },
    'lp.lock.after.opens': {
      id: 'lp.lock.after.opens',
      defaultMessage: 'Unlocks after {titles}; opens on {date}',
    },
    'lp.lock.after.ancestor': {
      id: 'lp.lock.after.ancestor',
      defaultMessage: 'Unlocks after {titles}; part of {ancestor}, which is locked',
    },
    'lp.lock.opens.ancestor': {
      id: 'lp.lock.opens.ancestor',
      defaultMessage: 'Opens on {date}; part of {ancestor}, which is locked',
    },
    'lp.lock.after.opens.ancestor': {
      id: 'lp.lock.after.opens.ancestor',
      defaultMessage: 'Unlocks after {titles}; opens on {date}; part of {ancestor}, which is locked',
    },
    'lp.criterion.completion.explain': {
      id: 'lp.criterion.completion.explain',
      defaultMessage: 'Complete {minimum, number, percent} of {title} (now {now, number, percent})',
    },
    'lp.criterion.completion.summary': {
      id: 'lp.criterion.completion.summary',
      defaultMessage: 'completion ≥ {minimum, number, percent}',
    },
    'lp.criterion.grade.explain': {
      id: 'lp.criterion.grade.explain',
      defaultMessage: 'Reach a grade of {minimum, number, percent} in {title} (now {now, number, percent})',
    },
    'lp.criterion.grade.summary': {
      id: 'lp.criterion.grade.summary',
      defaultMessage: 'grade ≥ {minimum, number, percent}',
    },
    'lp.criterion.passed.explain': { id: 'lp.criterion.passed.explain', defaultMessage: 'Pass {title}' },
    'lp.criterion.passed.summary': { id: 'lp.criterion.passed.summary', defaultMessage: 'passed' },
    'lp.step.remaining': { id: 'lp.step.remaining', defaultMessage: '{clauses}' },
    'lp.step.summary': { id: 'lp.step.summary', defaultMessage: '{criteria}' },
    'lp.rule.all.summary': {
      id: 'lp.rule.all.summary',
      defaultMessage: '{count, plural, =1 {required} other {all # required}}',
    },
    'lp.rule.sequence.summary': { id: 'lp.rule.sequence.summary', defaultMessage: 'all {count} in order' },
    'lp.rule.atLeast.summary.count': { id: 'lp.rule.atLeast.summary.count', defaultMessage: COUNT_OF },
    'lp.rule.atLeast.summary.credits': {
      id: 'lp.rule.atLeast.summary.credits',
      defaultMessage: `at least ${CREDITS}`,
    },
    'lp.rule.atLeast.summary.countAndCredits': {
      id: 'lp.rule.atLeast.summary.countAndCredits',
      defaultMessage: `${COUNT_OF} and at least ${CREDITS}`,
    },
    'lp.rule.atLeast.explain.count': {
      id: 'lp.rule.atLeast.explain.count',
      defaultMessage: 'Complete {more} more of: {children}',
    },
    'lp.rule.atLeast.explain.countFromCredits': {
      id: 'lp.rule.atLeast.explain.countFromCredits',
      defaultMessage: 'Complete {more} more from: {children}',
    },
    'lp.rule.atLeast.explain.credits': {
      id: 'lp.rule.atLeast.explain.credits',
      defaultMessage: `Earn ${MORE_CREDITS} from: {children}`,
    },
    'lp.rule.atLeast.explain.countAndCredits': {
      id: 'lp.rule.atLeast.explain.countAndCredits',
      defaultMessage: `Complete {more} more and earn ${MORE_CREDITS} from: {children}`,
    },
    'lp.rule.atLeast.child': { id: 'lp.rule.atLeast.child', defaultMessage: `{title} (${CREDITS})` },
  });

/** The pieces the web adds when it formats the values of those messages. */
export const valueMessages = defineMessages({
  clause: { id: 'lp.values.clause', defaultMessage: '{clauses} and {clause}' },
  dateTime: { id: 'lp.values.dateTime', defaultMessage: '{date}, {time} UTC' },
});
