// @vitest-environment jsdom
// The Plugins page in jsdom against a fake API: an administrator with no plugin loaded is told how
// to load one; anyone else is told the page is for administrators, and nothing about plugins is read.
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { fakeApi, renderWithIntl } from '../../../test/enrollments-harness.tsx';
import { SessionProvider } from '../../shared/auth/session.tsx';
import { PluginSettingsPage } from './plugin-settings-page.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const me = (isAdmin: boolean) => () => ({
  body: {
    user: { username: 'someone', displayName: null, email: null, isAdmin, roles: [] },
    csrfToken: 'token',
  },
});

function renderPage() {
  renderWithIntl(
    <SessionProvider>
      <PluginSettingsPage />
    </SessionProvider>,
  );
}

it('tells an administrator that no plugin is loaded, and how to load one', async () => {
  fakeApi({
    'GET /api/v1/me': me(true),
    'GET /api/v1/plugins': () => ({ body: { apiVersion: 1, plugins: [] } }),
  });
  renderPage();
  expect((await screen.findByText(/^No plugin is loaded\./)).textContent).toContain('LP_PLUGINS');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Plugins');
});

it('tells anyone else the page is for administrators, without reading the plugins', async () => {
  const calls = fakeApi({ 'GET /api/v1/me': me(false) });
  renderPage();
  await screen.findByText('You need to be an administrator to see and change the plugins’ settings.');
  expect(screen.queryByRole('form')).toBeNull();
  expect(calls.map((call) => call.url.pathname)).toEqual(['/api/v1/me']);
});
