// Builds objects with a fixed set of keys quickly. An object that gets 250 keys one by one falls
// into V8's slow dictionary mode, and building it costs about ten times more than a generated
// constructor that assigns the same keys in a fixed order (measured with bench:engine).

/** Makes a `{ [keys[i]]: values[i] }` object; `values` is read, not kept. */
export type RecordFactory<T> = (values: readonly T[]) => Record<string, T>;

export function createRecordFactory<T>(keys: readonly string[]): RecordFactory<T> {
  const body = keys.map((key, index) => `this[${JSON.stringify(key)}] = values[${index}];`).join('\n');
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- keys are JSON-quoted ids; see the header.
    const Record = new Function('values', body) as unknown as new (values: readonly T[]) => Record<string, T>;
    // Plain objects to every consumer, as if written `{}`.
    Record.prototype = Object.prototype;
    return (values) => new Record(values);
  } catch {
    // Where code generation is forbidden (a browser page with a strict Content-Security-Policy).
    return (values) => {
      const record: Record<string, T> = {};
      for (let i = 0; i < keys.length; i++) record[keys[i]!] = values[i]!;
      return record;
    };
  }
}
