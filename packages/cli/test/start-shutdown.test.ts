// `learning-paths start` stopping on SIGTERM while it is still sending a large answer: it takes no
// new connection, sends the whole answer, then exits 0.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyBytes, connectionsRefused, pausedEnrollmentAnswer } from '../../server/test/paused-answer.ts';
import { runCli } from './run-cli.ts';
import { startServer, type ServerProcess } from './server-process.ts';

const folder = mkdtempSync(join(tmpdir(), 'lp-shutdown-'));
const database = join(folder, 'db.sqlite');
let token: string;
let server: ServerProcess | undefined;

beforeAll(async () => {
  for (const args of [
    ['path', 'import', 'examples/data-science/path.json', '--publish'],
    ['user', 'create', 'admin', '--role', 'admin'],
  ])
    expect((await runCli(...args, '--database', database)).code).toBe(0);
  token = (await runCli('token', 'create', 'admin', '--database', database)).stdout.trim();
}, 60_000);
afterAll(async () => {
  // Stopped here too when the test failed before stopping it.
  await server?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('learning-paths start on SIGTERM', () => {
  it('refuses new connections, sends the whole answer in flight, then exits 0', async () => {
    server = await startServer(['--database', database]);
    const response = await pausedEnrollmentAnswer(server.address, `Bearer ${token}`);
    expect(response.statusCode).toBe(200);
    const exited = server.stop();
    await connectionsRefused(server.address);
    const body = await bodyBytes(response);
    expect(body.length).toBe(Number(response.headers['content-length']));
    expect(JSON.parse(body.toString())).toMatchObject({ results: { length: 20_000 } });
    expect(await exited).toBe(0);
  }, 60_000);
});
