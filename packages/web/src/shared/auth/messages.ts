// Strings of the sign-in page and the session, for react-intl.
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
  signOut: { id: 'auth.signOut', defaultMessage: 'Sign out' },
});
