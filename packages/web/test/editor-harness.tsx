// For the editor's component tests: a fake API answering fetch by method and path, and the
// editor page rendered with what the app puts around it (translations, a router, a session).
import { render } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { createMemoryRouter, Outlet, RouterProvider, useLocation } from 'react-router-dom';
import { vi } from 'vitest';
import { SessionProvider } from '../src/shared/auth/session.tsx';
import example from '../../../examples/data-science/path.json' with { type: 'json' };
import { PathEditorPage } from '../src/studio/editor/path-editor-page.tsx';

/** The spec's data-science path as the API answers it: published, its draft the same. */
export const EXAMPLE_KEY = example.key;
export const exampleView = {
  key: EXAMPLE_KEY,
  org: 'DemoU',
  title: example.title,
  status: 'published',
  version: 1,
  definition: example,
  draft: example,
  draftRevision: 3,
  createdAt: '',
  updatedAt: '',
};

export interface FakeAnswer {
  readonly status?: number;
  readonly body?: unknown;
}

/** A request the fake API received, with its JSON body. */
export interface Received {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

const AUTHOR = {
  user: {
    username: 'author',
    displayName: 'Robin Author',
    email: null,
    isAdmin: false,
    roles: [{ role: 'author', scope: 'org:DemoU' }],
  },
  csrfToken: 'token',
};

/**
 * Replaces fetch: `routes` answers "METHOD /path" (the query left out) with a fixed answer or a
 * function of the request; the signed-in user is an author of DemoU. Returns what was received.
 */
export function fakeApi(
  routes: Record<string, FakeAnswer | ((request: Received) => FakeAnswer)>,
): Received[] {
  const received: Received[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => {
    const path = decodeURIComponent(url.split('?')[0]!);
    const request = {
      method: init.method ?? 'GET',
      path,
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    received.push(request);
    const route =
      routes[`${request.method} ${path}`] ??
      (path === '/api/v1/me' ? { body: AUTHOR } : { status: 404, body: { detail: 'not found' } });
    const { status = 200, body = {} } = typeof route === 'function' ? route(request) : route;
    return Promise.resolve(
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
    );
  });
  return received;
}

function Location() {
  return <output data-testid="location">{decodeURIComponent(useLocation().pathname)}</output>;
}

/**
 * The editor at `/paths/KEY` (or `/paths/new`), signed in, in English, in a data router as Studio's
 * (so that leaving can be blocked); `router` moves it elsewhere, Back included.
 */
export function renderEditor(key: string) {
  const router = createMemoryRouter(
    [
      {
        element: (
          <SessionProvider>
            <Outlet />
            <Location />
          </SessionProvider>
        ),
        children: [
          { path: '/paths/:key', element: <PathEditorPage /> },
          { path: '*', element: null },
        ],
      },
    ],
    { initialEntries: ['/', `/paths/${encodeURIComponent(key)}`], initialIndex: 1 },
  );
  const rendered = render(
    <IntlProvider locale="en" defaultLocale="en" messages={{}}>
      <RouterProvider router={router} future={{ v7_startTransition: true }} />
    </IntlProvider>,
  );
  return { ...rendered, router };
}
