// The plugin's words in Studio, for react-intl: each shows its defaultMessage until a translation
// supplies the id.
import { defineMessages } from 'react-intl';

export const studioMessages = defineMessages({
  tab: { id: 'credentials.studio.tab', defaultMessage: 'Credentials' },
  heading: { id: 'credentials.studio.heading', defaultMessage: 'Credentials' },
  tabIntro: {
    id: 'credentials.studio.tabIntro',
    defaultMessage:
      'What the credential of each tier says. A field left as generated follows the path; credentials issued already keep what they say.',
  },
  saveFirst: {
    id: 'credentials.studio.saveFirst',
    defaultMessage: 'Save the path first: its credentials are set once it has a key.',
  },
  noTiers: {
    id: 'credentials.studio.noTiers',
    defaultMessage:
      'This path has no tiers yet. Each tier a learner reaches earns a credential: add one in Tiers.',
  },
  readOnly: {
    id: 'credentials.studio.readOnly',
    defaultMessage: 'You may read these settings; authors of the path’s organisation change them.',
  },
  loading: { id: 'credentials.studio.loading', defaultMessage: 'Loading…' },
  loadFailed: { id: 'credentials.studio.loadFailed', defaultMessage: 'They could not be loaded: {detail}' },
  tierHeading: { id: 'credentials.studio.tierHeading', defaultMessage: 'Tier: {tier}' },
  name: { id: 'credentials.studio.name', defaultMessage: 'Name' },
  description: { id: 'credentials.studio.description', defaultMessage: 'Description' },
  achievementType: { id: 'credentials.studio.achievementType', defaultMessage: 'Achievement type' },
  defaultType: { id: 'credentials.studio.defaultType', defaultMessage: '{type} (the default)' },
  image: { id: 'credentials.studio.image', defaultMessage: 'Image' },
  imageHelp: {
    id: 'credentials.studio.imageHelp',
    defaultMessage: 'PNG, JPEG, WebP or GIF, at most 2 MB. Without one, the path’s image is used.',
  },
  uploading: { id: 'credentials.studio.uploading', defaultMessage: 'Uploading {name}…' },
  uploadFailed: {
    id: 'credentials.studio.uploadFailed',
    defaultMessage: '{name} was not uploaded: {detail}',
  },
  usePathImage: { id: 'credentials.studio.usePathImage', defaultMessage: 'Use the path’s image' },
  criteria: { id: 'credentials.studio.criteria', defaultMessage: 'Criteria' },
  criteriaGenerated: {
    id: 'credentials.studio.criteriaGenerated',
    defaultMessage: 'Generated from the path’s structure. Markdown.',
  },
  criteriaEdited: {
    id: 'credentials.studio.criteriaEdited',
    defaultMessage: 'Edited: it no longer follows the path’s structure. Markdown.',
  },
  resetCriteria: { id: 'credentials.studio.resetCriteria', defaultMessage: 'Reset to generated' },
  save: { id: 'credentials.studio.save', defaultMessage: 'Save' },
  saving: { id: 'credentials.studio.saving', defaultMessage: 'Saving…' },
  saved: { id: 'credentials.studio.saved', defaultMessage: 'Saved.' },
  unsaved: { id: 'credentials.studio.unsaved', defaultMessage: 'Changes not saved yet.' },
  saveFailed: { id: 'credentials.studio.saveFailed', defaultMessage: 'Not saved: {detail}' },
  previewHeading: { id: 'credentials.studio.previewHeading', defaultMessage: 'Preview' },
  previewLabel: { id: 'credentials.studio.previewLabel', defaultMessage: 'Preview of the credential {tier}' },
  issuedBy: { id: 'credentials.studio.issuedBy', defaultMessage: 'Issued by {issuer}' },
  typeIs: { id: 'credentials.studio.typeIs', defaultMessage: 'Achievement type: {type}' },
  criteriaHeading: { id: 'credentials.studio.criteriaHeading', defaultMessage: 'Criteria' },
  imageOf: { id: 'credentials.studio.imageOf', defaultMessage: 'Image of {name}' },
  previewPdf: { id: 'credentials.studio.previewPdf', defaultMessage: 'Preview PDF (Sample Learner)' },
  // The path's credentials, on its Learners page.
  listIntro: {
    id: 'credentials.studio.listIntro',
    defaultMessage: 'The credentials learners have earned on this path.',
  },
  filtersLabel: { id: 'credentials.studio.filtersLabel', defaultMessage: 'Filter the credentials' },
  tierFilter: { id: 'credentials.studio.tierFilter', defaultMessage: 'Tier' },
  allTiers: { id: 'credentials.studio.allTiers', defaultMessage: 'All tiers' },
  statusFilter: { id: 'credentials.studio.statusFilter', defaultMessage: 'Status' },
  allStatuses: { id: 'credentials.studio.allStatuses', defaultMessage: 'Valid and revoked' },
  validOnly: { id: 'credentials.studio.validOnly', defaultMessage: 'Valid' },
  revokedOnly: { id: 'credentials.studio.revokedOnly', defaultMessage: 'Revoked' },
  searchLabel: { id: 'credentials.studio.searchLabel', defaultMessage: 'Learner (name or username)' },
  search: { id: 'credentials.studio.search', defaultMessage: 'Search' },
  exportCsv: { id: 'credentials.studio.exportCsv', defaultMessage: 'Export CSV' },
  none: { id: 'credentials.studio.none', defaultMessage: 'No credential matches.' },
  count: {
    id: 'credentials.studio.count',
    defaultMessage: '{total, plural, one {# credential} other {# credentials}}',
  },
  tableCaption: { id: 'credentials.studio.tableCaption', defaultMessage: 'Credentials on this path' },
  learnerColumn: { id: 'credentials.studio.learnerColumn', defaultMessage: 'Learner' },
  tierColumn: { id: 'credentials.studio.tierColumn', defaultMessage: 'Tier' },
  issuedColumn: { id: 'credentials.studio.issuedColumn', defaultMessage: 'Issued' },
  statusColumn: { id: 'credentials.studio.statusColumn', defaultMessage: 'Status' },
  actionsColumn: { id: 'credentials.studio.actionsColumn', defaultMessage: 'Actions' },
  valid: { id: 'credentials.studio.valid', defaultMessage: 'Valid' },
  revokedOn: { id: 'credentials.studio.revokedOn', defaultMessage: 'Revoked on {date}' },
  view: { id: 'credentials.studio.view', defaultMessage: 'View' },
  viewOf: { id: 'credentials.studio.viewOf', defaultMessage: 'View the credential of {learner}, {tier}' },
  revoke: { id: 'credentials.studio.revoke', defaultMessage: 'Revoke' },
  revokeOf: {
    id: 'credentials.studio.revokeOf',
    defaultMessage: 'Revoke the credential of {learner}, {tier}',
  },
  previous: { id: 'credentials.studio.previous', defaultMessage: 'Previous' },
  next: { id: 'credentials.studio.next', defaultMessage: 'Next' },
  pageOf: { id: 'credentials.studio.pageOf', defaultMessage: 'Credentials {from}–{to} of {total}' },
  pagesLabel: { id: 'credentials.studio.pagesLabel', defaultMessage: 'Pages of credentials' },
  revokeTitle: {
    id: 'credentials.studio.revokeTitle',
    defaultMessage: 'Revoke the credential of {learner}?',
  },
  revokeBody: {
    id: 'credentials.studio.revokeBody',
    defaultMessage:
      'The credential {tier} stops verifying at once, for anyone who checks it. This cannot be undone. The reason goes to the audit log; the learner and the public never see it.',
  },
  reason: { id: 'credentials.studio.reason', defaultMessage: 'Reason' },
  cancel: { id: 'credentials.studio.cancel', defaultMessage: 'Cancel' },
  revokeFailed: { id: 'credentials.studio.revokeFailed', defaultMessage: 'Not revoked: {detail}' },
  revokedNotice: {
    id: 'credentials.studio.revokedNotice',
    defaultMessage: 'The credential of {learner} ({tier}) is revoked.',
  },
});
