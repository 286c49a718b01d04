// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { LearningItem } from '../learn-api.ts';
import { renderLearn, stubApi } from '../../../test/learn-harness.tsx';
import { DashboardPage } from './dashboard-page.tsx';

const PATH: LearningItem = {
  type: 'path',
  key: 'path-v1:DemoU+DS+2026+spring',
  title: 'Data Science Foundations',
  subtitle: 'From Python to your first model',
  org: 'DemoU',
  image: null,
  status: 'in_progress',
  progress: 0.456,
  enrolledAt: '2026-02-01T00:00:00Z',
  startsAt: '2025-09-01T00:00:00Z',
  endsAt: '2026-06-30T10:00:00Z',
  dateState: 'open',
  currentTier: 'foundation',
  currentTierTitle: 'Foundation Certificate',
  next: [
    { id: 'ml', title: 'Machine Learning', course: 'course-v1:DemoU+DS120+2026' },
    { id: 'nlp', title: 'Natural Language Processing', course: 'course-v1:DemoU+DS220+2026' },
  ],
};
const COURSE: LearningItem = {
  type: 'course',
  key: 'course-v1:DemoU+DS120+2026',
  title: 'Machine Learning',
  org: 'DemoU',
  image: null,
  status: 'in_progress',
  progress: 0.3,
  enrolledAt: '2026-02-02T00:00:00Z',
  startsAt: '2026-04-01T00:00:00Z',
  endsAt: null,
  dateState: 'upcoming',
  grade: 0.62,
  launchUrl: 'https://lms.example.org/ml/',
  paths: [{ key: PATH.key, title: PATH.title }],
};

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function learningApi(items: LearningItem[]) {
  return stubApi(({ url }) => {
    const query = new URL(url, 'http://x').searchParams;
    const matching = items.filter((item) => !query.get('type') || item.type === query.get('type'));
    return { body: { items: matching, total: matching.length, orgs: ['DemoU'], limit: 12, offset: 0 } };
  });
}

it('shows each item as a card: kind, status in words, progress, next step, tier, grade, paths and dates', async () => {
  learningApi([PATH, COURSE]);
  await renderLearn(<DashboardPage />);
  // The path's own card, and the course's "Part of" link.
  const pathLinks = await screen.findAllByRole('link', { name: 'Data Science Foundations' });
  expect(pathLinks.map((link) => link.getAttribute('href'))).toEqual([
    '/paths/path-v1%3ADemoU%2BDS%2B2026%2Bspring',
    '/paths/path-v1%3ADemoU%2BDS%2B2026%2Bspring',
  ]);
  expect(
    screen
      .getByRole('progressbar', { name: 'Progress on Data Science Foundations' })
      .getAttribute('aria-valuetext'),
  ).toBe('45%');
  const text = document.body.textContent;
  for (const expected of [
    'Learning path · DemoU',
    'In progress',
    '45% complete',
    'Next step: Machine Learning and 1 other',
    'Milestone reached: Foundation Certificate',
    'Ends on 30 June 2026',
    'Grade: 62%',
    'Starts on 1 April 2026',
    '2 items',
  ])
    expect(text).toContain(expected);
  expect(screen.getByRole('link', { name: 'Machine Learning' }).getAttribute('href')).toBe(
    'https://lms.example.org/ml/',
  );
});

it('remembers the filters between visits and asks the API for them', async () => {
  const calls = learningApi([PATH, COURSE]);
  const first = await renderLearn(<DashboardPage />);
  fireEvent.change(await screen.findByLabelText('Type'), { target: { value: 'path' } });
  await waitFor(() => expect(calls.at(-1)!.url).toContain('type=path'));
  first.unmount();

  await renderLearn(<DashboardPage />);
  expect(screen.getByLabelText<HTMLSelectElement>('Type').value).toBe('path');
  await waitFor(() => expect(calls.at(-1)!.url).toContain('type=path'));
  expect(calls.at(-1)!.url).toContain('offset=0');
});

it('applies the search after typing stops', async () => {
  const calls = learningApi([PATH]);
  await renderLearn(<DashboardPage />);
  fireEvent.change(screen.getByLabelText('Search by name'), { target: { value: 'science' } });
  await waitFor(() => expect(calls.at(-1)!.url).toContain('search=science'));
});

it('says there is nothing yet, or that nothing matches with a way to clear the filters', async () => {
  learningApi([]);
  const first = await renderLearn(<DashboardPage />);
  await screen.findByRole('heading', { name: 'You have no learning paths yet' });
  first.unmount();

  localStorage.setItem('learn.myLearning.filters.ada', JSON.stringify({ status: 'completed' }));
  await renderLearn(<DashboardPage />);
  await screen.findByRole('heading', { name: 'Nothing matches these filters' });
  fireEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
  await screen.findByRole('heading', { name: 'You have no learning paths yet' });
  // With nothing to search through, no filters are offered, and none are remembered.
  expect(screen.queryByLabelText('Status')).toBeNull();
  expect(JSON.parse(localStorage.getItem('learn.myLearning.filters.ada')!)).toMatchObject({ status: '' });
});

it('pages through the results on the server', async () => {
  const calls = stubApi(() => ({
    body: { items: [PATH], total: 30, orgs: ['DemoU'], limit: 12, offset: 0 },
  }));
  await renderLearn(<DashboardPage />);
  await screen.findByText('30 items, page 1 of 3');
  fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
  await waitFor(() => expect(calls.at(-1)!.url).toContain('offset=12'));
  expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Previous page' }).disabled).toBe(false);
});

it('takes the filters and the page from the address, before what it remembers', async () => {
  localStorage.setItem('learn.myLearning.filters.ada', JSON.stringify({ status: 'completed' }));
  const calls = learningApi([PATH, COURSE]);
  await renderLearn(<DashboardPage />, { at: '/?type=path&page=2' });
  await waitFor(() => expect(calls.at(-1)!.url).toContain('type=path'));
  expect(calls.at(-1)!.url).toContain('offset=12');
  expect(calls.at(-1)!.url).not.toContain('status=');
  expect(screen.getByLabelText<HTMLSelectElement>('Type').value).toBe('path');
});
