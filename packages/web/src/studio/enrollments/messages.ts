// Strings of Studio's enrollment management (the learners page of a path), for react-intl.
import { defineMessages, type MessageDescriptor } from 'react-intl';
import type { EnrollmentResultKind, LearnerStatus } from './enrollments-api.ts';
import type { Order, Sort } from './learner-query.ts';

export const messages = defineMessages({
  documentTitle: { id: 'enrollments.documentTitle', defaultMessage: 'Learners · {title} · Studio' },
  pageTitle: { id: 'enrollments.pageTitle', defaultMessage: 'Learners' },
  backToPaths: { id: 'enrollments.backToPaths', defaultMessage: '← Back to paths' },
  loading: { id: 'enrollments.loading', defaultMessage: 'Loading…' },
  notFoundTitle: { id: 'enrollments.notFound.title', defaultMessage: 'Path not found' },
  notFoundBody: {
    id: 'enrollments.notFound.body',
    defaultMessage: 'No path has the key {key}, or you are not one of its instructors.',
  },
  notPublished: {
    id: 'enrollments.notPublished',
    defaultMessage:
      'This path is not published: it takes enrollments once it is published, and not once archived.',
  },
  sectionsLabel: { id: 'enrollments.sections', defaultMessage: 'Sections of this page' },

  summaryHeading: { id: 'enrollments.summary.heading', defaultMessage: 'Progress' },
  byStatus: { id: 'enrollments.summary.byStatus', defaultMessage: 'By status' },
  byTier: { id: 'enrollments.summary.byTier', defaultMessage: 'By current tier' },
  enrolledCount: { id: 'enrollments.summary.enrolled', defaultMessage: 'Enrolled' },
  noTier: { id: 'enrollments.noTier', defaultMessage: 'No tier yet' },

  enrollHeading: { id: 'enrollments.enroll.heading', defaultMessage: 'Enroll learners' },
  byNameHeading: { id: 'enrollments.enroll.byName', defaultMessage: 'By username or email' },
  learnersField: { id: 'enrollments.enroll.learners', defaultMessage: 'Usernames or emails' },
  learnersHelp: {
    id: 'enrollments.enroll.learnersHelp',
    defaultMessage: 'One or several, on separate lines or separated by commas.',
  },
  learnersMissing: {
    id: 'enrollments.enroll.learnersMissing',
    defaultMessage: 'Enter at least one username or email.',
  },
  reason: { id: 'enrollments.reason', defaultMessage: 'Reason (optional, kept in the audit log)' },
  enroll: { id: 'enrollments.enroll.submit', defaultMessage: 'Enroll' },
  enrolling: { id: 'enrollments.enroll.busy', defaultMessage: 'Enrolling…' },
  csvHeading: { id: 'enrollments.csv.heading', defaultMessage: 'From a CSV file' },
  csvFile: { id: 'enrollments.csv.file', defaultMessage: 'CSV file' },
  csvHelp: {
    id: 'enrollments.csv.help',
    defaultMessage:
      'Choose a file or drop it here. Usernames or emails in the first column; a header row is allowed.',
  },
  fileChosen: { id: 'enrollments.csv.chosen', defaultMessage: 'Ready to upload: {name}' },
  fileMissing: { id: 'enrollments.csv.missing', defaultMessage: 'Choose a CSV file first.' },
  notCsv: { id: 'enrollments.csv.notCsv', defaultMessage: '{name} is not a CSV file.' },
  uploadCsv: { id: 'enrollments.csv.submit', defaultMessage: 'Upload and enroll' },

  resultsOfFile: { id: 'enrollments.results.ofFile', defaultMessage: 'Enrollment results of {name}' },
  resultsOfNames: {
    id: 'enrollments.results.ofNames',
    defaultMessage: 'Enrollment results of the names entered',
  },
  resultCounts: {
    id: 'enrollments.results.counts',
    defaultMessage:
      '{rows, plural, one {# row} other {# rows}}: {enrolled} enrolled, {pending} pending, {already_enrolled} already enrolled, {invalid} invalid{duplicate, plural, =0 {} one {, # duplicate} other {, # duplicates}}.',
  },
  problemsOnly: { id: 'enrollments.results.problemsOnly', defaultMessage: 'Show only problems ({count})' },
  noProblems: { id: 'enrollments.results.noProblems', defaultMessage: 'No row has a problem.' },
  downloadReport: { id: 'enrollments.results.download', defaultMessage: 'Download report (CSV)' },
  resultPages: { id: 'enrollments.results.pages', defaultMessage: 'Pages of results' },
  rowColumn: { id: 'enrollments.column.row', defaultMessage: 'Row' },
  lineColumn: { id: 'enrollments.column.line', defaultMessage: 'Line' },
  resultColumn: { id: 'enrollments.column.result', defaultMessage: 'Result' },
  detailColumn: { id: 'enrollments.column.detail', defaultMessage: 'Detail' },

  learnersHeading: { id: 'enrollments.learners.heading', defaultMessage: 'Enrolled learners' },
  filtersLabel: { id: 'enrollments.learners.filters', defaultMessage: 'Find learners' },
  search: { id: 'enrollments.learners.search', defaultMessage: 'Search by name, username or email' },
  searchButton: { id: 'enrollments.learners.searchButton', defaultMessage: 'Search' },
  statusFilter: { id: 'enrollments.learners.status', defaultMessage: 'Status' },
  allStatuses: { id: 'enrollments.learners.allStatuses', defaultMessage: 'All statuses' },
  tierFilter: { id: 'enrollments.learners.tier', defaultMessage: 'Current tier' },
  allTiers: { id: 'enrollments.learners.allTiers', defaultMessage: 'All tiers' },
  sortBy: { id: 'enrollments.learners.sortBy', defaultMessage: 'Sort by' },
  order: { id: 'enrollments.learners.order', defaultMessage: 'Order' },
  exportCsv: { id: 'enrollments.learners.export', defaultMessage: 'Export CSV' },
  noLearners: { id: 'enrollments.learners.none', defaultMessage: 'No enrolled learner matches.' },
  learnerPages: { id: 'enrollments.learners.pages', defaultMessage: 'Pages of learners' },
  progressOf: { id: 'enrollments.learners.progressOf', defaultMessage: 'Progress of {name}' },
  learnerColumn: { id: 'enrollments.column.learner', defaultMessage: 'Learner' },
  statusColumn: { id: 'enrollments.column.status', defaultMessage: 'Status' },
  cannotComplete: { id: 'enrollments.cannotComplete', defaultMessage: 'Cannot complete' },
  cannotCompleteReason: {
    id: 'enrollments.cannotComplete.reason',
    defaultMessage: '{courses} ended before {count, plural, one {it was} other {they were}} completed',
  },
  progressColumn: { id: 'enrollments.column.progress', defaultMessage: 'Progress' },
  tierColumn: { id: 'enrollments.column.tier', defaultMessage: 'Current tier' },
  enrolledColumn: { id: 'enrollments.column.enrolled', defaultMessage: 'Enrolled on' },
  actionsColumn: { id: 'enrollments.column.actions', defaultMessage: 'Actions' },
  unenroll: { id: 'enrollments.unenroll', defaultMessage: 'Unenroll' },
  unenrollLearner: { id: 'enrollments.unenroll.learner', defaultMessage: 'Unenroll {name}' },
  unenrollTitle: { id: 'enrollments.unenroll.title', defaultMessage: 'Unenroll {name}?' },
  unenrollBody: {
    id: 'enrollments.unenroll.body',
    defaultMessage: '{name} leaves {path}. Their progress is kept if they are enrolled again.',
  },
  unenrolled: { id: 'enrollments.unenroll.done', defaultMessage: '{name} is unenrolled.' },
  goBack: { id: 'enrollments.dialog.back', defaultMessage: 'Go back' },

  pendingHeading: { id: 'enrollments.pending.heading', defaultMessage: 'Pending enrollments' },
  pendingHelp: {
    id: 'enrollments.pending.help',
    defaultMessage: 'Emails with no account yet: each is enrolled when an account with that email appears.',
  },
  noPending: { id: 'enrollments.pending.none', defaultMessage: 'No enrollment is waiting for an account.' },
  pendingPages: { id: 'enrollments.pending.pages', defaultMessage: 'Pages of pending enrollments' },
  emailColumn: { id: 'enrollments.column.email', defaultMessage: 'Email' },
  addedColumn: { id: 'enrollments.column.added', defaultMessage: 'Added on' },
  byColumn: { id: 'enrollments.column.by', defaultMessage: 'By' },
  reasonColumn: { id: 'enrollments.column.reason', defaultMessage: 'Reason' },
  cancelPending: { id: 'enrollments.pending.cancel', defaultMessage: 'Cancel enrollment' },
  cancelPendingOf: { id: 'enrollments.pending.cancelOf', defaultMessage: 'Cancel enrollment of {email}' },
  cancelPendingTitle: {
    id: 'enrollments.pending.cancelTitle',
    defaultMessage: 'Cancel the enrollment of {email}?',
  },
  pendingCancelled: {
    id: 'enrollments.pending.cancelled',
    defaultMessage: 'The enrollment of {email} is cancelled.',
  },
  cancelPendingBody: {
    id: 'enrollments.pending.cancelBody',
    defaultMessage: 'They will not be enrolled when their account appears.',
  },
  lmsColumn: { id: 'enrollments.column.lms', defaultMessage: 'LMS' },
  lmsWaiting: { id: 'enrollments.pending.lms.waiting', defaultMessage: 'Waiting for the LMS' },
  lmsAttempts: {
    id: 'enrollments.pending.lms.attempts',
    defaultMessage: '{attempts, plural, one {# attempt} other {# attempts}} so far',
  },
  lmsLastError: { id: 'enrollments.pending.lms.lastError', defaultMessage: 'Last error: {error}' },
  lmsDone: { id: 'enrollments.pending.lms.done', defaultMessage: 'Sent to the LMS' },
  lmsFailed: { id: 'enrollments.pending.lms.failed', defaultMessage: 'The LMS refused: {reason}' },
  lmsFailedNoReason: { id: 'enrollments.pending.lms.failedNoReason', defaultMessage: 'The LMS refused.' },
  lmsRetry: { id: 'enrollments.pending.lms.retry', defaultMessage: 'Try again' },
  lmsRetryOf: {
    id: 'enrollments.pending.lms.retryOf',
    defaultMessage: 'Try again to send {email} to the LMS',
  },
  lmsRetrying: { id: 'enrollments.pending.lms.retrying', defaultMessage: 'Trying again…' },
  lmsRetried: {
    id: 'enrollments.pending.lms.retried',
    defaultMessage:
      '{retried, plural, =0 {Nothing was left to send again for {email}.} one {The refused LMS call for {email} is sent again.} other {The # refused LMS calls for {email} are sent again.}}',
  },

  auditHeading: { id: 'enrollments.audit.heading', defaultMessage: 'Audit log' },
  auditFilterLabel: { id: 'enrollments.audit.filter', defaultMessage: 'Filter the audit log' },
  auditLearner: { id: 'enrollments.audit.learner', defaultMessage: 'Learner (username or email)' },
  filterButton: { id: 'enrollments.audit.filterButton', defaultMessage: 'Filter' },
  clearFilter: { id: 'enrollments.audit.clear', defaultMessage: 'Show everyone' },
  noAudit: { id: 'enrollments.audit.none', defaultMessage: 'No entry.' },
  auditPages: { id: 'enrollments.audit.pages', defaultMessage: 'Pages of the audit log' },
  whenColumn: { id: 'enrollments.column.when', defaultMessage: 'When' },
  actionColumn: { id: 'enrollments.column.action', defaultMessage: 'Change' },
  versionChange: { id: 'enrollments.audit.version', defaultMessage: 'Version {from} → {to}' },
  versionTo: { id: 'enrollments.audit.versionTo', defaultMessage: 'To version {to}' },
  sourceChange: { id: 'enrollments.audit.source', defaultMessage: 'By {source}' },

  learnersTable: {
    id: 'enrollments.table.learners',
    defaultMessage: 'Enrolled learners, with their progress',
  },
  resultsTable: { id: 'enrollments.table.results', defaultMessage: 'Result of each row' },
  pendingTable: { id: 'enrollments.table.pending', defaultMessage: 'Emails waiting for an account' },
  auditTable: { id: 'enrollments.table.audit', defaultMessage: 'Audit log entries, newest first' },

  currentStepColumn: { id: 'enrollments.column.currentStep', defaultMessage: 'Current step' },
  achievedTiersColumn: { id: 'enrollments.column.achievedTiers', defaultMessage: 'Tiers achieved' },
  lastActivityColumn: { id: 'enrollments.column.lastActivity', defaultMessage: 'Last activity' },
  noActivity: { id: 'enrollments.learners.noActivity', defaultMessage: 'None yet' },
  stepFilterNote: {
    id: 'enrollments.learners.stepFilter',
    defaultMessage: 'Showing the learners who are: {where}.',
  },
  clearStepFilter: { id: 'enrollments.learners.clearStepFilter', defaultMessage: 'Show all learners' },
  whereHeading: { id: 'enrollments.where.heading', defaultMessage: 'Where learners are' },
  whereNone: { id: 'enrollments.where.none', defaultMessage: 'No learner is enrolled yet.' },
  whereCount: {
    id: 'enrollments.where.count',
    defaultMessage:
      '{count, plural, one {<link># learner</link> is} other {<link># learners</link> are}} {where}',
  },
  exportBusy: { id: 'enrollments.learners.exportBusy', defaultMessage: 'Exporting…' },
  csvUsername: { id: 'enrollments.csvColumn.username', defaultMessage: 'Username' },
  csvName: { id: 'enrollments.csvColumn.name', defaultMessage: 'Name' },

  range: { id: 'enrollments.pager.range', defaultMessage: '{first}–{last} of {total}' },
  previousPage: { id: 'enrollments.pager.previous', defaultMessage: 'Previous page' },
  nextPage: { id: 'enrollments.pager.next', defaultMessage: 'Next page' },
});

