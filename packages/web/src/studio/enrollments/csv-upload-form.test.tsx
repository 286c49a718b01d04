// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { CsvUploadForm } from './csv-upload-form.tsx';
import { fakeApi, renderWithIntl } from '../../../test/enrollments-harness.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const KEY = 'path-v1:U+P+1+a';
/** A file as a browser gives it (jsdom's File has no text()). */
const csvFile = (content: string, name: string, type = 'text/csv') =>
  Object.assign(new File([content], name, { type }), { text: () => Promise.resolve(content) });
const drop = (file: File) =>
  fireEvent.drop(screen.getByTestId('csv-drop-zone'), { dataTransfer: { files: [file], types: ['Files'] } });

it('sends a dropped file as text/csv with the reason, and hands over the results', async () => {
  const results = [{ learner: 'ada', result: 'enrolled', detail: 'ada is enrolled' }];
  const calls = fakeApi({ [`POST /api/v1/paths/${KEY}/enrollments`]: () => ({ body: { results } }) });
  const onResults = vi.fn();
  const onStart = vi.fn();
  renderWithIntl(<CsvUploadForm pathKey={KEY} onStart={onStart} onResults={onResults} />);

  drop(csvFile('username\nada\n', 'cohort.csv'));
  expect(screen.getByText('Ready to upload: cohort.csv')).toBeTruthy();
  fireEvent.change(screen.getByLabelText('Reason (optional, kept in the audit log)'), {
    target: { value: 'spring cohort' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Upload and enroll' }));

  await waitFor(() => expect(onResults).toHaveBeenCalledWith(results, 'cohort.csv'));
  expect(onStart).toHaveBeenCalledBefore(onResults);
  expect(calls[0]).toMatchObject({ method: 'POST', body: 'username\nada\n', contentType: 'text/csv' });
  expect(calls[0]!.url.searchParams.get('reason')).toBe('spring cohort');
});

it('refuses a file that is not CSV before sending anything', () => {
  const calls = fakeApi({});
  renderWithIntl(<CsvUploadForm pathKey={KEY} onStart={vi.fn()} onResults={vi.fn()} />);
  drop(csvFile('x', 'cohort.xlsx', 'application/vnd.ms-excel'));
  expect(screen.getByText('cohort.xlsx is not a CSV file.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Upload and enroll' }));
  expect(screen.getByText('Choose a CSV file first.')).toBeTruthy();
  expect(calls).toEqual([]);
});

it("shows the server's detail when it refuses the whole file", async () => {
  fakeApi({
    [`POST /api/v1/paths/${KEY}/enrollments`]: () => ({
      status: 400,
      body: { detail: 'the CSV body has no rows' },
    }),
  });
  const onResults = vi.fn();
  const onStart = vi.fn();
  renderWithIntl(<CsvUploadForm pathKey={KEY} onStart={onStart} onResults={onResults} />);
  fireEvent.change(screen.getByLabelText('CSV file'), {
    target: { files: [csvFile('username\n', 'empty.csv')] },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Upload and enroll' }));
  expect((await screen.findByRole('alert')).textContent).toBe('the CSV body has no rows');
  // The results of an earlier upload were cleared when this one started.
  expect(onStart).toHaveBeenCalled();
  expect(onResults).not.toHaveBeenCalled();
});
