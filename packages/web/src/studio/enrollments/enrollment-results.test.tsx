// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { EnrollmentResults } from './enrollment-results.tsx';
import { downloadCsv } from './download.ts';
import type { EnrollmentResult } from './enrollments-api.ts';
import { renderWithIntl } from '../../../test/enrollments-harness.tsx';

vi.mock('./download.ts', () => ({ downloadCsv: vi.fn() }));
afterEach(cleanup);

const results: EnrollmentResult[] = [
  // The details shown come from the messages; the English texts here differ to show it.
  {
    learner: 'ada',
    result: 'enrolled',
    detail: 'server text',
    message: { id: 'lp.enroll.enrolled', values: { username: 'ada' } },
  },
  {
    learner: 'new@example.org',
    result: 'pending',
    detail: 'server text',
    message: { id: 'lp.enroll.pending', values: {} },
  },
  {
    learner: '@bad',
    result: 'invalid',
    detail: 'neither a username nor an email',
    message: { id: 'lp.enroll.from-a-newer-server', values: {} },
  },
];

it('counts the results, filters to problems and downloads the whole report', () => {
  renderWithIntl(<EnrollmentResults pathKey="path-v1:U+P+1+a" results={results} />);
  expect(screen.getByRole('status').textContent).toBe(
    '3 rows: 1 enrolled, 1 pending, 0 already enrolled, 1 invalid.',
  );
  const table = screen.getByRole('table', { name: 'Result of each row' });
  expect(within(table).getAllByRole('row')).toHaveLength(4);
  expect(within(table).getByText('Pending: no account yet')).toBeTruthy();
  // Each detail in the page's language from its message; an unknown id falls back to the text.
  expect(within(table).getByText('ada is enrolled')).toBeTruthy();
  expect(within(table).getByText('no account has this email yet; enrolled when one appears')).toBeTruthy();
  expect(within(table).getByText('neither a username nor an email')).toBeTruthy();
  expect(within(table).queryByText('server text')).toBeNull();

  fireEvent.click(screen.getByLabelText('Show only problems (1)'));
  const rows = within(table).getAllByRole('row');
  expect(rows).toHaveLength(2);
  expect(rows[1]!.textContent).toContain('@bad');

  fireEvent.click(screen.getByRole('button', { name: 'Download report (CSV)' }));
  expect(downloadCsv).toHaveBeenCalledWith(
    'path-v1_U_P_1_a-enrollment-report.csv',
    expect.stringContaining(`'@bad,Invalid,neither a username nor an email`),
  );
  expect(vi.mocked(downloadCsv).mock.calls[0]![1]).toContain('ada,Enrolled');
});

it('pages long answers', () => {
  const many = Array.from({ length: 120 }, (_, index): EnrollmentResult => ({
    learner: `learner${index + 1}`,
    result: 'enrolled',
    detail: 'enrolled',
    message: { id: 'lp.enroll.enrolled', values: { username: `learner${index + 1}` } },
  }));
  renderWithIntl(<EnrollmentResults pathKey="k" results={many} />);
  expect(screen.getByText('1–50 of 120')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
  expect(screen.getByText('51–100 of 120')).toBeTruthy();
  expect(screen.getByText('learner51')).toBeTruthy();
});

it("names the file, numbers rows by their line and words the file's problems", () => {
  const fromFile: EnrollmentResult[] = [
    {
      learner: 'ada',
      result: 'enrolled',
      detail: 'ada is enrolled',
      message: { id: 'lp.enroll.enrolled', values: { username: 'ada' } },
      line: 2,
    },
    {
      learner: '"bea',
      result: 'invalid',
      detail: 'line 1234: unmatched quote',
      message: { id: 'lp.enroll.unmatchedQuote', values: { line: 1234 } },
      line: 1234,
    },
    {
      learner: 'ADA',
      result: 'duplicate',
      detail: 'duplicate of line 2',
      message: { id: 'lp.enroll.duplicateOfLine', values: { line: 2 } },
      line: 1235,
    },
  ];
  renderWithIntl(<EnrollmentResults pathKey="k" results={fromFile} fileName="cohort.csv" />);
  expect(screen.getByRole('heading', { name: 'Enrollment results of cohort.csv' })).toBeTruthy();
  expect(screen.getByRole('status').textContent).toBe(
    '3 rows: 1 enrolled, 0 pending, 0 already enrolled, 1 invalid, 1 duplicate.',
  );
  const rows = within(screen.getByRole('table', { name: 'Result of each row' })).getAllByRole('row');
  expect(rows.map((row) => row.textContent)).toEqual([
    'LineLearnerResultDetail',
    '2adaEnrolledada is enrolled',
    '1234"beaInvalidline 1234: unmatched quote',
    '1235ADADuplicateduplicate of line 2',
  ]);
});