export const statusMessages: Record<LearnerStatus, MessageDescriptor> = defineMessages({
  not_started: { id: 'enrollments.status.notStarted', defaultMessage: 'Not started' },
  in_progress: { id: 'enrollments.status.inProgress', defaultMessage: 'In progress' },
  completed: { id: 'enrollments.status.completed', defaultMessage: 'Completed' },
});

export const resultMessages: Record<EnrollmentResultKind, MessageDescriptor> = defineMessages({
  enrolled: { id: 'enrollments.result.enrolled', defaultMessage: 'Enrolled' },
  already_enrolled: { id: 'enrollments.result.alreadyEnrolled', defaultMessage: 'Already enrolled' },
  pending: { id: 'enrollments.result.pending', defaultMessage: 'Pending: no account yet' },
  invalid: { id: 'enrollments.result.invalid', defaultMessage: 'Invalid' },
  duplicate: { id: 'enrollments.result.duplicate', defaultMessage: 'Duplicate' },
});

export const sortMessages: Record<Sort, MessageDescriptor> = defineMessages({
  username: { id: 'enrollments.sort.username', defaultMessage: 'Username' },
  progress: { id: 'enrollments.sort.progress', defaultMessage: 'Progress' },
  enrolled: { id: 'enrollments.sort.enrolled', defaultMessage: 'Enrollment date' },
  updated: { id: 'enrollments.sort.updated', defaultMessage: 'Last progress' },
});

