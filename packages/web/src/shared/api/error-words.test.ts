import { createIntl } from 'react-intl';
import { expect, it } from 'vitest';
import { ApiError, NetworkError } from './client.ts';
import { errorWords } from './error-words.ts';

const english = createIntl({ locale: 'en', messages: {} });

it('says plainly that the service could not be reached, or is in trouble, and else what it said', () => {
  expect(errorWords(english, new NetworkError(new TypeError('Failed to fetch')))).toBe(
    'The service could not be reached. Check your internet connection, then try again.',
  );
  expect(errorWords(english, new ApiError(502, 'Bad Gateway'))).toMatch(/^The service is having trouble/);
  const refused = new ApiError(422, 'the definition is not valid', [{ pointer: '/title', message: 'x' }]);
  expect(errorWords(english, refused)).toBe('the definition is not valid');
  expect(errorWords(english, new ApiError(404, 'no path has the key p'))).toBe('no path has the key p');
});
