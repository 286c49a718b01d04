// `learning-paths start` as a real process on a fresh SQLite file: it prints its address, answers
// on it, and stops cleanly on SIGTERM; with --demo it seeds demonstration data first.
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

  it('with --demo seeds an empty database, prints the sign-in names, and the seeded API answers', async () => {
    const database = join(folder, 'demo.sqlite');
    const start = () =>
      spawn('node', [BIN, 'start', '--demo', '--port', '0', '--database', database], {
        cwd: REPO_ROOT,
        env: { ...process.env, LOG_LEVEL: 'warn', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    // Resolves with the address and everything printed up to the last sign-in line.
    type Server = ReturnType<typeof start>;
    const started = (child: Server) =>
      new Promise<{ address: string; output: string }>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening on (http:\/\/\S+) /.exec(output);
          if (match && /learner200 +200 learners\n/.test(output)) resolve({ address: match[1]!, output });
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
      });
    const stop = async (child: Server) => {
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    };

    const first = start();
    const { address, output } = await started(first);
    expect(output).toMatch(
      /Demo data seeded in [\d.]+ s: 2 organisations \(DemoU, OpenTech\), 30 courses, 4 published paths, 200 learners/,
    );
    expect(output).toContain('all with the password demo-password');
    for (const name of ['admin', 'author', 'instructor', 'learner001 … learner200'])
      expect(output).toMatch(new RegExp(`^  ${name} `, 'm'));

    const signIn = await fetch(`${address}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'instructor', password: 'demo-password' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const paths = (await (await fetch(`${address}/api/v1/paths`, { headers: { cookie } })).json()) as {
      items: { key: string }[];
    };
    expect(paths.items.map((path) => path.key)).toContain('path-v1:DemoU+DS+2026+spring');
    expect(paths.items).toHaveLength(4);
    const dataScience = encodeURIComponent('path-v1:DemoU+DS+2026+spring');
    const summary = await fetch(`${address}/api/v1/paths/${dataScience}/progress-summary`, {
      headers: { cookie },
    });
    expect(summary.status).toBe(200);
    await stop(first);

    // A second start finds the demo there and seeds nothing, but still says who can sign in.
    const second = start();
    const again = await started(second);
    expect(again.output).toContain('Demo data not seeded: the demonstration data is there already.');
    await stop(second);
  });
});
