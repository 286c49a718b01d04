// The languages the emails speak, and which one a learner gets: their saved choice, else the
// service's default, else English.
import { en } from './en.ts';
import { fr } from './fr.ts';
import type { Messages } from './messages.ts';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

const MESSAGES: Readonly<Record<Language, Messages>> = { en, fr };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function languageOf(saved: string | null, defaultLanguage: string): Language {
  if (isLanguage(saved)) return saved;
  return isLanguage(defaultLanguage) ? defaultLanguage : 'en';
}

export function messagesIn(language: Language): Messages {
  return MESSAGES[language];
}
