// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { EnrollByNameForm } from './enroll-by-name-form.tsx';
import { fakeApi, renderWithIntl } from '../../../test/enrollments-harness.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const KEY = 'path-v1:U+P+1+a';

it('says so at the field when nothing is entered, and sends nothing', () => {
  const calls = fakeApi({});
  renderWithIntl(<EnrollByNameForm pathKey={KEY} onStart={vi.fn()} onResults={vi.fn()} />);
  fireEvent.click(screen.getByRole('button', { name: 'Enroll' }));
  const field = screen.getByLabelText('Usernames or emails');
  expect(field.getAttribute('aria-invalid')).toBe('true');
  expect(field.getAttribute('aria-describedby')).toContain(
    screen.getByText('Enter at least one username or email.').id,
  );
  expect(calls).toEqual([]);
});

it('enrolls every entry typed, with the reason, then empties the form', async () => {
  const results = [
    { learner: 'ada', result: 'enrolled', detail: 'ada is enrolled' },
    { learner: 'bea@example.org', result: 'pending', detail: 'no account has this email yet' },
  ];
  const calls = fakeApi({ [`POST /api/v1/paths/${KEY}/enrollments`]: () => ({ body: { results } }) });
  const onResults = vi.fn();
  const onStart = vi.fn();
  renderWithIntl(<EnrollByNameForm pathKey={KEY} onStart={onStart} onResults={onResults} />);
  const field = screen.getByLabelText('Usernames or emails');
  fireEvent.change(field, { target: { value: 'ada,\nbea@example.org' } });
  fireEvent.change(screen.getByLabelText('Reason (optional, kept in the audit log)'), {
    target: { value: ' cohort 2 ' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Enroll' }));
  await waitFor(() => expect(onResults).toHaveBeenCalledWith(results));
  expect(onStart).toHaveBeenCalledBefore(onResults);
  expect(JSON.parse(calls[0]!.body!)).toEqual({ learners: ['ada', 'bea@example.org'], reason: 'cohort 2' });
  expect((field as HTMLTextAreaElement).value).toBe('');
});
