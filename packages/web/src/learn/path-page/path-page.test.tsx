// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { clearSlotComponents, registerSlotComponent } from '../../shared/plugins/plugin-slots.tsx';
import type { PathPageData } from '../learn-api.ts';
import { renderLearn, stubApi, type ApiAnswer, type ApiCall } from '../../../test/learn-harness.tsx';
import { DS_KEY, FOUNDATION, MIDWAY, pathPageFixture } from '../../../test/path-page-fixture.ts';
import { PATH_SIDEBAR_SLOT, PathPage } from './path-page.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  clearSlotComponents();
});

const PAGE_URL = `/api/v1/me/paths/${encodeURIComponent(DS_KEY)}`;

function showPath(
  page: PathPageData,
  other: (call: ApiCall) => ApiAnswer = () => undefined,
  messages: Record<string, string> = {},
) {
  const calls = stubApi((call) =>
    call.method === 'GET' && call.url === PAGE_URL ? { body: page } : other(call),
  );
  const at = `/paths/${encodeURIComponent(DS_KEY)}`;
  return { calls, rendered: renderLearn(<PathPage />, { at, route: '/paths/:key', messages }) };
}

/** The outline item of a node: its heading's list item. */
function item(title: string): HTMLElement {
  return screen.getByRole('heading', { name: title }).closest('li')!;
}

it('heads the page with the path, its facts, the overall progress and status, and the tier', async () => {
  await showPath(pathPageFixture(MIDWAY)).rendered;
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Data Science Foundations');
  const header = screen.getByRole('banner');
  for (const text of [
    'From Python to your first model',
    'LevelBeginner',
    'Duration12 weeks',
    '5 hours a week',
    'No milestone reached yet',
  ])
    expect(header.textContent).toContain(text);
  expect(within(header).getByText('In progress')).toBeTruthy();
  expect(
    screen
      .getByRole('progressbar', { name: 'Your progress on Data Science Foundations' })
      .getAttribute('aria-valuenow'),
  ).not.toBe('0');
  // Set by an effect after the render, which a busy machine may not have run yet.
  await waitFor(() => expect(document.title).toBe('Data Science Foundations · My Learning'));
});

it('draws the outline with headings in order, statuses in words, rules, locks and the suggested step', async () => {
  const page = pathPageFixture(MIDWAY);
  await showPath(page).rendered;
  const levels = screen.getAllByRole('heading').map((heading) => [heading.tagName, heading.textContent]);
  expect(levels.slice(0, 5)).toEqual([
    ['H1', 'Data Science Foundations'],
    ['H2', 'Suggested next step'],
    ['H2', 'Your pathway'],
    ['H3', 'Introduction to Data Science'],
    ['H3', 'Core'],
  ]);
  expect(screen.getByRole('heading', { name: 'Statistics' }).tagName).toBe('H4');
  const words = {
    completed: 'Completed',
    in_progress: 'In progress',
    available: 'Available',
    locked: 'Locked',
  };
  for (const [id, result] of Object.entries(page.evaluation.nodes)) {
    if (id === 'root') continue;
    expect(item(page.titles[id]!).textContent).toContain(words[result.status]);
  }
  expect(item('Electives').textContent).toContain('Choose 2 of 3 — 1 done');
  expect(item('Core').textContent).toContain('All 2 in order — 1 done');
  expect(item('Capstone Project').textContent).toContain(
    'Locked: Unlocks after Core and Electives; opens on 1 May 2026',
  );
  expect(within(item('Capstone Project')).queryByRole('button')).toBeNull();
  const ml = item('Machine Learning');
  expect(ml.textContent).toContain('Suggested next step');
  expect(ml.textContent).toContain('Your results: completion 50%, grade 62%');
  expect(ml.textContent).toContain('Required: grade ≥ 70%');
  expect(ml.textContent).toContain('Still to do: Reach a grade of 70% in Machine Learning (now 62%)');
  expect(within(ml).getByRole('button', { name: 'Resume course: Machine Learning' })).toBeTruthy();
  expect(
    within(item('Computer Vision')).getByRole('button', { name: 'Start course: Computer Vision' }),
  ).toBeTruthy();
  expect(within(item('Statistics')).getByRole('button', { name: 'Review course: Statistics' })).toBeTruthy();
});

