// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PathLearnersPage } from './path-learners-page.tsx';
import type { LearnerRow } from './enrollments-api.ts';
import { fakeApi, renderRoute } from '../../../test/enrollments-harness.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const KEY = 'path-v1:DemoU+DS+2026+spring';
const BASE = `/api/v1/paths/${KEY}`;
const openPage = () =>
  renderRoute('/paths/:key/learners', <PathLearnersPage />, `/paths/${encodeURIComponent(KEY)}/learners`);

const ada: LearnerRow = {
  username: 'ada',
  email: 'ada@example.org',
  displayName: 'Ada Lovelace',
  enrolledAt: '2026-03-01T10:00:00Z',
  source: 'csv',
  status: 'in_progress',
  progress: 0.42,
  currentTier: 'core',
  achievedTiers: ['core'],
  updatedAt: null,
  blockedBy: [],
  currentStep: { kind: 'working', stepId: 'stats', stepTitle: 'Statistics', waitingOn: null, date: null },
  lastActivity: '2026-02-20T10:00:00.000Z',
};

function staffApi(learners: LearnerRow[] = [ada]) {
  let active = learners;
  return fakeApi({
    [`GET ${BASE}`]: () => ({
      body: {
        key: KEY,
        title: 'Data Science Foundations',
        status: 'published',
        definition: { tiers: [{ id: 'core', title: 'Core Certificate', requires: [] }] },
      },
    }),
    [`GET ${BASE}/progress-summary`]: () => ({
      body: {
        enrolled: active.length,
        byStatus: { not_started: 0, in_progress: active.length, completed: 0 },
        byTier: { none: 0, core: active.length },
        cannotComplete: active.filter((learner) => learner.blockedBy.length > 0).length,
      },
    }),
    [`GET ${BASE}/enrollments`]: () => ({
      body: { items: active, total: active.length, limit: 25, offset: 0 },
    }),
    [`DELETE ${BASE}/enrollments/ada`]: () => {
      active = [];
      return { status: 204 };
    },
    [`GET ${BASE}/step-summary`]: () => ({
      body: {
        items: [{ position: 'working', stepId: 'stats', stepTitle: 'Statistics', count: active.length }],
      },
    }),
    [`GET ${BASE}/pending-enrollments`]: () => ({ body: { items: [], total: 0 } }),
    [`GET ${BASE}/audit`]: () => ({ body: { items: [], total: 0 } }),
  });
}

it('tells someone who is not staff of the path that it is not found', async () => {
  fakeApi({ [`GET ${BASE}/progress-summary`]: () => ({ status: 404, body: { detail: 'no path' } }) });
  openPage();
  expect(await screen.findByRole('heading', { level: 1, name: 'Path not found' })).toBeTruthy();
  expect(screen.getByText(`No path has the key ${KEY}, or you are not one of its instructors.`)).toBeTruthy();
});

it('shows the summary and the learners with their tier, and filters on the server', async () => {
  const calls = staffApi();
  openPage();
  await screen.findByRole('heading', { level: 1, name: /Data Science Foundations/ });
  const table = await screen.findByRole('table', { name: 'Enrolled learners, with their progress' });
  const row = within(table).getAllByRole('row')[1]!;
  expect(row.textContent).toContain('Ada Lovelace');
  expect(row.textContent).toContain('Core Certificate');
  expect(row.textContent).toContain('Working on Statistics');
  // The last activity, as a date (the harness's locale is en-US).
  expect(row.textContent).toContain('Feb 20, 2026');
  expect(within(row).getByRole('link', { name: 'Ada Lovelace' }).getAttribute('href')).toBe(
    `/paths/${encodeURIComponent(KEY)}/learners/ada`,
  );
  const where = screen.getByRole('region', { name: 'Where learners are' });
  expect(within(where).getByRole('listitem').textContent).toBe('1 learner is working on Statistics');
  expect(within(where).getByRole('link', { name: '1 learner' }).getAttribute('href')).toBe(
    `/paths/${encodeURIComponent(KEY)}/learners?step=stats&position=working#learners`,
  );
  expect(
    within(row).getByRole('progressbar', { name: 'Progress of ada' }).getAttribute('aria-valuenow'),
  ).toBe('42');

  fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'completed' } });
  await waitFor(() =>
    expect(
      calls.some(
        (call) =>
          call.url.pathname.endsWith('/enrollments') && call.url.searchParams.get('status') === 'completed',
      ),
    ).toBe(true),
  );
});

it('marks a learner who can no longer complete the path, with the courses that ended, and counts them', async () => {
  const bea = {
    ...ada,
    username: 'bea',
    displayName: 'Bea',
    blockedBy: [{ id: 'stats', title: 'Statistics' }],
  };
  staffApi([ada, bea]);
  openPage();
  const table = await screen.findByRole('table', { name: 'Enrolled learners, with their progress' });
  const [, adaRow, beaRow] = within(table).getAllByRole('row');
  expect(adaRow!.textContent).not.toContain('Cannot complete');
  expect(beaRow!.textContent).toContain('Cannot completeStatistics ended before it was completed');
  const summary = screen.getByRole('region', { name: 'Progress' });
  expect(within(summary).getByText('Cannot complete').nextSibling!.textContent).toBe('1');
});

it('unenrolls after a confirmation, with the reason, and says so', async () => {
  const calls = staffApi();
  openPage();
  fireEvent.click(await screen.findByRole('button', { name: 'Unenroll ada' }));
  const dialog = await screen.findByRole('dialog', { name: 'Unenroll ada?' });
  fireEvent.change(within(dialog).getByLabelText('Reason (optional, kept in the audit log)'), {
    target: { value: 'left the course' },
  });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Unenroll' }));
  expect(await screen.findByText('ada is unenrolled.')).toBeTruthy();
  expect(await screen.findByText('No enrolled learner matches.')).toBeTruthy();
  const deletion = calls.find((call) => call.method === 'DELETE')!;
  expect(deletion.url.searchParams.get('reason')).toBe('left the course');
});
