// The section's words, through react-intl with English defaults: the apps have no catalogue of a
// plugin's messages, so the default is what shows until one is added.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  heading: { id: 'notifications.heading', defaultMessage: 'Email notifications' },
  scope: {
    id: 'notifications.scope',
    defaultMessage: 'These settings apply to all your learning paths.',
  },
  stateOff: { id: 'notifications.stateOff', defaultMessage: 'Now: you get no emails about your paths.' },
  stateDigest: { id: 'notifications.stateDigest', defaultMessage: 'Now: you get one daily digest.' },
  stateSingle: { id: 'notifications.stateSingle', defaultMessage: 'Now: you get an email for each update.' },
  emailMe: { id: 'notifications.emailMe', defaultMessage: 'Email me about my paths' },
  digest: { id: 'notifications.digest', defaultMessage: 'One daily digest instead of single emails' },
  language: { id: 'notifications.language', defaultMessage: 'Language of the emails' },
  english: { id: 'notifications.english', defaultMessage: 'English' },
  french: { id: 'notifications.french', defaultMessage: 'Français' },
  save: { id: 'notifications.save', defaultMessage: 'Save email settings' },
  saved: { id: 'notifications.saved', defaultMessage: 'Your email settings are saved.' },
  loadFailed: {
    id: 'notifications.loadFailed',
    defaultMessage: 'Your email settings could not be loaded. Reload the page to try again.',
  },
  saveFailed: {
    id: 'notifications.saveFailed',
    defaultMessage: 'Your email settings could not be saved. Try again.',
  },
});
