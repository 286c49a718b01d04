// A Redis Streams entry in the event-bus-redis wire format: text metadata fields (type, id, time…)
// and event_data, the schemaless Avro bytes. Every field arrives as bytes.

export interface StreamEntry {
  readonly stream: string;
  /** The id Redis gave the entry (`1700000000000-0`), which XACK takes. */
  readonly entryId: string;
  readonly fields: ReadonlyMap<string, Buffer>;
}

/** An entry handed to this worker, and how many times the group has handed it out so far. */
export interface Delivery {
  readonly entry: StreamEntry;
  readonly deliveries: number;
}

/** An entry as XREADGROUP and XAUTOCLAIM answer it: [id, [name, value, name, value…]]. */
export function toStreamEntry(stream: string, raw: unknown): StreamEntry {
  const [entryId, flat] = raw as [Buffer, Buffer[] | null];
  const fields = new Map<string, Buffer>();
  // A pair list is null for an entry deleted while it was pending.
  for (let index = 0; index + 1 < (flat?.length ?? 0); index += 2)
    fields.set(flat![index]!.toString('utf8'), flat![index + 1]!);
  return { stream, entryId: entryId.toString('utf8'), fields };
}

/** The text of a metadata field; undefined when the entry lacks it. */
export function textField(entry: StreamEntry, name: string): string | undefined {
  return entry.fields.get(name)?.toString('utf8');
}

/** Every field as text for a person to read (a dead letter): event_data in base64. */
export function printableFields(entry: StreamEntry): Record<string, string> {
  return Object.fromEntries(
    [...entry.fields].map(([name, value]) => [
      name,
      name === 'event_data' ? value.toString('base64') : value.toString('utf8'),
    ]),
  );
}
