// `learning-paths start` as a real process on a fresh SQLite file: it prints its address, answers
// on it, and stops cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO_ROOT } from './run-cli.ts';

const folder = mkdtempSync(join(tmpdir(), 'lp-start-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('learning-paths start', () => {
  it('serves /healthz and the OpenAPI document, then stops on SIGTERM', async () => {
    const child = spawn('node', [BIN, 'start', '--port', '0', '--database', join(folder, 'db.sqlite')], {
      cwd: REPO_ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const address = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/\S+) /.exec(output);
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
    });
    const health = await fetch(`${address}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const openapi = (await (await fetch(`${address}/api/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(openapi.paths)).toContain('/api/v1/paths');
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
