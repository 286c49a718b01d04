// Starts the real `learning-paths start` as a child process and waits for the address it prints;
// `stop` sends SIGTERM and resolves with the exit code.
import { spawn } from 'node:child_process';
import { BIN, REPO_ROOT } from './run-cli.ts';

export interface ServerProcess {
  readonly address: string;
  /** Everything printed on stdout until the address appeared (or `until` matched). */
  readonly output: string;
  stop(): Promise<number | null>;
}

export function startServer(
  args: readonly string[],
  until = /listening on (http:\/\/\S+) /,
  env: NodeJS.ProcessEnv = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [BIN, 'start', '--port', '0', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const address = /listening on (http:\/\/\S+) /.exec(output)?.[1];
      if (address && until.test(output))
        resolve({
          address,
          output,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
    });
    void exited.then((code) => reject(new Error(`the server exited with ${code}: ${output}${errors}`)));
  });
}
