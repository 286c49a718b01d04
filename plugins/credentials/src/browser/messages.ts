// The plugin's words in Learn, for react-intl: the app has no catalogue of them, so each shows its
// defaultMessage until a translation supplies the id.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  heading: { id: 'credentials.heading', defaultMessage: 'Your credentials for this path' },
  loading: { id: 'credentials.loading', defaultMessage: 'Loading your credentials…' },
  loadFailed: {
    id: 'credentials.loadFailed',
    defaultMessage: 'Your credentials could not be loaded: {detail}',
  },
  none: {
    id: 'credentials.none',
    defaultMessage:
      'You have no credential on this path yet. These tiers carry one: {tiers}. It is issued when you reach the tier.',
  },
  issuedOn: { id: 'credentials.issuedOn', defaultMessage: 'Issued on {date}' },
  valid: { id: 'credentials.valid', defaultMessage: 'Valid' },
  revoked: { id: 'credentials.revoked', defaultMessage: 'Revoked' },
  revokedOn: { id: 'credentials.revokedOn', defaultMessage: 'Revoked on {date}' },
  linksLabel: { id: 'credentials.links', defaultMessage: 'Links of the credential {tier}' },
  view: { id: 'credentials.view', defaultMessage: 'View and verify' },
  pdf: { id: 'credentials.pdf', defaultMessage: 'Download PDF' },
  json: { id: 'credentials.json', defaultMessage: 'Download signed JSON' },
  linkedIn: { id: 'credentials.linkedIn', defaultMessage: 'Add to LinkedIn' },
  ofTier: { id: 'credentials.ofTier', defaultMessage: '(credential {tier})' },
  public: { id: 'credentials.public', defaultMessage: 'Public' },
  publicHelp: {
    id: 'credentials.publicHelp',
    defaultMessage: 'Public: anyone with its address can view and verify it.',
  },
  privateHelp: {
    id: 'credentials.privateHelp',
    defaultMessage: 'Private: only you can see it, signed in.',
  },
  visibilityFailed: {
    id: 'credentials.visibilityFailed',
    defaultMessage: 'Its visibility was not changed: {detail}',
  },
});
