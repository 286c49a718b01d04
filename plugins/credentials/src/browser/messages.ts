// The plugin's words in Learn, for react-intl: the app has no catalogue of them, so each shows its
// defaultMessage until a translation supplies the id.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  heading: { id: 'credentials.heading', defaultMessage: 'Your credentials for this path' },
  exploreLine: {
    id: 'credentials.explore.line',
    defaultMessage:
      '{count, plural, one {Its milestone earns} other {Each milestone earns}} a verifiable digital credential (Open Badges 3.0) and a PDF certificate.',
  },
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
  sendToWallet: { id: 'credentials.sendToWallet', defaultMessage: 'Send to wallet' },
  walletHeading: { id: 'credentials.wallet.heading', defaultMessage: 'Send {tier} to your wallet' },
  walletHelp: {
    id: 'credentials.wallet.help',
    defaultMessage:
      'Scan this code with the Learner Credential Wallet, or open the link on the phone where the wallet is installed. The wallet then fetches the signed credential. The link works once, until {time}.',
  },
  walletLink: { id: 'credentials.wallet.link', defaultMessage: 'Open in the Learner Credential Wallet' },
  walletQr: {
    id: 'credentials.wallet.qr',
    defaultMessage: 'QR code of the wallet link for {tier}',
  },
  walletFailed: {
    id: 'credentials.wallet.failed',
    defaultMessage: 'The wallet link could not be made: {detail}',
  },
  pageNav: { id: 'credentials.page.nav', defaultMessage: 'My credentials' },
  pageHeading: { id: 'credentials.page.heading', defaultMessage: 'My credentials' },
  pageIntro: {
    id: 'credentials.page.intro',
    defaultMessage:
      'Each tier you reach on a learning path that carries a credential gives you a signed digital certificate that anyone can verify.',
  },
  pageNone: {
    id: 'credentials.page.none',
    defaultMessage:
      'You have no credentials yet. A credential is issued as soon as you reach a tier of a learning path that carries one: your paths say which tiers do, and what each asks of you.',
  },
  toDashboard: { id: 'credentials.page.dashboard', defaultMessage: 'Go to your learning paths' },
  didHeading: { id: 'credentials.did.heading', defaultMessage: 'Your DID, for wallets' },
  didIntro: {
    id: 'credentials.did.intro',
    defaultMessage:
      'A DID (decentralised identifier) is an address your digital wallet makes for you (it starts with did:key or did:web). Give yours here and the credentials issued to you from now on name you by it, so that your wallet can prove they are yours. Credentials you already hold keep naming you as they do now, by a hidden (hashed) form of your email address. You need none of this to download, share or verify your credentials.',
  },
  didLabel: { id: 'credentials.did.label', defaultMessage: 'Your DID' },
  didHint: {
    id: 'credentials.did.hint',
    defaultMessage: 'A did:key or did:web DID, copied from your wallet; at most 500 characters.',
  },
  didSave: { id: 'credentials.did.save', defaultMessage: 'Save DID' },
  didRemove: { id: 'credentials.did.remove', defaultMessage: 'Remove DID' },
  didSaved: {
    id: 'credentials.did.saved',
    defaultMessage: 'Saved. Credentials issued from now on name you by this DID.',
  },
  didRemoved: {
    id: 'credentials.did.removed',
    defaultMessage: 'Removed. Credentials issued from now on name you by a hash of your email address.',
  },
  didNone: {
    id: 'credentials.did.none',
    defaultMessage: 'You have given no DID: your credentials name you by a hash of your email address.',
  },
  didFailed: { id: 'credentials.did.failed', defaultMessage: 'Your DID was not saved: {detail}' },
});
