// Minimal terminal styling: colours only for a terminal that wants them (NO_COLOR, FORCE_COLOR).

export interface Style {
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly red: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

export function styleFor(stream: NodeJS.WriteStream): Style {
  const enabled = process.env.FORCE_COLOR
    ? process.env.FORCE_COLOR !== '0'
    : stream.isTTY === true && !process.env.NO_COLOR;
  if (!enabled) return { green: plain, yellow: plain, red: plain, dim: plain, bold: plain };
  return {
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    red: wrap(31, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
  };
}
