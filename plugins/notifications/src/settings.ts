// The plugin's settings (LP_PLUGIN_ORG_LEARNINGPATHS_NOTIFICATIONS_<NAME> or LP_PLUGINS_CONFIG):
// the SMTP server, the sender, where Learn is, the default language and the digest's hour.
import { z } from 'zod';
import { LANGUAGES } from './templates/index.ts';

/** A boolean from the settings file (true) or the environment ('true', '1', 'yes', …). */
const flag = (fallback: boolean) => z.union([z.boolean(), z.stringbool()]).default(fallback);

export const notificationSettings = z.object({
  smtpHost: z.string().min(1).default('localhost'),
  smtpPort: z.coerce.number().int().min(1).max(65_535).default(587),
  /** TLS from the first byte (port 465); otherwise STARTTLS is used when the server offers it. */
  smtpSecure: flag(false),
  smtpUser: z.string().default(''),
  smtpPassword: z.string().default(''),
  from: z.string().min(3).max(320).default('Learning Paths <no-reply@example.org>'),
  /** Learn's public address, for the links in emails: `{learnUrl}/paths/{key}`. */
  learnUrl: z.url({ protocol: /^https?$/ }).default('http://localhost:3000/learn'),
  defaultLanguage: z.enum(LANGUAGES).default('en'),
  digestHourUtc: z.coerce.number().int().min(0).max(23).default(7),
  enabled: flag(true),
  /** Development and demos: each email written as a .eml file into this folder instead of sent. */
  mailFolder: z
    .string()
    .max(1000)
    .default('')
    .describe('Write emails as .eml files into this folder instead of sending them (development, demos)'),
});

export type NotificationSettings = z.infer<typeof notificationSettings>;

/** Never shown, not even to administrators. */
export const SECRET_SETTINGS = ['smtpPassword'];