it('lists the milestones with what they still need, and says which are achieved', async () => {
  const first = await showPath(pathPageFixture(MIDWAY)).rendered;
  const foundation = screen.getByRole('heading', { name: 'Foundation Certificate' }).closest('li')!;
  expect(foundation.textContent).toContain('Not reached yet');
  expect(foundation.textContent).toContain('Reach a grade of 70% in Machine Learning (now 62%)');
  expect(foundation.textContent).toContain('Capstone Project (locked): Unlocks after Core and Electives');
  first.unmount();

  await showPath(pathPageFixture(FOUNDATION)).rendered;
  expect(screen.getByRole('banner').textContent).toContain('Milestone reached: Foundation Certificate');
  // Reached once, in the milestones: credentials for it are a plugin's section, not the core's.
  expect(screen.getAllByText('Reached')).toHaveLength(1);
  expect(screen.queryByRole('region', { name: 'Your credentials' })).toBeNull();
});

it('renders the server’s sentences from their messages, so that a translation changes them', async () => {
  const page = pathPageFixture(MIDWAY);
  await showPath(page, undefined, {
    'lp.lock.after.opens': 'Waits for {titles} until {date}',
    'lp.rule.atLeast.summary.count': 'any {count} of these {total}',
    'lp.rule.atLeast.explain.count': '{more} more among {children}',
    'lp.criterion.grade.explain':
      '{title}: a grade of {minimum, number, percent} is needed, {now, number, percent} so far',
  }).rendered;
  expect(item('Capstone Project').textContent).toContain(
    'Locked: Waits for Core and Electives until 1 May 2026',
  );
  expect(item('Electives').textContent).toContain('Any 2 of these 3 — 1 done');
  expect(item('Electives').textContent).toContain(
    'Still to do: 1 more among Natural Language Processing, Computer Vision',
  );
  const foundation = screen.getByRole('heading', { name: 'Foundation Certificate' }).closest('li')!;
  expect(foundation.textContent).toContain('Machine Learning: a grade of 70% is needed, 62% so far');
  expect(foundation.textContent).toContain('Capstone Project (locked): Waits for Core and Electives');
  expect(screen.getByRole('region', { name: 'Suggested next step' }).textContent).toContain(
    'Machine Learning: a grade of 70% is needed, 62% so far',
  );
});

it('shows the server’s English text where a sentence has no message (a plugin rule’s own words)', async () => {
  const page = pathPageFixture(MIDWAY);
  const ml = { node: 'ml', text: 'Attend the lab of Machine Learning' };
  await showPath({
    ...page,
    evaluation: { ...page.evaluation, remaining: [ml] },
    summaryMessages: {},
  }).rendered;
  expect(item('Machine Learning').textContent).toContain('Still to do: Attend the lab of Machine Learning');
  expect(item('Machine Learning').textContent).toContain('Required: grade ≥ 70%');
});

it('shows the about, requirements and skills sections', async () => {
  await showPath(pathPageFixture(MIDWAY)).rendered;
  expect(screen.getByRole('region', { name: 'About this path' }).textContent).toContain(
    'foundations of data science',
  );
  expect(screen.getByRole('region', { name: 'Requirements' }).textContent).toContain('python (level 1)');
  expect(screen.getByRole('region', { name: 'Skills you will gain' }).textContent).toContain(
    'statistics (level 2)',
  );
});

it('says "not found" when the API answers 404', async () => {
  stubApi(() => undefined);
  await renderLearn(<PathPage />, { at: '/paths/path-v1%3AOtherU%2BX%2B1%2Ba', route: '/paths/:key' });
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Path not found');
});

it('lets a learner join a public path before starting its courses', async () => {
  const page = pathPageFixture(MIDWAY, { definition: { visibility: 'public' }, enrolled: false });
  const { calls, rendered } = showPath(page, (call) =>
    call.method === 'POST' ? { status: 201, body: {} } : undefined,
  );
  await rendered;
  expect(screen.queryByRole('button', { name: /^Start course/ })).toBeNull();
  expect(screen.getByText('Join the path to start its courses.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Join this path' }));
  await waitFor(() => expect(calls.filter((call) => call.url === PAGE_URL)).toHaveLength(2));
  expect(calls.map((call) => call.method)).toEqual(['GET', 'POST', 'GET']);
});

it('gives the sidebar plugin slot the path, its definition and the evaluation', async () => {
  const seen: unknown[] = [];
  registerSlotComponent(PATH_SIDEBAR_SLOT, (props: { pathKey: string }) => {
    seen.push(props);
    return <p>plugin for {props.pathKey}</p>;
  });
  await showPath(pathPageFixture(MIDWAY)).rendered;
  expect(screen.getByText(`plugin for ${DS_KEY}`)).toBeTruthy();
  expect(seen[0]).toMatchObject({
    pathKey: DS_KEY,
    definition: { title: 'Data Science Foundations' },
    evaluation: { key: DS_KEY },
  });
});
