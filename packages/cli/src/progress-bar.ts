// A progress bar on stderr: redrawn in place on a terminal, a line every tenth otherwise (logs
// and CI), so long commands show they are moving without flooding a file.
import type { Output } from './output.ts';

const WIDTH = 30;

export function progressBar(total: number, output: Output, interactive = Boolean(process.stderr.isTTY)) {
  let lastTenth = -1;
  const line = (done: number) => {
    const fraction = total === 0 ? 1 : done / total;
    const filled = Math.round(fraction * WIDTH);
    return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.floor(fraction * 100)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')} rows`;
  };
  return {
    update(done: number) {
      if (interactive) {
        output.err(`\r${line(done)}`);
        return;
      }
      const tenth = Math.floor((done / total) * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      output.err(`${line(done)}\n`);
    },
    done() {
      if (interactive) output.err('\n');
    },
  };
}
