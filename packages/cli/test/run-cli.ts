// Runs the real `learning-paths` binary as a child process from the repository root and collects its result.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root: the working directory of every run, as for a user typing `npx learning-paths`. */
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export const BIN = 'packages/cli/bin/learning-paths-dev.js';

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Colour off (NO_COLOR=1, and no FORCE_COLOR inherited from the test runner), so output is plain text. */
function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extra };
  delete env.FORCE_COLOR;
  return env;
}

/** Runs `command args...` in the repository root and resolves with its exit code and output. */
export function runCommand(
  command: string,
  args: readonly string[],
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: REPO_ROOT,
      env: cliEnv(extraEnv),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}

/** `node packages/cli/bin/learning-paths-dev.js ...args` (the sources, no build) from the repository root. */
export function runCli(...args: string[]): Promise<CliResult> {
  return runCommand(process.execPath, [BIN, ...args]);
}
