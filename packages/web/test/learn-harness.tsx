// Support for Learn's component tests: the API answered from a function (every call recorded), and
// rendering inside what the app has around it (react-intl, a router at an address, a session).
import type { ReactElement } from 'react';
import { render, screen } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { vi } from 'vitest';
import { SessionProvider } from '../src/shared/auth/session.tsx';
import { DEFAULT_LOCALE } from '../src/shared/intl/locale.ts';

export interface ApiCall {
  readonly method: string;
  readonly url: string;
}

export type ApiAnswer = { readonly status?: number; readonly body?: unknown } | undefined;

const ME = {
  user: { username: 'ada', displayName: 'Ada', email: null, isAdmin: false, roles: [] },
  csrfToken: 'token',
};

/** Answers fetch with `answer(call)` (404 when it returns undefined), and /api/v1/me as Ada. */
export function stubApi(answer: (call: ApiCall) => ApiAnswer): ApiCall[] {
  const calls: ApiCall[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => {
    const call = { method: init.method ?? 'GET', url };
    if (url === '/api/v1/me') return Promise.resolve(Response.json(ME));
    calls.push(call);
    const { status = 200, body = {} } = answer(call) ?? { status: 404, body: { detail: 'not found' } };
    return Promise.resolve(status === 204 ? new Response(null, { status }) : Response.json(body, { status }));
  });
  return calls;
}

/**
 * Renders a screen as Ada sees it at an address, routed like Learn, in British English or with the
 * translations given; resolves once she is signed in.
 */
export async function renderLearn(
  element: ReactElement,
  {
    at = '/',
    route = '/',
    messages = {},
  }: { at?: string; route?: string; messages?: Record<string, string> } = {},
) {
  const result = render(
    <IntlProvider locale={DEFAULT_LOCALE} defaultLocale={DEFAULT_LOCALE} messages={messages}>
      <MemoryRouter initialEntries={[at]}>
        <SessionProvider>
          <Routes>
            <Route path={route} element={element} />
            <Route path="*" element={<p>elsewhere</p>} />
          </Routes>
        </SessionProvider>
      </MemoryRouter>
    </IntlProvider>,
  );
  await screen.findByRole('heading', { level: 1 });
  return result;
}
