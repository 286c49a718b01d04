// docs/plugin-tutorial.md, run: its files copied out of the page into an empty folder, the plugin
// loaded by configuration into the real service (no rebuild of anything), and each of its steps'
// results checked over HTTP and in Learn, in Chromium.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startService, type RunningService } from '../plugins/test/plugin-service.ts';
import { browserAvailable, launchBrowser, seriousViolations, signIn } from '../packages/web/test/browser.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGE = readFileSync(join(ROOT, 'docs/plugin-tutorial.md'), 'utf8');
// Inside the repository, so that the plugin finds @learning-paths/plugin-api and zod as it would
// next to an installed service.
const FOLDER = join(ROOT, 'test-artifacts/plugin-tutorial');
const PATH_KEY = 'path-v1:DemoU+DS+2026+spring';

/** The page's code blocks titled `title="<name>"`, by name. */
function blocks(): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of PAGE.matchAll(/```\w+ title="([^"]+)"\n([\s\S]*?)\n```/g))
    found.set(match[1]!, match[2]!);
  return found;
}

describe('the plugin tutorial', () => {
  const files = blocks();
  const expected = (name: string) => JSON.parse(files.get(`expect/${name}`)!) as object;
  let service: RunningService;
  beforeAll(async () => {
    rmSync(FOLDER, { recursive: true, force: true });
    for (const [name, text] of files)
      if (name.startsWith('journal/')) {
        mkdirSync(dirname(join(FOLDER, name)), { recursive: true });
        writeFileSync(join(FOLDER, name), `${text}\n`);
      }
    service = await startService({
      plugins: [join(FOLDER, 'journal')],
      demo: true,
      users: {
        boss: { role: 'admin' },
        jo: { role: 'learner', password: 'tutorial-password' },
        kai: { role: 'learner' },
      },
    });
    const enrolled = await service.call('boss', 'POST', `/api/v1/paths/${PATH_KEY}/enrollments`, {
      learners: ['jo'],
    });
    expect(enrolled.status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await service?.stop();
  });
  const entries = `/api/v1/plugins/org.example.journal/paths/${encodeURIComponent(PATH_KEY)}/entries`;

  it('holds the three files of the plugin and the answers it promises', () => {
    expect([...files.keys()].sort()).toEqual([
      'expect/entries.json',
      'expect/plugins.json',
      'journal/browser.js',
      'journal/index.js',
      'journal/package.json',
    ]);
  });

  it('is listed once loaded', async () => {
    const listed = await service.call('kai', 'GET', '/api/v1/plugins');
    expect(listed.body.plugins).toEqual([expected('plugins.json')]);
  });

  it('keeps a learner’s entries, within its setting’s limit, and hides the path from others', async () => {
    const { text } = (expected('entries.json') as { entries: { text: string }[] }).entries[0]!;
    expect((await service.call('jo', 'POST', entries, { text })).status).toBe(201);
    const read = await service.call('jo', 'GET', entries);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject(expected('entries.json'));
    const tooLong = await service.call('jo', 'POST', entries, { text: 'x'.repeat(501) });
    expect([tooLong.status, tooLong.body.detail]).toEqual([422, 'an entry has 1 to 500 characters']);
    expect((await service.call('kai', 'GET', entries)).status).toBe(404);
  });

  it('follows the limit an administrator saves in Studio', async () => {
    const saved = await service.call('boss', 'PUT', '/api/v1/plugin-settings/org.example.journal', {
      values: { maxLength: '20' },
    });
    expect(saved.status).toBe(200);
    const tooLong = await service.call('jo', 'POST', entries, { text: 'x'.repeat(21) });
    expect(tooLong.body.detail).toBe('an entry has 1 to 20 characters');
  });

  describe.runIf(browserAvailable())('in Learn', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('shows the Journal section on the path page, where the learner writes an entry', async () => {
      const page = await browser.newPage();
      await signIn(page, service.address, 'learn', 'jo', 'tutorial-password');
      await page.getByLabel('Password').waitFor({ state: 'detached' });
      await page.goto(`${service.address}/learn/paths/${encodeURIComponent(PATH_KEY)}`);
      const journal = page.getByRole('region', { name: 'Journal' });
      await journal.getByText('Week 1: the first course is harder than it looks.').waitFor();
      await journal.getByLabel('New entry').fill('Week 2: better.');
      await journal.getByRole('button', { name: 'Save entry' }).click();
      await journal.getByText('Week 2: better.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
});
