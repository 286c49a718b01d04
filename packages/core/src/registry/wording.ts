// Words for learners that a UI can translate: beside the English `text` the engine writes goes a
// message, an id and its values, that a UI renders in the learner's language (ids and values are
// listed in docs/path-format.md). Rules may give plain strings: they have text and no message.

/** A name, an ISO 8601 time or a count. */
export type PlainValue = string | number;

/** A message whose values are all plain, so that it can be an item of another message's list. */
export interface PlainMessage {
  readonly id: string;
  readonly values: Readonly<Record<string, PlainValue>>;
}

/**
 * A plain value, or a list of names or plain messages: lists and dates are formatted by the UI,
 * so that they follow the learner's language too. One level only: the API schema is not recursive.
 */
export type MessageValue = PlainValue | (string | PlainMessage)[];

/** A translatable sentence: an id such as `lp.lock.after` and the values that fill it. */
export interface Message {
  readonly id: string;
  readonly values: Readonly<Record<string, MessageValue>>;
}

/** Words for a learner: the English text, and its message when it has one. */
export interface Wording<M extends Message = Message> {
  readonly text: string;
  readonly message?: M;
}

/** What a rule says: a message with its English text, or (a plugin's) plain string. */
export type RuleWords<M extends Message = Message> = string | Wording<M>;

/** Words with a message; the message's type follows its values (plain values make a plain message). */
export function wording<Values extends Message['values']>(
  text: string,
  id: string,
  values: Values,
): Wording<{ readonly id: string; readonly values: Values }> {
  return { text, message: { id, values } };
}

/** A rule's words as the engine passes them on: a plain string becomes text without a message. */
export function toWording<M extends Message>(words: RuleWords<M>): Wording<M> {
  return typeof words === 'string' ? { text: words } : words;
}

/** Several plain words as one: `text` says them all, message `id` lists each one's message (or text) under `name`. */
export function listedWording(
  text: string,
  id: string,
  name: string,
  parts: readonly Wording<PlainMessage>[],
): Wording {
  return wording(text, id, { [name]: parts.map((part) => part.message ?? part.text) });
}
