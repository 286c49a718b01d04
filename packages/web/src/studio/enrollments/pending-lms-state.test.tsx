// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PendingSection } from './pending-section.tsx';
import type { PendingLms, PendingRow } from './enrollments-api.ts';
import { fakeApi, renderWithIntl } from '../../../test/enrollments-harness.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const KEY = 'path-v1:DemoU+DS+2026+spring';
const BASE = `/api/v1/paths/${KEY}`;

const pending = (email: string, lms: PendingLms | null): PendingRow => ({
  email,
  createdAt: '2026-03-01T10:00:00Z',
  createdBy: 'instructor',
  reason: null,
  source: 'csv',
  lms,
});

/** The section as the learners page holds it: a change reloads it. */
function ReloadingSection() {
  const [refresh, setRefresh] = useState(0);
  return (
    <PendingSection pathKey={KEY} refresh={refresh} onChanged={() => setRefresh((count) => count + 1)} />
  );
}

function renderSection(items: PendingRow[], retried = 1) {
  let rows = items;
  const calls = fakeApi({
    [`GET ${BASE}/pending-enrollments`]: () => ({ body: { items: rows, total: rows.length } }),
    [`POST ${BASE}/pending-enrollments/grace@example.org/lms-retry`]: () => {
      rows = rows.map((row) =>
        row.email === 'grace@example.org'
          ? { ...row, lms: { state: 'waiting', attempts: 0, error: null } }
          : row,
      );
      return { body: { retried } };
    },
  });
  renderWithIntl(<ReloadingSection />);
  return calls;
}

const rowOf = async (email: string) => {
  const table = await screen.findByRole('table', { name: 'Emails waiting for an account' });
  return within(table)
    .getAllByRole('row')
    .find((row) => row.textContent?.includes(email))!;
};

it('shows each state of the LMS in words, the last error and the LMS reason as text', async () => {
  renderSection([
    pending('ada@example.org', { state: 'waiting', attempts: 3, error: 'Open edX answered 503' }),
    pending('alan@example.org', { state: 'waiting', attempts: 0, error: null }),
    pending('bob@example.org', { state: 'done', attempts: 1, error: null }),
    pending('grace@example.org', { state: 'failed', attempts: 1, error: '<b>course closed</b> & full' }),
  ]);
  const table = await screen.findByRole('table', { name: 'Emails waiting for an account' });
  expect(within(table).getByRole('columnheader', { name: 'LMS' })).toBeTruthy();

  const waiting = await rowOf('ada@example.org');
  expect(waiting.textContent).toContain('Waiting for the LMS');
  expect(waiting.textContent).toContain('3 attempts so far');
  expect(waiting.textContent).toContain('Last error: Open edX answered 503');
  const queued = await rowOf('alan@example.org');
  expect(queued.textContent).toContain('Waiting for the LMS');
  expect(queued.textContent).not.toContain('attempt');
  expect(queued.textContent).not.toContain('Last error');
  expect(within(waiting).queryByRole('button', { name: /Try again/ })).toBeNull();

  const done = await rowOf('bob@example.org');
  expect(done.textContent).toContain('Sent to the LMS');
  expect(within(done).queryByRole('button', { name: /Try again/ })).toBeNull();

  const failed = await rowOf('grace@example.org');
  expect(within(failed).getByText('The LMS refused: <b>course closed</b> & full')).toBeTruthy();
  expect(failed.querySelector('b')).toBeNull();
  expect(
    within(failed).getByRole('button', { name: 'Try again to send grace@example.org to the LMS' }),
  ).toBeTruthy();
});

it('shows no LMS column when the LMS reports nothing (the standalone LMS)', async () => {
  renderSection([pending('ada@example.org', null)]);
  const table = await screen.findByRole('table', { name: 'Emails waiting for an account' });
  expect(within(table).queryByRole('columnheader', { name: 'LMS' })).toBeNull();
  expect(table.textContent).not.toContain('LMS');
});

it('tries again: calls the retry route, reloads the list and says so in the live region', async () => {
  const calls = renderSection([
    pending('grace@example.org', { state: 'failed', attempts: 1, error: 'course closed' }),
  ]);
  const failed = await rowOf('grace@example.org');
  const button = within(failed).getByRole('button', {
    name: 'Try again to send grace@example.org to the LMS',
  });
  expect(button.textContent).toBe('Try again');
  fireEvent.click(button);

  const notice = await screen.findByText('The refused LMS call for grace@example.org is sent again.');
  const region = notice.closest('[role="status"]');
  expect(region).toBeTruthy();
  await waitFor(async () =>
    expect((await rowOf('grace@example.org')).textContent).toContain('Waiting for the LMS'),
  );
  expect(screen.queryByRole('button', { name: /Try again/ })).toBeNull();
  // The button is gone with the failure: focus moves to the announcement, as after a cancel.
  await waitFor(() => expect(document.activeElement).toBe(region));
  const posts = calls.filter((call) => call.method === 'POST');
  expect(posts.map((call) => call.url.pathname)).toEqual([
    `/api/v1/paths/${encodeURIComponent(KEY)}/pending-enrollments/grace%40example.org/lms-retry`,
  ]);
  expect(calls.filter((call) => call.url.pathname.endsWith('/pending-enrollments')).length).toBe(2);
});

it('shows the error when trying again fails', async () => {
  fakeApi({
    [`GET ${BASE}/pending-enrollments`]: () => ({
      body: {
        items: [pending('grace@example.org', { state: 'failed', attempts: 1, error: 'no' })],
        total: 1,
      },
    }),
    [`POST ${BASE}/pending-enrollments/grace@example.org/lms-retry`]: () => ({
      status: 404,
      body: { detail: 'grace@example.org is not pending on this path' },
    }),
  });
  renderWithIntl(<PendingSection pathKey={KEY} refresh={0} onChanged={() => undefined} />);
  fireEvent.click(
    await screen.findByRole('button', { name: 'Try again to send grace@example.org to the LMS' }),
  );
  expect((await screen.findByRole('alert')).textContent).toContain('is not pending on this path');
});
