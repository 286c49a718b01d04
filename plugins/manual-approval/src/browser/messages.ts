// The plugin's words in Learn and Studio, for react-intl: the apps have no catalogue of them, so each
// shows its defaultMessage until a translation supplies the id.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  // Studio: the step's settings.
  requiresApproval: { id: 'manualApproval.field.label', defaultMessage: 'Requires approval by staff' },
  requiresApprovalHelp: {
    id: 'manualApproval.field.help',
    defaultMessage:
      'For work that needs a human judgement, such as a portfolio or an interview: the step is complete only once an instructor approves it, besides what it asks of the course.',
  },

  // Statuses, in words.
  statusNone: { id: 'manualApproval.status.none', defaultMessage: 'Not requested' },
  statusWaiting: { id: 'manualApproval.status.waiting', defaultMessage: 'Waiting for approval' },
  statusApproved: { id: 'manualApproval.status.approved', defaultMessage: 'Approved' },
  statusDeclined: { id: 'manualApproval.status.declined', defaultMessage: 'Declined' },

  // Shared by the review dialog and the tab.
  loading: { id: 'manualApproval.loading', defaultMessage: 'Loading approvals…' },
  loadFailed: {
    id: 'manualApproval.loadFailed',
    defaultMessage: 'The approvals could not be loaded: {detail}',
  },
  learnerNote: { id: 'manualApproval.learnerNote', defaultMessage: 'Note from the learner' },
  noNote: { id: 'manualApproval.noNote', defaultMessage: 'No note.' },
  staffComment: { id: 'manualApproval.staffComment', defaultMessage: 'Comment from {name}' },
  requestedAt: { id: 'manualApproval.requestedAt', defaultMessage: 'Asked on {date}' },
  decidedAt: { id: 'manualApproval.decidedAt', defaultMessage: 'Decided on {date} by {name}' },
  comment: { id: 'manualApproval.comment', defaultMessage: 'Comment for the learner' },
  commentHelp: {
    id: 'manualApproval.commentHelp',
    defaultMessage: 'Optional when approving; say why when declining. At most {limit} characters.',
  },
  commentHelpOptional: {
    id: 'manualApproval.commentHelpOptional',
    defaultMessage: 'Optional. At most {limit} characters.',
  },
  commentRequired: {
    id: 'manualApproval.commentRequired',
    defaultMessage: 'Say why you decline, so that the learner knows what to change.',
  },
  approve: { id: 'manualApproval.approve', defaultMessage: 'Approve' },
  decline: { id: 'manualApproval.decline', defaultMessage: 'Decline' },
  decisionsLabel: { id: 'manualApproval.decisions', defaultMessage: 'Decision on {step} for {name}' },
  approvedNotice: { id: 'manualApproval.approvedNotice', defaultMessage: '{step} approved for {name}.' },
  declinedNotice: { id: 'manualApproval.declinedNotice', defaultMessage: '{step} declined for {name}.' },
  progressLater: {
    id: 'manualApproval.progressLater',
    defaultMessage: "The learner's progress takes it in shortly.",
  },
  decisionFailed: {
    id: 'manualApproval.decisionFailed',
    defaultMessage: 'The decision was not saved: {detail}',
  },

  // Studio: the learners page's row action and its dialog.
  review: { id: 'manualApproval.review', defaultMessage: 'Review' },
  reviewOf: { id: 'manualApproval.reviewOf', defaultMessage: 'approvals of {username}' },
  waitingCount: { id: 'manualApproval.waitingCount', defaultMessage: '{count} waiting' },
  dialogTitle: { id: 'manualApproval.dialog.title', defaultMessage: 'Approvals of {name}' },
  close: { id: 'manualApproval.close', defaultMessage: 'Close' },
  history: { id: 'manualApproval.history', defaultMessage: 'History' },
  historyEntry: {
    id: 'manualApproval.historyEntry',
    defaultMessage:
      '{date}: {action, select, requested {asked for approval of} withdrawn {withdrew the request for} approved {approved} other {declined}} {step}, by {actor}',
  },

  // Studio: the path's Approvals tab.
  tabHeading: { id: 'manualApproval.tab.heading', defaultMessage: 'Approvals' },
  notSaved: {
    id: 'manualApproval.tab.notSaved',
    defaultMessage: 'Save and publish the path to review requests for approval.',
  },
  noApprovalSteps: {
    id: 'manualApproval.tab.noSteps',
    defaultMessage:
      'No step of the published path needs approval. Tick "Requires approval by staff" in a step\'s settings, then publish.',
  },
  filter: { id: 'manualApproval.tab.filter', defaultMessage: 'Show' },
  filterWaiting: { id: 'manualApproval.tab.filter.waiting', defaultMessage: 'Waiting' },
  filterApproved: { id: 'manualApproval.tab.filter.approved', defaultMessage: 'Approved' },
  filterDeclined: { id: 'manualApproval.tab.filter.declined', defaultMessage: 'Declined' },
  filterAll: { id: 'manualApproval.tab.filter.all', defaultMessage: 'All' },
  noRequests: { id: 'manualApproval.tab.none', defaultMessage: 'No requests to show.' },
  requestsShown: {
    id: 'manualApproval.tab.shown',
    defaultMessage: '{shown, plural, one {# request} other {# requests}} of {total}',
  },
  learnerAndStep: { id: 'manualApproval.tab.item', defaultMessage: '{name} ({username}): {step}' },

  // Learn: the path page's section.
  sectionHeading: { id: 'manualApproval.section.heading', defaultMessage: 'Approvals' },
  sectionIntro: {
    id: 'manualApproval.section.intro',
    defaultMessage:
      'These steps are complete once staff approve your work. Ask for approval when it is ready.',
  },
  note: { id: 'manualApproval.note', defaultMessage: 'Note for staff (optional)' },
  noteHelp: {
    id: 'manualApproval.noteHelp',
    defaultMessage: 'Where to find your work, or anything staff should know. At most {limit} characters.',
  },
  ask: { id: 'manualApproval.ask', defaultMessage: 'Ask for approval' },
  askAgain: { id: 'manualApproval.askAgain', defaultMessage: 'Ask again' },
  updateNote: { id: 'manualApproval.updateNote', defaultMessage: 'Update note' },
  withdraw: { id: 'manualApproval.withdraw', defaultMessage: 'Withdraw request' },
  askLabel: { id: 'manualApproval.askLabel', defaultMessage: 'Approval of {step}' },
  yourNote: { id: 'manualApproval.yourNote', defaultMessage: 'Your note' },
  actionFailed: { id: 'manualApproval.actionFailed', defaultMessage: 'That did not work: {detail}' },
  enrolFirst: {
    id: 'manualApproval.enrolFirst',
    defaultMessage: 'Enrol on the path to ask for approval.',
  },
});
