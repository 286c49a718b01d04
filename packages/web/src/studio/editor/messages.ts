// Strings of the path editor's page (header, actions, sections, save and publish), for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  newPath: { id: 'studio.editor.newPath', defaultMessage: 'New path' },
  documentTitle: { id: 'studio.editor.documentTitle', defaultMessage: '{title} · Studio' },
  untitled: { id: 'studio.editor.untitled', defaultMessage: 'Untitled path' },
  allPaths: { id: 'studio.editor.allPaths', defaultMessage: '← All paths' },
  learners: { id: 'studio.editor.learners', defaultMessage: 'Learners' },
  loading: { id: 'studio.editor.loading', defaultMessage: 'Loading the path…' },
  notFound: {
    id: 'studio.editor.notFound',
    defaultMessage: 'There is no path {key}, or it is not yours to edit.',
  },
  loadFailed: { id: 'studio.editor.loadFailed', defaultMessage: 'The path could not be loaded: {error}' },
  sections: { id: 'studio.editor.sections', defaultMessage: 'Parts of the editor' },
  details: { id: 'studio.editor.tab.details', defaultMessage: 'Details' },
  structure: { id: 'studio.editor.tab.structure', defaultMessage: 'Structure' },
  tiers: { id: 'studio.editor.tab.tiers', defaultMessage: 'Tiers' },
  preview: { id: 'studio.editor.tab.preview', defaultMessage: 'Preview' },
  history: { id: 'studio.editor.tab.history', defaultMessage: 'History' },
  tabProblems: {
    id: 'studio.editor.tab.problems',
    defaultMessage: '{count, plural, one {# problem} other {# problems}}',
  },
  save: { id: 'studio.editor.save', defaultMessage: 'Save draft' },
  saving: { id: 'studio.editor.saving', defaultMessage: 'Saving…' },
  publish: { id: 'studio.editor.publish', defaultMessage: 'Publish' },
  export: { id: 'studio.editor.export', defaultMessage: 'Export file' },
  notSaved: { id: 'studio.editor.status.new', defaultMessage: 'Not saved yet' },
  unsaved: { id: 'studio.editor.status.unsaved', defaultMessage: 'Unsaved changes' },
  allSaved: { id: 'studio.editor.status.saved', defaultMessage: 'Draft saved' },
  neverPublished: { id: 'studio.editor.status.neverPublished', defaultMessage: 'never published' },
  publishedVersion: { id: 'studio.editor.status.published', defaultMessage: 'version {version} published' },
  draftAhead: { id: 'studio.editor.status.draftAhead', defaultMessage: 'the draft has changes to publish' },
  archived: { id: 'studio.editor.status.archived', defaultMessage: 'archived' },
  archivedNote: {
    id: 'studio.editor.archivedNote',
    defaultMessage:
      'This path is archived: learners no longer join it, and it cannot be published until it is restored from the path list.',
  },
  readOnly: {
    id: 'studio.editor.readOnly',
    defaultMessage:
      'Only authors of {org} can change this path: you can look at it and try it in the preview.',
  },
  savedNote: {
    id: 'studio.editor.savedNote',
    defaultMessage: 'The draft is saved. Learners see it once you publish.',
  },
  savedWithProblems: {
    id: 'studio.editor.savedWithProblems',
    defaultMessage:
      'Saved as a draft with {count, plural, one {# problem} other {# problems}} to fix before publishing.',
  },
  publishedNote: {
    id: 'studio.editor.publishedNote',
    defaultMessage:
      'Version {version} is published. {learners, plural, =0 {No learner was enrolled yet.} one {# enrolled learner moved to it.} other {# enrolled learners moved to it.}}',
  },
  fixFirst: {
    id: 'studio.editor.fixFirst',
    defaultMessage: 'The path has problems to fix before it can be published: see the list above.',
  },
  saveFailed: {
    id: 'studio.editor.saveFailed',
    defaultMessage: 'Not saved: {error}. Your changes are still here.',
  },
  publishFailed: {
    id: 'studio.editor.publishFailed',
    defaultMessage: 'Not published: {error}. The draft is saved.',
  },
  conflict: {
    id: 'studio.editor.conflict',
    defaultMessage:
      'Someone else saved this path since you opened it, so your changes were not saved over theirs. Download your version to keep it, then load theirs.',
  },
  downloadMine: { id: 'studio.editor.downloadMine', defaultMessage: 'Download my version' },
  loadTheirs: { id: 'studio.editor.loadTheirs', defaultMessage: 'Load the saved version' },
  publishTitle: { id: 'studio.editor.publishDialog.title', defaultMessage: 'Publish {title}?' },
  publishBody: {
    id: 'studio.editor.publishDialog.body',
    defaultMessage:
      'The draft becomes version {version}. Learners on this path move to it at once; tiers they reached stay reached.',
  },
  publishUnsaved: {
    id: 'studio.editor.publishDialog.unsaved',
    defaultMessage: 'Your unsaved changes are saved first.',
  },
  publishWarnings: {
    id: 'studio.editor.publishDialog.warnings',
    defaultMessage:
      '{count, plural, one {# warning} other {# warnings}} about course dates and the catalog: learners may not be able to take these courses. You can publish anyway.',
  },
  cancel: { id: 'studio.editor.cancel', defaultMessage: 'Cancel' },
  leaveTitle: { id: 'studio.editor.leave.title', defaultMessage: 'Leave without saving?' },
  leaveBody: {
    id: 'studio.editor.leave.body',
    defaultMessage: 'Your changes to this path are not saved and will be lost.',
  },
  leave: { id: 'studio.editor.leave.confirm', defaultMessage: 'Leave' },
  stay: { id: 'studio.editor.leave.stay', defaultMessage: 'Stay' },
  restored: {
    id: 'studio.editor.restored',
    defaultMessage: 'Version {version} is now in the editor. Save the draft to keep it.',
  },
  sidePanels: { id: 'studio.editor.side', defaultMessage: 'Outline and more' },
});
