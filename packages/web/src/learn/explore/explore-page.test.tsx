// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { clearSlotComponents, registerSlotComponent } from '../../shared/plugins/plugin-slots.tsx';
import { renderLearn, stubApi } from '../../../test/learn-harness.tsx';
import type { ExploredPath } from './explore-card.tsx';
import { ExplorePage } from './explore-page.tsx';

const CLOUD: ExploredPath = {
  key: 'path-v1:OpenTech+CLOUD+2026+selfpaced',
  org: 'OpenTech',
  title: 'Cloud Native Essentials',
  subtitle: 'From the shell to Kubernetes in production',
  image: null,
  level: 'beginner',
  duration: '10 weeks',
  timeCommitment: null,
  courseCount: 4,
  tiers: [{ id: 'badge', title: 'Container Basics Badge' }],
  enrolled: true,
};
const WEB: ExploredPath = {
  ...CLOUD,
  key: 'path-v1:DemoU+WEB+2026+a',
  title: 'Web basics',
  tiers: [],
  enrolled: false,
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  clearSlotComponents();
});

const answer = (items: ExploredPath[], total = items.length) => ({
  body: { items, total, orgs: ['DemoU', 'OpenTech'], limit: 12, offset: 0 },
});

it('shows what each path leads to, whether the learner is on it, and what plugins add to its card', async () => {
  registerSlotComponent('learn.explore.card', ({ pathKey }: { pathKey: string }) => (
    <p>Credential for {pathKey}</p>
  ));
  stubApi(() => answer([CLOUD, WEB]));
  await renderLearn(<ExplorePage />, { at: '/explore', route: '/explore' });
  const cloud = within(await screen.findByRole('article', { name: 'Cloud Native Essentials' }));
  for (const text of [
    'Beginner',
    '10 weeks',
    '4 courses',
    'Container Basics Badge',
    'You’re on this path',
    `Credential for ${CLOUD.key}`,
  ])
    cloud.getByText(text);
  expect(cloud.getByRole('link', { name: 'Continue Cloud Native Essentials' }).getAttribute('href')).toBe(
    '/paths/path-v1%3AOpenTech%2BCLOUD%2B2026%2Bselfpaced',
  );
  const web = within(screen.getByRole('article', { name: 'Web basics' }));
  web.getByText('Leads to completing the path');
  web.getByRole('link', { name: 'View and join Web basics' });
  expect(web.queryByText('You’re on this path')).toBeNull();
  await waitFor(() => expect(document.title).toBe('Explore paths · My Learning'));
});

it('asks the API for the filters in the address, pages, and offers to clear them when nothing matches', async () => {
  const calls = stubApi(({ url }) =>
    new URL(url, 'http://x').searchParams.get('level') ? answer([]) : answer([WEB], 30),
  );
  await renderLearn(<ExplorePage />, { at: '/explore?org=DemoU&page=2', route: '/explore' });
  await screen.findByText('30 paths, page 2 of 3');
  expect(calls.at(-1)!.url).toBe('/api/v1/explore/paths?org=DemoU&limit=12&offset=12');
  expect(screen.getByLabelText<HTMLSelectElement>('Organisation').value).toBe('DemoU');

  fireEvent.change(screen.getByLabelText('Level'), { target: { value: 'advanced' } });
  await screen.findByRole('heading', { name: 'No paths match these filters' });
  // A new choice starts again from the first page.
  expect(calls.at(-1)!.url).toBe('/api/v1/explore/paths?org=DemoU&level=advanced&limit=12&offset=0');
  fireEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
  await waitFor(() => expect(calls.at(-1)!.url).toBe('/api/v1/explore/paths?limit=12&offset=0'));
});
