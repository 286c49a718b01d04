// What react-intl does with its errors: a translation without some message falls back to the
// English default by design (translations may be partial), so that is said nowhere; anything else,
// a malformed message say, goes to the console as react-intl would put it.
import { ReactIntlErrorCode, type IntlConfig } from 'react-intl';

export const reportIntlError: NonNullable<IntlConfig['onError']> = (error) => {
  if (error.code !== ReactIntlErrorCode.MISSING_TRANSLATION) console.error(error);
};
