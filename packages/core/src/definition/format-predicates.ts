// What core's string formats say when a value does not match them, a predicate such as "must be an
// ISO 8601 time …" that issue-messages.ts puts after the field's name. Zod keeps nothing of a format's
// error but its text, so the message of the whole sentence is found here by that text.
import { wording, type Message, type Wording } from '../registry/wording.ts';

/** An ISO 8601 time with a time zone, like `example`. */
function timeFormat(example: string): Wording {
  return wording(`must be an ISO 8601 time with a time zone, like ${example}`, 'lp.problem.timeFormat', {
    example,
  });
}

export const FORMAT_PREDICATES = {
  id: wording('must be 1 to 64 characters, each a letter, digit, _ or -', 'lp.problem.idFormat', {}),
  /** In a definition: release dates are days. */
  definitionTime: timeFormat('2026-05-01T00:00:00Z'),
  /** In facts: `now` is a moment. */
  factsTime: timeFormat('2026-05-10T12:00:00Z'),
} as const;

const BY_TEXT = new Map(Object.values(FORMAT_PREDICATES).map((words) => [words.text, words.message!]));

/** The message of `{field} <predicate>` for one of core's predicates; its values lack `field`. */
export function predicateMessage(predicate: string): Message | undefined {
  return BY_TEXT.get(predicate);
}
