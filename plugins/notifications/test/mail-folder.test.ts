// Emails written into a folder instead of sent (mailFolder: development and demos): one .eml file
// per email, a complete message a mail client opens.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, expect, it } from 'vitest';
import { sendEmail } from '../src/mailer.ts';
import { notificationSettings } from '../src/settings.ts';

const folder = mkdtempSync(join(tmpdir(), 'lp-mail-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it('writes each email into the folder as a .eml file, sending nothing', async () => {
  // An SMTP port nothing listens on: a send would fail.
  const settings = notificationSettings.parse({ mailFolder: join(folder, 'outbox'), smtpPort: '9' });
  await sendEmail(settings, {
    to: 'ada@example.org',
    subject: 'You are enrolled',
    text: 'Welcome',
    html: '<p>Welcome</p>',
    unsubscribeUrl: 'http://localhost:3000/unsubscribe?token=t',
  });
  const files = readdirSync(join(folder, 'outbox'));
  expect(files).toEqual([expect.stringMatching(/\.eml$/)]);
  const raw = readFileSync(join(folder, 'outbox', files[0]!));
  const message = await simpleParser(raw);
  expect([
    message.subject,
    message.text?.trim(),
    message.to && 'text' in message.to && message.to.text,
  ]).toEqual(['You are enrolled', 'Welcome', 'ada@example.org']);
  expect(raw.toString()).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
});
