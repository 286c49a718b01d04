// Everything every screen needs around it: translations (react-intl, British English strings from
// the components' defaults for now), the Paragon styles, the router under the app's base path, and
// the signed-in session. Learn routes with a plain browser router; Studio with a data router, which
// lets the editor block navigation (Back included) while it has unsaved changes.
import { useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import {
  BrowserRouter,
  createBrowserRouter,
  Outlet,
  RouterProvider,
  type RouteObject,
} from 'react-router-dom';
import '@openedx/paragon/dist/core.min.css';
import '@openedx/paragon/dist/light.min.css';
import '../layout/app.css';
import { SessionProvider } from '../auth/session.tsx';
import { reportIntlError } from './intl-errors.ts';
import { DEFAULT_LOCALE } from './locale.ts';

/** The page's language: the document says it, so that right-to-left languages set `dir` too. */
const LOCALE = document.documentElement.lang || DEFAULT_LOCALE;

function Translations({ children }: { readonly children: ReactNode }) {
  return (
    <IntlProvider locale={LOCALE} defaultLocale={DEFAULT_LOCALE} messages={{}} onError={reportIntlError}>
      {children}
    </IntlProvider>
  );
}

export function AppProviders({
  basename,
  children,
}: {
  readonly basename: string;
  readonly children: ReactNode;
}) {
  return (
    <Translations>
      <BrowserRouter basename={basename}>
        <SessionProvider>{children}</SessionProvider>
      </BrowserRouter>
    </Translations>
  );
}

/** The same providers around a data router of `routes` (its session inside the routes). */
export function DataRouterProviders({
  basename,
  routes,
}: {
  readonly basename: string;
  readonly routes: RouteObject[];
}) {
  const [router] = useState(() =>
    createBrowserRouter(
      [
        {
          element: (
            <SessionProvider>
              <Outlet />
            </SessionProvider>
          ),
          children: routes,
        },
      ],
      { basename, future: { v7_relativeSplatPath: true } },
    ),
  );
  return (
    <Translations>
      <RouterProvider router={router} future={{ v7_startTransition: true }} />
    </Translations>
  );
}
