// @vitest-environment jsdom
// Pages plugins add to Learn (slot learn.pages): served at their path with the document titled by
// their label, and linked from the header through Learn's router, the page shown marked current.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { clearSlotComponents, registerSlotComponent } from '../shared/plugins/plugin-slots.tsx';
import { renderLearn, stubApi } from '../../test/learn-harness.tsx';
import { LearnApp } from './learn-app.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  clearSlotComponents();
});

function addNotesPage() {
  registerSlotComponent('learn.pages', () => <h1>All my notes</h1>, {
    pluginId: 'org.example.notes',
    path: 'notes',
    label: { id: 'notes.page.nav', defaultMessage: 'My notes' },
  });
}

const nothingYet = { body: { items: [], total: 0, orgs: [] } };

it("serves a plugin's page at its path, titled and linked as the current page", async () => {
  addNotesPage();
  stubApi(() => undefined);
  await renderLearn(<LearnApp />, { at: '/notes', route: '/*' });
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('All my notes');
  await waitFor(() => expect(document.title).toBe('My notes · My Learning'));
  const link = screen.getByRole('link', { name: 'My notes' });
  expect(link.getAttribute('href')).toBe('/notes');
  expect(link.getAttribute('aria-current')).toBe('page');
  expect(screen.getByRole('link', { name: 'My Learning' }).getAttribute('aria-current')).toBeNull();
});

it("follows the header's links through the router, and marks the page shown current", async () => {
  addNotesPage();
  stubApi((call) => (call.url.startsWith('/api/v1/me/learning') ? nothingYet : undefined));
  await renderLearn(<LearnApp />, { at: '/', route: '/*' });
  const link = screen.getByRole('link', { name: 'My notes' });
  const dashboard = screen.getByRole('link', { name: 'My Learning' });
  expect([dashboard, link].map((each) => each.getAttribute('aria-current'))).toEqual(['page', null]);
  // jsdom does not load pages: the page appears only if the router handled the click.
  fireEvent.click(link);
  await screen.findByRole('heading', { name: 'All my notes', level: 1 });
  expect([dashboard, link].map((each) => each.getAttribute('aria-current'))).toEqual([null, 'page']);
  fireEvent.click(dashboard);
  await screen.findByRole('heading', { name: 'My Learning', level: 1 });
});
