// Turns a stream entry into the event message the use cases take (services/events/): the metadata
// fields read, event_data decoded with the schema of its `type`, the handler of that type applied.
// A message that cannot be read this way never will be: it is poison, dead-lettered at once rather
// than retried.
import { handlerOf } from '../services/events/event-handlers.ts';
import type { EventMessage } from '../services/events/event-message.ts';
import { avroTypeOf } from './avro-schemas.ts';
import { textField, type StreamEntry } from './stream-entry.ts';

export class PoisonMessage extends Error {
  override readonly name = 'PoisonMessage';
}

export interface DecodedMessage extends EventMessage {
  readonly type: string;
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
    return { type, id, time: at.toISOString(), event: handler(record) };
  } catch (error) {
    throw new PoisonMessage(`cannot decode the ${type} event_data: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
