// An error from a call to the service in words for the person at the screen: no network and a
// service in trouble said plainly in their language, with what to do; otherwise the service's own
// sentence (it says what was wrong and where).
import type { IntlShape } from 'react-intl';
import { defineMessages } from 'react-intl';
import { ApiError, NetworkError } from './client.ts';

const messages = defineMessages({
  unreachable: {
    id: 'api.error.unreachable',
    defaultMessage: 'The service could not be reached. Check your internet connection, then try again.',
  },
  serviceTrouble: {
    id: 'api.error.serviceTrouble',
    defaultMessage:
      'The service is having trouble just now. Try again in a minute; if it keeps happening, tell your administrator.',
  },
});

export function errorWords(intl: IntlShape, error: unknown): string {
  if (error instanceof NetworkError) return intl.formatMessage(messages.unreachable);
  // A proxy's or a crashed service's answer has no sentence of ours to show.
  if (error instanceof ApiError && error.status >= 500 && error.problems.length === 0)
    return intl.formatMessage(messages.serviceTrouble);
  return error instanceof Error ? error.message : String(error);
}
