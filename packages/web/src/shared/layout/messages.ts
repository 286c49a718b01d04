// Strings of the page frame, its dialogs and its "Page not found", for react-intl.
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
  cancel: { id: 'layout.dialog.cancel', defaultMessage: 'Cancel' },
  working: { id: 'layout.dialog.working', defaultMessage: 'Working…' },
  notFoundTitle: { id: 'layout.notFound.title', defaultMessage: 'Page not found' },
  notFoundText: {
    id: 'layout.notFound.text',
    defaultMessage:
      'There is nothing at this address. The link may be mistyped, or what it pointed to may have moved or gone.',
  },
  notFoundLinks: { id: 'layout.notFound.links', defaultMessage: 'Where to go instead' },
  notFoundDashboard: { id: 'layout.notFound.dashboard', defaultMessage: 'Go to your dashboard' },
  notFoundPaths: { id: 'layout.notFound.paths', defaultMessage: 'Go to your paths' },
  studioDocumentTitle: { id: 'layout.studioDocumentTitle', defaultMessage: '{title} · Studio' },
});
