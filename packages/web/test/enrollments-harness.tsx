// Support for the component tests of the learners page: rendering with translations and a router,
// and a fake API answering fetch by method and path, recording every call.
import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { vi } from 'vitest';

export function renderWithIntl(element: ReactElement, url = '/'): RenderResult {
  return render(
    <IntlProvider locale="en" defaultLocale="en" messages={{}}>
      <MemoryRouter initialEntries={[url]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
        {element}
      </MemoryRouter>
    </IntlProvider>,
  );
}

/** Renders a page at a route, as StudioApp does. */
export function renderRoute(pattern: string, page: ReactElement, url: string): RenderResult {
  return renderWithIntl(
    <Routes>
      <Route path={pattern} element={page} />
    </Routes>,
    url,
  );
}

export interface ApiCall {
  readonly method: string;
  readonly url: URL;
  readonly body: string | undefined;
  readonly contentType: string | undefined;
}

type Handler = (call: ApiCall) => { status?: number; body?: unknown };

/** Replaces fetch: `routes` maps "METHOD /path" (decoded, without the query) to an answer. */
export function fakeApi(routes: Record<string, Handler>): ApiCall[] {
  const calls: ApiCall[] = [];
  vi.stubGlobal('fetch', (input: string, init: RequestInit = {}) => {
    const headers = (init.headers ?? {}) as Record<string, string>;
    const call: ApiCall = {
      method: init.method ?? 'GET',
      url: new URL(input, 'http://studio.test'),
      body: typeof init.body === 'string' ? init.body : undefined,
      contentType: headers['content-type'],
    };
    calls.push(call);
    const handler = routes[`${call.method} ${decodeURIComponent(call.url.pathname)}`];
    const { status = 200, body } = handler
      ? handler(call)
      : { status: 404, body: { detail: `no fake for ${call.method} ${call.url.pathname}` } };
    return Promise.resolve(
      new Response(status === 204 ? null : JSON.stringify(body ?? {}), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
    );
  });
  return calls;
}