export const orderMessages: Record<Order, MessageDescriptor> = defineMessages({
  asc: { id: 'enrollments.order.asc', defaultMessage: 'Ascending' },
  desc: { id: 'enrollments.order.desc', defaultMessage: 'Descending' },
});

/** How an enrollment was made, in the audit log. */
export const sourceMessages: Readonly<Record<string, MessageDescriptor>> = defineMessages({
  api: { id: 'enrollments.source.api', defaultMessage: 'form or API' },
  csv: { id: 'enrollments.source.csv', defaultMessage: 'CSV upload' },
  self: { id: 'enrollments.source.self', defaultMessage: 'joined by the learner' },
  pending: { id: 'enrollments.source.pending', defaultMessage: 'pending email, account created' },
  demo: { id: 'enrollments.source.demo', defaultMessage: 'demo data' },
});

/** The audit log's actions. */
export const actionMessages: Readonly<Record<string, MessageDescriptor>> = defineMessages({
  enrolled: { id: 'enrollments.action.enrolled', defaultMessage: 'Enrolled' },
  reactivated: { id: 'enrollments.action.reactivated', defaultMessage: 'Enrolled again' },
  unenrolled: { id: 'enrollments.action.unenrolled', defaultMessage: 'Unenrolled' },
  pending_added: { id: 'enrollments.action.pendingAdded', defaultMessage: 'Pending enrollment added' },
  pending_removed: { id: 'enrollments.action.pendingRemoved', defaultMessage: 'Pending enrollment removed' },
  version_changed: { id: 'enrollments.action.versionChanged', defaultMessage: 'Moved to a new version' },
});

