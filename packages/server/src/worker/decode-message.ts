// Turns a stream entry into the learner event it carries: the metadata fields read, event_data
// decoded with the schema of its `type`, the handler of that type applied. A message that cannot be
// read this way never will be: it is poison, dead-lettered at once rather than retried.
import { avroTypeOf } from './avro-schemas.ts';
import { handlerOf, type LearnerEvent } from './event-handlers.ts';
import { textField, type StreamEntry } from './stream-entry.ts';

export class PoisonMessage extends Error {
  override readonly name = 'PoisonMessage';
}

export interface DecodedMessage {
  readonly entry: StreamEntry;
  readonly type: string;
  /** The event's id: the fact's idempotency id, the same on every redelivery. */
  readonly id: string;
  /** When it happened, ISO 8601 UTC: the fact's time, so that an older event never wins. */
  readonly time: string;
  readonly event: LearnerEvent;
}

export function decodeMessage(entry: StreamEntry): DecodedMessage {
  const type = textField(entry, 'type');
  const id = textField(entry, 'id');
  const time = textField(entry, 'time');
  const data = entry.fields.get('event_data');
  if (!type || !id || !time || !data)
    throw new PoisonMessage('not an openedx event: it needs the fields type, id, time and event_data');
  const handler = handlerOf(type);
  const schema = avroTypeOf(type);
  if (!handler || !schema) throw new PoisonMessage(`no handler for the event type ${type}`);
  const at = new Date(time);
  if (Number.isNaN(at.getTime())) throw new PoisonMessage(`the time ${JSON.stringify(time)} is not a date`);
  try {
    const record: unknown = schema.fromBuffer(data);
    return { entry, type, id, time: at.toISOString(), event: handler(record) };
  } catch (error) {
    throw new PoisonMessage(`cannot decode the ${type} event_data: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
