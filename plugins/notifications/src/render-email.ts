// Builds an email's plain text and HTML from plain-text words: every value (titles, names, URLs)
// is HTML-escaped here, in one place, so nothing a user or an author typed becomes markup.
import { escapeHtml } from '@learning-paths/core';
import type { Messages } from './templates/messages.ts';

export interface Email {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export interface Link {
  readonly text: string;
  readonly url: string;
}

export interface EmailParts {
  readonly messages: Messages;
  readonly subject: string;
  readonly greeting: string;
  readonly paragraphs: readonly string[];
  /** A list of links (the digest's items). */
  readonly items?: readonly Link[];
  /** The one link the email leads to (the path in Learn). */
  readonly action?: Link;
  readonly footer: readonly string[];
  /** The one-click unsubscribe page; none for an invitation. */
  readonly unsubscribeUrl?: string;
}

function textOf(parts: EmailParts): string {
  const { messages, greeting, paragraphs, items = [], action, footer, unsubscribeUrl } = parts;
  const blocks = [
    greeting,
    ...paragraphs,
    ...(items.length > 0 ? [items.map((item) => `- ${item.text}\n  ${item.url}`).join('\n')] : []),
    ...(action ? [`${action.text}: ${action.url}`] : []),
  ];
  const footerLines = [
    ...footer,
    ...(unsubscribeUrl ? [`${messages.footer.unsubscribe}: ${unsubscribeUrl}`] : []),
  ];
  return `${blocks.join('\n\n')}\n\n-- \n${footerLines.join('\n')}\n`;
}

const anchor = ({ text, url }: Link) => `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
const paragraph = (html: string) => `<p>${html}</p>`;

function htmlOf(parts: EmailParts): string {
  const { messages, subject, greeting, paragraphs, items = [], action, footer, unsubscribeUrl } = parts;
  const body = [
    paragraph(escapeHtml(greeting)),
    ...paragraphs.map((text) => paragraph(escapeHtml(text))),
    ...(items.length > 0 ? [`<ul>${items.map((item) => `<li>${anchor(item)}</li>`).join('')}</ul>`] : []),
    ...(action ? [paragraph(anchor(action))] : []),
    '<hr>',
    ...footer.map((text) => paragraph(`<small>${escapeHtml(text)}</small>`)),
    ...(unsubscribeUrl
      ? [paragraph(`<small>${anchor({ text: messages.footer.unsubscribe, url: unsubscribeUrl })}</small>`)]
      : []),
  ];
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(messages.tag)}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body>${body.join('\n')}</body>`,
    '</html>',
  ].join('\n');
}

export function renderEmail(parts: EmailParts): Email {
  return { subject: parts.subject, text: textOf(parts), html: htmlOf(parts) };
}
