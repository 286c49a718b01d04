// Sends one email through the SMTP server the settings name, as they are at that moment (an
// administrator may change them while the service runs), or writes it into `mailFolder` as a .eml
// file when that is set (development, demos). Timeouts stay under the 30 s an event handler has, so
// a server that does not answer fails the delivery, which is tried again later.
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Email } from './render-email.ts';
import type { NotificationSettings } from './settings.ts';

export interface OutgoingEmail extends Email {
  readonly to: string;
  /** Adds List-Unsubscribe with RFC 8058 one-click unsubscription. */
  readonly unsubscribeUrl?: string;
}

function smtpTransport(settings: NotificationSettings) {
  return nodemailer.createTransport({
    host: settings.smtpHost,
    port: settings.smtpPort,
    secure: settings.smtpSecure,
    ...(settings.smtpUser === '' ? {} : { auth: { user: settings.smtpUser, pass: settings.smtpPassword } }),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 15_000,
  });
}

export async function sendEmail(settings: NotificationSettings, email: OutgoingEmail): Promise<void> {
  const toFolder = settings.mailFolder !== '';
  const transport = toFolder
    ? nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
    : smtpTransport(settings);
  try {
    const sent = await transport.sendMail({
      from: settings.from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      ...(email.unsubscribeUrl
        ? {
            headers: {
              'List-Unsubscribe': `<${email.unsubscribeUrl}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            },
          }
        : {}),
    });
    if (toFolder) {
      await mkdir(settings.mailFolder, { recursive: true });
      const file = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`;
      await writeFile(join(settings.mailFolder, file), sent.message as Buffer);
    }
  } finally {
    transport.close();
  }
}
