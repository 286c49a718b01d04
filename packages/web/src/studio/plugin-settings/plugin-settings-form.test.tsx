// @vitest-environment jsdom
// A plugin's settings form in jsdom against a fake API: the controls its schema gives, what a save
// sends, the answer put in the form, and a refused save kept as typed with its problems at the fields.
import { afterEach, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeApi, renderWithIntl } from '../../../test/enrollments-harness.tsx';
import { PluginSettingsForm, type PluginSettingsView } from './plugin-settings-form.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ID = 'org.example.notify';
const ROUTE = `PUT /api/v1/plugin-settings/${ID}`;

const VIEW: PluginSettingsView = {
  id: ID,
  version: '0.1.0',
  schema: {
    type: 'object',
    properties: {
      smtpHost: { type: 'string', default: 'localhost', description: 'The mail server' },
      smtpPort: { type: 'integer', minimum: 1, maximum: 65535, default: 587 },
      secure: { type: 'boolean', default: false },
      recipients: { type: 'array', items: { type: 'string' }, default: [] },
      password: { type: 'string', default: '' },
      sender: { type: 'string', format: 'email' },
    },
    required: ['smtpHost', 'smtpPort', 'secure', 'recipients', 'password'],
  },
  values: {
    smtpHost: 'mail.example.org',
    smtpPort: 587,
    secure: false,
    recipients: [],
    password: '********',
  },
  secrets: ['password'],
  saved: ['smtpHost'],
  locked: [{ name: 'sender', variable: 'LP_PLUGIN_ORG_EXAMPLE_NOTIFY_SENDER' }],
  updatedBy: null,
  updatedAt: null,
  history: [],
};

const sentValues = (body: string | undefined) => (JSON.parse(body!) as { values: unknown }).values;

it('gives each setting its control, help and state', () => {
  renderWithIntl(<PluginSettingsForm initial={VIEW} />);
  const host = screen.getByLabelText<HTMLInputElement>('Smtp host');
  expect(host.value).toBe('mail.example.org');
  expect(host.getAttribute('aria-describedby')).toContain(screen.getByText('The mail server').id);
  expect(screen.getByText('Default: localhost')).toBeTruthy();
  const port = screen.getByLabelText<HTMLInputElement>('Smtp port');
  expect([port.type, port.min, port.max, port.step]).toEqual(['number', '1', '65535', '1']);
  expect(screen.getByLabelText<HTMLInputElement>('Secure').type).toBe('checkbox');
  expect(screen.getByLabelText('Recipients').tagName).toBe('TEXTAREA');
  const password = screen.getByLabelText<HTMLInputElement>('Password');
  expect([password.type, password.value, password.placeholder]).toEqual(['password', '', 'Unchanged']);
  const sender = screen.getByLabelText<HTMLInputElement>('Sender');
  expect([sender.type, sender.disabled]).toEqual(['email', true]);
  expect(
    screen.getByText(
      'Set by the environment variable LP_PLUGIN_ORG_EXAMPLE_NOTIFY_SENDER: it cannot be changed here.',
    ),
  ).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Reset to default: Sender' })).toBeNull();
  expect(screen.getByText('Not changed in Studio yet.')).toBeTruthy();
});

it('sends the settings changed, then shows the answer, the success and the history', async () => {
  const saved: PluginSettingsView = {
    ...VIEW,
    values: { ...VIEW.values, smtpPort: 2525, secure: true },
    updatedBy: 'admin',
    updatedAt: '2026-12-07T14:02:00.000Z',
    history: [{ changed: ['smtpPort', 'secure'], actor: 'admin', at: '2026-12-07T14:02:00.000Z' }],
  };
  const calls = fakeApi({ [ROUTE]: () => ({ body: saved }) });
  renderWithIntl(<PluginSettingsForm initial={VIEW} />);
  fireEvent.change(screen.getByLabelText('Smtp port'), { target: { value: '2525' } });
  fireEvent.click(screen.getByLabelText('Secure'));
  fireEvent.click(screen.getByRole('button', { name: 'Reset to default: Smtp host' }));
  expect(screen.getByLabelText<HTMLInputElement>('Smtp host').value).toBe('localhost');
  fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
  await screen.findByText(
    'Saved. The plugin uses the new settings now; other processes (workers) use them after a restart.',
  );
  // Only what changed: the rest keeps what is saved, in the file or the default.
  expect(sentValues(calls[0]!.body)).toEqual({ smtpHost: null, smtpPort: '2525', secure: 'true' });
  const change = screen.getByRole('listitem');
  // The date in the reader's time zone, as their language writes it.
  expect(change.textContent).toMatch(/^Changed smtpPort and secure by admin on .*2026.*\d\d:\d\d$/);
  expect(change.querySelector('time')?.dateTime).toBe('2026-12-07T14:02:00.000Z');
  expect(screen.getByLabelText<HTMLInputElement>('Smtp port').value).toBe('2525');
});

it('keeps what was typed when the save is refused, each problem at its field, the first focused', async () => {
  const calls = fakeApi({
    [ROUTE]: () => ({
      status: 422,
      body: {
        detail: 'invalid settings: Too small: expected number to be >=1',
        errors: [
          { pointer: '/values/smtpPort', message: 'Too small: expected number to be >=1' },
          { pointer: '/values/', message: 'the settings do not fit together' },
        ],
      },
    }),
  });
  renderWithIntl(<PluginSettingsForm initial={VIEW} />);
  const port = screen.getByLabelText<HTMLInputElement>('Smtp port');
  fireEvent.change(port, { target: { value: '-3' } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'new-secret' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
  await waitFor(() => expect(document.activeElement).toBe(port));
  expect(calls).toHaveLength(1);
  expect(port.value).toBe('-3');
  expect(screen.getByLabelText<HTMLInputElement>('Password').value).toBe('new-secret');
  const atField = screen.getByText('Too small: expected number to be >=1');
  expect(port.getAttribute('aria-describedby')).toContain(atField.id);
  const summary = screen.getByRole('alert');
  expect(summary.textContent).toContain('2 settings need correcting; nothing was saved:');
  expect(summary.textContent).toContain('Smtp port: Too small: expected number to be >=1');
  expect(summary.textContent).toContain('the settings do not fit together');
});

it('says at the field that JSON does not parse, and sends nothing', async () => {
  const calls = fakeApi({});
  renderWithIntl(<PluginSettingsForm initial={VIEW} />);
  const recipients = screen.getByLabelText('Recipients');
  fireEvent.change(recipients, { target: { value: '["a@example.org"' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
  await waitFor(() => expect(document.activeElement).toBe(recipients));
  expect(recipients.getAttribute('aria-invalid')).toBe('true');
  expect(screen.getByRole('alert').textContent).toMatch(/Recipients: Not valid JSON: /);
  expect(calls).toEqual([]);
});

it('says so when the plugin has no settings the form can show', () => {
  renderWithIntl(
    <PluginSettingsForm initial={{ ...VIEW, schema: null, values: {}, secrets: [], locked: [] }} />,
  );
  expect(screen.getByText('This plugin has no settings that can be changed here.')).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
});
