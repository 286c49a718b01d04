// Strings of the page frame, for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  skip: { id: 'layout.skipToContent', defaultMessage: 'Skip to content' },
  studio: { id: 'layout.studio', defaultMessage: 'Studio' },
  learn: { id: 'layout.learn', defaultMessage: 'My Learning' },
  explore: { id: 'layout.explore', defaultMessage: 'Explore paths' },
  plugins: { id: 'layout.plugins', defaultMessage: 'Plugins' },
  signedInAs: { id: 'layout.signedInAs', defaultMessage: 'Signed in as {name}' },
  signOut: { id: 'layout.signOut', defaultMessage: 'Sign out' },
  mainNavigation: { id: 'layout.mainNavigation', defaultMessage: 'Main' },
});
