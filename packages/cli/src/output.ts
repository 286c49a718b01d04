// Where commands write: stdout and stderr, and the styling the terminal accepts.
import { styleFor, type Style } from './terminal.ts';

export interface Output {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly style: Style;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  style: styleFor(process.stdout),
};
