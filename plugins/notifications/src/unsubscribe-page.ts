// The small page an unsubscribe link opens, in the learner's language: a button that posts the
// same link (a GET never unsubscribes: mail scanners follow links), then the confirmation. Plain
// HTML with nothing but its own words and the escaped token: no style, no script.
import { escapeHtml } from '@learning-paths/core';
import type { Messages } from './templates/messages.ts';

function page(messages: Messages, content: string): string {
  const { title } = messages.unsubscribePage;
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(messages.tag)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title></head>`,
    `<body><main><h1>${escapeHtml(title)}</h1>${content}</main></body>`,
    '</html>',
  ].join('\n');
}

export function confirmationPage(messages: Messages, token: string): string {
  const { question, button } = messages.unsubscribePage;
  const action = `unsubscribe?token=${encodeURIComponent(token)}`;
  return page(
    messages,
    `<p>${escapeHtml(question)}</p><form method="post" action="${escapeHtml(action)}"><button type="submit">${escapeHtml(button)}</button></form>`,
  );
}

export function unsubscribedPage(messages: Messages, learnUrl: string): string {
  const { done, changeLater } = messages.unsubscribePage;
  return page(
    messages,
    `<p role="status">${escapeHtml(done)}</p><p>${escapeHtml(changeLater)}</p><p><a href="${escapeHtml(learnUrl)}">Learn</a></p>`,
  );
}
