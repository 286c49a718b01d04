// The Avro schema of each event type the worker consumes, pinned to the type: event_data carries
// no schema id, so the producer's schema is the one shipped here for that `type`. The .avsc files in
// schemas/ are openedx-events 11.2.0's (commit 741277f, Apache-2.0), named after the event type.
import { readdirSync, readFileSync } from 'node:fs';
import avro from 'avsc';

const folder = new URL('./schemas/', import.meta.url);

/** The event types with a schema here: a type is only ever looked up among these file names. */
const shipped = new Set(
  readdirSync(folder)
    .filter((name) => name.endsWith('.avsc'))
    .map((name) => name.slice(0, -'.avsc'.length)),
);

const compiled = new Map<string, avro.Type>();

/** The Avro type that decodes this event type's event_data; undefined when none is shipped. */
export function avroTypeOf(eventType: string): avro.Type | undefined {
  if (!shipped.has(eventType)) return undefined;
  let type = compiled.get(eventType);
  if (!type) {
    const schema = JSON.parse(readFileSync(new URL(`${eventType}.avsc`, folder), 'utf8')) as avro.Schema;
    type = avro.Type.forSchema(schema);
    compiled.set(eventType, type);
  }
  return type;
}
