import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../../test/event-bus.ts';
import { avroTypeOf } from './avro-schemas.ts';
import { HANDLED_TYPES } from '../services/events/event-handlers.ts';

describe('the Avro schemas pinned to event types', () => {
  it('ships a schema for every handled type', () => {
    for (const type of HANDLED_TYPES) expect(avroTypeOf(type), type).toBeDefined();
  });

  it("round-trips every fixture message: Open edX's bytes decode to the record, which encodes to them", () => {
    expect(FIXTURE).toHaveLength(53);
    for (const { fields, decoded } of FIXTURE) {
      const type = avroTypeOf(fields.type!)!;
      const bytes = Buffer.from(fields.event_data!, 'base64');
      expect(type.fromBuffer(bytes)).toEqual(decoded);
      expect(type.toBuffer(decoded).equals(bytes)).toBe(true);
    }
  });

  it('has no schema for a type it does not ship, nor for a file path', () => {
    expect(avroTypeOf('org.openedx.learning.certificate.changed.v1')).toBeUndefined();
    expect(avroTypeOf('../worker/schemas/org.openedx.learning.certificate.created.v1')).toBeUndefined();
  });
});
