// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AddMemberForm } from './add-member-form.tsx';
import { fakeApi, renderWithIntl } from '../../../test/enrollments-harness.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const KEY = 'path-v1:U+P+1+a';
const SCOPES = [`path:${KEY}`, 'org:U'];
const url = `POST /api/v1/paths/${KEY}/team`;

it('offers an author the organisation only, and sends the person, role and scope', async () => {
  const calls = fakeApi({ [url]: () => ({ body: { scopes: SCOPES, members: [] } }) });
  const onAdded = vi.fn();
  renderWithIntl(<AddMemberForm team={{ path: KEY }} scopes={SCOPES} onAdded={onAdded} />);
  const scope = screen.getByLabelText('Access to');
  expect(
    within(scope)
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toEqual(['This path', 'Every path of U']);
  fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'author' } });
  expect(
    within(scope)
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toEqual(['Every path of U']);
  expect(screen.getByText('Authors work on every path of their organisation.')).toBeTruthy();
  fireEvent.change(screen.getByLabelText('Username or email'), { target: { value: ' Ada@Example.org ' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add to the team' }));
  await waitFor(() =>
    expect(onAdded).toHaveBeenCalledWith('Ada@Example.org is now author of every path of U.'),
  );
  expect(JSON.parse(calls[0]!.body!)).toEqual({ person: 'Ada@Example.org', role: 'author', scope: 'org:U' });
});

it('says at the field who could not be found, and that a name is needed', async () => {
  const detail = 'no account has the username or email ghost';
  fakeApi({
    [url]: () => ({ status: 422, body: { detail, errors: [{ pointer: '/person', message: detail }] } }),
  });
  renderWithIntl(<AddMemberForm team={{ path: KEY }} scopes={SCOPES} onAdded={vi.fn()} />);
  const field = screen.getByLabelText('Username or email');
  fireEvent.click(screen.getByRole('button', { name: 'Add to the team' }));
  expect(screen.getByText('Enter a username or an email.')).toBeTruthy();
  fireEvent.change(field, { target: { value: 'ghost' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add to the team' }));
  await screen.findByText(detail);
  expect(field.getAttribute('aria-invalid')).toBe('true');
  expect(screen.queryByRole('alert')).toBeNull();
});
