// Renders the words the server and the engine send ({ text, message }) in the reader's language:
// the message from its translation or English default (server-messages.ts, problem-messages.ts),
// its values formatted here, lists and dates included; the English text when there is no message
// or its id is unknown (a plugin rule's plain string, a server newer than this page).
import type { IntlShape } from 'react-intl';
import type { Message, MessageValue, PlainMessage, Problem, Wording } from '@learning-paths/core';
import { problemMessages } from './problem-messages.ts';
import { serverMessages, valueMessages } from './server-messages.ts';
import { formatUtcTime } from './utc-dates.ts';

const MESSAGES = { ...serverMessages, ...problemMessages };

/**
 * How a value is formatted, by its name (a name means the same in every message): `date` is an
 * ISO 8601 time; `titles` are joined with "and"; `clauses` are sentences joined with "and", each
 * after the first starting in lower case; `alternatives` are joined with "or"; other lists are
 * joined with commas.
 */
type ValueFormat = 'date' | 'and' | 'clauses' | 'or' | 'commas';
const FORMATS: ReadonlyMap<string, ValueFormat> = new Map([
  ['date', 'date'],
  ['titles', 'and'],
  ['clauses', 'clauses'],
  ['alternatives', 'or'],
]);

export function formatWords(intl: IntlShape, words: Wording): string {
  return (words.message && render(intl, words.message)) ?? words.text;
}

/** A validation problem's sentence (core's, or the server's in a 422 answer) in the reader's language. */
export function formatProblem(intl: IntlShape, problem: Problem): string {
  return formatWords(intl, { text: problem.message, message: problem.translatable });
}

/** The message in words; undefined when its id, or that of a message in its values, is unknown. */
function render(intl: IntlShape, message: Message | PlainMessage): string | undefined {
  if (!Object.hasOwn(MESSAGES, message.id)) return undefined;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values)) {
    const formatted = formatValue(intl, FORMATS.get(name) ?? 'commas', value);
    if (formatted === undefined) return undefined;
    values[name] = formatted;
  }
  return intl.formatMessage(MESSAGES[message.id]!, values);
}

function formatValue(intl: IntlShape, format: ValueFormat, value: MessageValue): string | number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return format === 'date' ? formatUtcTime(intl, value) : value;
  const items: string[] = [];
  for (const item of value) {
    const words = typeof item === 'string' ? item : render(intl, item);
    if (words === undefined) return undefined;
    items.push(words);
  }
  if (format === 'and') return intl.formatList(items, { type: 'conjunction' });
  if (format === 'or') return intl.formatList(items, { type: 'disjunction' });
  if (format === 'clauses') return joinClauses(intl, items);
  return intl.formatList(items, { type: 'unit' });
}

/** "Complete 80% of Excel (now 50%) and pass Excel": a sentence of sentences, as the engine joins them. */
function joinClauses(intl: IntlShape, clauses: readonly string[]): string {
  let text = clauses[0] ?? '';
  for (const clause of clauses.slice(1)) {
    const lowered = clause.charAt(0).toLocaleLowerCase(intl.locale) + clause.slice(1);
    text = intl.formatMessage(valueMessages.clause, { clauses: text, clause: lowered });
  }
  return text;
}
