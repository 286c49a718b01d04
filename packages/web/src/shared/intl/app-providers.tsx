// Everything every screen needs around it: translations (react-intl, British English strings from
// the components' defaults for now), the Paragon styles, the router under the app's base path, and
// the signed-in session.
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { BrowserRouter } from 'react-router-dom';
import '@openedx/paragon/dist/core.min.css';
import '@openedx/paragon/dist/light.min.css';
import '../layout/app.css';
import { SessionProvider } from '../auth/session.tsx';
import { DEFAULT_LOCALE } from './locale.ts';

/** The page's language: the document says it, so that right-to-left languages set `dir` too. */
const LOCALE = document.documentElement.lang || DEFAULT_LOCALE;

export function AppProviders({
  basename,
  children,
}: {
  readonly basename: string;
  readonly children: ReactNode;
}) {
  return (
    <IntlProvider locale={LOCALE} defaultLocale={DEFAULT_LOCALE} messages={{}}>
      <BrowserRouter basename={basename}>
        <SessionProvider>{children}</SessionProvider>
      </BrowserRouter>
    </IntlProvider>
  );
}
