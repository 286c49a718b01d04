// Finds where and why a JSON text is malformed, in words and as line and column. V8's own
// messages vary between versions and may quote many lines of the input, so we scan ourselves.

export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly problem: string;
}

type Frame =
  | { kind: 'object'; state: 'keyOrEnd' | 'key' | 'colon' | 'value' | 'commaOrEnd' }
  | { kind: 'array'; state: 'valueOrEnd' | 'value' | 'commaOrEnd' };

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// JSON forbids raw control characters inside strings, hence the range in the class.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** The first syntax error in `text`, or null when it is well-formed JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: Frame[] = [];
  let i = 0;
  let done = false;
  const fail = (problem: string): JsonSyntaxError => ({ ...lineAndColumn(text, i), problem });
  const describe = () =>
    i >= text.length
      ? 'the end of the file'
      : text[i] === '"'
        ? 'a malformed string (unclosed, or with a raw line break or bad escape)'
        : `"${text[i]}"`;

  /** Consumes one scalar or opens a container; false when nothing valid starts here. */
  const startValue = (): boolean => {
    const char = text[i];
    if (char === '{') return (stack.push({ kind: 'object', state: 'keyOrEnd' }), i++, true);
    if (char === '[') return (stack.push({ kind: 'array', state: 'valueOrEnd' }), i++, true);
    for (const pattern of [STRING, NUMBER]) {
      pattern.lastIndex = i;
      if (pattern.test(text)) return ((i = pattern.lastIndex), valueEnded(), true);
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) return ((i += word.length), valueEnded(), true);
    }
    return false;
  };
  const valueEnded = () => {
    const top = stack[stack.length - 1];
    if (top) top.state = 'commaOrEnd';
    else done = true;
  };

  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
    const top = stack[stack.length - 1];
    const char = text[i];
    if (done) return i >= text.length ? null : fail(`unexpected ${describe()} after the end of the document`);
    if (!top) {
      if (!startValue()) return fail(`expected a value, found ${describe()}`);
      continue;
    }
    const closer = top.kind === 'object' ? '}' : ']';
    if (top.state === 'commaOrEnd') {
      if (char === ',') {
        top.state = top.kind === 'object' ? 'key' : 'value';
        i++;
      } else if (char === closer) {
        stack.pop();
        i++;
        valueEnded();
      } else return fail(`expected "," or "${closer}", found ${describe()}`);
    } else if (top.kind === 'object' && (top.state === 'keyOrEnd' || top.state === 'key')) {
      if (char === '}' && top.state === 'keyOrEnd') {
        stack.pop();
        i++;
        valueEnded();
        continue;
      }
      STRING.lastIndex = i;
      if (!STRING.test(text)) return fail(`expected a property name in double quotes, found ${describe()}`);
      i = STRING.lastIndex;
      top.state = 'colon';
    } else if (top.kind === 'object' && top.state === 'colon') {
      if (char !== ':') return fail(`expected ":", found ${describe()}`);
      top.state = 'value';
      i++;
    } else {
      if (char === ']' && top.state === 'valueOrEnd') {
        stack.pop();
        i++;
        valueEnded();
        continue;
      }
      if (!startValue()) return fail(`expected a value, found ${describe()}`);
    }
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}
