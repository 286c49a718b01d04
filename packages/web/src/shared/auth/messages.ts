// Strings of the sign-in page, the session, and the dialog that asks to sign in again when the
// session has ended, for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  loading: { id: 'auth.loading', defaultMessage: 'Loading…' },
  title: { id: 'auth.signIn.title', defaultMessage: 'Sign in to Learning Paths' },
  username: { id: 'auth.signIn.username', defaultMessage: 'Username' },
  password: { id: 'auth.signIn.password', defaultMessage: 'Password' },
  submit: { id: 'auth.signIn.submit', defaultMessage: 'Sign in' },
  signingIn: { id: 'auth.signIn.busy', defaultMessage: 'Signing in…' },
  failed: { id: 'auth.signIn.failed', defaultMessage: 'The username or the password is wrong.' },
  throttledSeconds: {
    id: 'auth.signIn.throttled.seconds',
    defaultMessage: 'Too many attempts: try again in {seconds, plural, one {# second} other {# seconds}}.',
  },
  throttledMinutes: {
    id: 'auth.signIn.throttled.minutes',
    defaultMessage: 'Too many attempts: try again in {minutes, plural, one {# minute} other {# minutes}}.',
  },
  unavailable: {
    id: 'auth.signIn.unavailable',
    defaultMessage: 'Signing in did not work this time: try again in a moment.',
  },
  signOut: { id: 'auth.signOut', defaultMessage: 'Sign out' },
  endedTitle: { id: 'auth.ended.title', defaultMessage: 'Sign in again' },
  endedBody: {
    id: 'auth.ended.body',
    defaultMessage: 'Your session has ended. Sign in again to continue; your changes are kept.',
  },
  endedCancel: { id: 'auth.ended.cancel', defaultMessage: 'Cancel' },
  endedCheck: { id: 'auth.ended.check', defaultMessage: 'I have signed in elsewhere' },
  endedStillOut: {
    id: 'auth.ended.stillOut',
    defaultMessage: 'You are not signed in yet: sign in here, or in another tab and then try again.',
  },
  endedCancelled: {
    id: 'auth.ended.cancelled',
    defaultMessage: 'Not done: your session has ended. Sign in again to continue.',
  },
  otherTitle: { id: 'auth.ended.other.title', defaultMessage: 'Signed in as someone else' },
  otherBody: {
    id: 'auth.ended.other.body',
    defaultMessage:
      'You signed in as {username}, not {previous}. Changes that were not saved are not kept: the start page opens for {username}.',
  },
  otherRestart: { id: 'auth.ended.other.restart', defaultMessage: 'Go to the start page' },
});
