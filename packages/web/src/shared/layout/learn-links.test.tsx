// @vitest-environment jsdom
// Studio's header links to Learn's dashboard, Explore paths and the pages plugins add to Learn at
// their addresses in Learn (Learn's own links, through its router, are tested with the app:
// learn/learn-app.test.tsx).
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderLearn, stubApi } from '../../../test/learn-harness.tsx';
import { clearSlotComponents, registerSlotComponent } from '../plugins/plugin-slots.tsx';
import { AppFrame } from './app-frame.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  clearSlotComponents();
});

it("links Studio's header to each plugin page in Learn, after Learn's own links, in the page's language", async () => {
  for (const [path, label] of [
    ['notes', { id: 'notes.page.nav', defaultMessage: 'My notes' }],
    ['badges', 'Badges'],
  ] as const)
    registerSlotComponent('learn.pages', () => null, { pluginId: 'org.example.pages', path, label });
  stubApi(() => undefined);
  await renderLearn(
    <AppFrame app="studio">
      <h1>Studio page</h1>
    </AppFrame>,
    { messages: { 'notes.page.nav': 'Mes notes' } },
  );
  const links = within(screen.getByRole('navigation', { name: 'Main' })).getAllByRole('link');
  expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
    ['My Learning', '/learn/'],
    ['Explore paths', '/learn/explore'],
    ['Mes notes', '/learn/notes'],
    ['Badges', '/learn/badges'],
  ]);
});