/** Where a learner stands, in the table, the per-step counts and the export (lower case after "are"). */
export const positionMessages = defineMessages({
  working: { id: 'enrollments.position.working', defaultMessage: 'Working on {step}' },
  waiting: { id: 'enrollments.position.waiting', defaultMessage: 'Waiting on {step}' },
  waitingStart: {
    id: 'enrollments.position.waitingStart',
    defaultMessage: 'Waiting on {step}: its course starts on {date}',
  },
  waitingRelease: {
    id: 'enrollments.position.waitingRelease',
    defaultMessage: 'Waiting on {step}: it opens on {date}',
  },
  waitingLocked: {
    id: 'enrollments.position.waitingLocked',
    defaultMessage: 'Waiting on {step}: it needs other parts first',
  },
  ended: { id: 'enrollments.position.ended', defaultMessage: 'Course ended: {step}' },
  notStarted: { id: 'enrollments.position.notStarted', defaultMessage: 'Not started' },
  notStartedAt: {
    id: 'enrollments.position.notStartedAt',
    defaultMessage: 'Not started (first step: {step})',
  },
  completed: { id: 'enrollments.position.completed', defaultMessage: 'Completed' },
  whereWorking: { id: 'enrollments.where.working', defaultMessage: 'working on {step}' },
  whereWaiting: { id: 'enrollments.where.waiting', defaultMessage: 'waiting on {step}' },
  whereEnded: { id: 'enrollments.where.ended', defaultMessage: 'kept out of {step}: its course ended' },
  whereNotStarted: { id: 'enrollments.where.notStarted', defaultMessage: 'not started, first step {step}' },
  whereNotStartedNone: { id: 'enrollments.where.notStartedNone', defaultMessage: 'not started' },
  whereCompleted: { id: 'enrollments.where.completed', defaultMessage: 'done: the path is completed' },
});
