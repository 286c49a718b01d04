// Plugins' browser bundles in the built apps, in Chromium against the real server: the test plugin's
// components appear in a Learn slot, as a page of Learn linked from both apps' headers, and in
// Studio's tab and learner-row slots, imported at run time from /plugins/{id}/ui.js (the apps were
// built without them), working with the app's React (a hook keeps state). A bundle that throws
// leaves the page working, without its content, axe clean.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, screenshots, seriousViolations, signIn, useBrowserTests } from './browser.ts';

const NOW = new Date('2026-03-01T10:00:00Z');
const DS = 'path-v1:DemoU+DS+2026+spring';
const TITLE = 'Data Science Foundations';
/** The test plugins of the server's tests (packages/server/test/plugins/). */
const plugin = (name: string) => resolve(import.meta.dirname, '../../server/test/plugins', name);

/** The bundles a page imported, and what it said of plugins on the console. */
function watch(page: Page) {
  const bundles: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/plugins/')) bundles.push(pathname);
  });
  // Only what concerns plugins: the app's own 401 before sign-in is logged by the browser too.
  page.on('console', (message) => {
    if (message.type() === 'error' && /plugin/i.test(message.text())) errors.push(message.text());
  });
  return { bundles, errors };
}

async function openLearnerPath(page: Page, address: string) {
  await signIn(page, address, 'learn', 'learner018');
  await page.getByRole('heading', { name: 'My Learning', level: 1 }).waitFor();
  await page.goto(`${address}/learn/paths/${encodeURIComponent(DS)}`);
  await page.locator('#outline-title').waitFor();
}

describe.runIf(browserAvailable())(
  "a plugin's browser bundle in Learn and Studio",
  { timeout: 60_000 },
  () => {
    const env = useBrowserTests({ demo: true, now: NOW, plugins: [plugin('ui')] });

    it("shows the plugin's section on the learner's path page, with the app's React", async () => {
      const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const seen = watch(page);
      await openLearnerPath(page, env.server.address);
      const section = page.getByRole('region', { name: 'From a plugin' });
      await section.waitFor();
      expect(await section.textContent()).toContain(`Plugin section for ${DS}`);
      await section.getByRole('button', { name: 'Clicked 0 times' }).click();
      await section.getByRole('button', { name: 'Clicked 1 times' }).waitFor();
      expect(seen.bundles).toContain('/plugins/org.example.ui/ui.js');
      expect(seen.errors).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshots(page, 'plugin-learn-section');
    });

    it("serves the plugin's page in Learn, linked from the header without a reload, and on reload", async () => {
      const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const seen = watch(page);
      await signIn(page, env.server.address, 'learn', 'learner018');
      await page.getByRole('heading', { name: 'My Learning', level: 1 }).waitFor();
      // A mark the page keeps only if following the link does not load a new document.
      await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plugin page' }).click();
      await page.getByRole('heading', { name: 'Plugin page', level: 1 }).waitFor();
      expect(page.url()).toBe(`${env.server.address}/learn/plugin-page`);
      expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true);

      await page.reload();
      await page.getByRole('heading', { name: 'Plugin page', level: 1 }).waitFor();
      expect(await page.title()).toBe('Plugin page · My Learning');
      const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plugin page' });
      expect(await link.getAttribute('aria-current')).toBe('page');
      expect(seen.errors).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshots(page, 'plugin-learn-page');
    });

    it("adds the plugin's tab to the path editor and its action to each learner row", async () => {
      const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const seen = watch(page);
      await signIn(page, env.server.address, 'studio', 'author');
      await page.getByRole('link', { name: TITLE, exact: true }).click();
      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      expect(await page.getByRole('link', { name: 'Plugin page' }).getAttribute('href')).toBe(
        '/learn/plugin-page',
      );
      await page.getByRole('tab', { name: 'Plugin tab' }).click();
      const panel = page.getByRole('tabpanel');
      await panel.getByRole('heading', { name: 'Plugin tab' }).waitFor();
      expect(await panel.textContent()).toContain(`Editing ${TITLE}`);
      expect(await seriousViolations(page)).toEqual([]);

      await page.goto(`${env.server.address}/studio/paths/${encodeURIComponent(DS)}/learners`);
      await page.getByRole('table', { name: 'Enrolled learners, with their progress' }).waitFor();
      const actions = page.getByRole('button', { name: /^Note on / });
      await actions.first().waitFor();
      expect(await actions.count()).toBe(await page.getByRole('button', { name: /^Unenrol/ }).count());
      expect(seen.errors).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
    });
  },
);

describe.runIf(browserAvailable())('a browser bundle that throws', { timeout: 60_000 }, () => {
  const env = useBrowserTests({ demo: true, now: NOW, plugins: [plugin('ui-throws')] });

  it('leaves the page working without its content, and says which plugin failed', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const seen = watch(page);
    await openLearnerPath(page, env.server.address);
    expect(seen.bundles).toContain('/plugins/org.example.ui-throws/ui.js');
    expect(await page.getByText('Must not show').count()).toBe(0);
    expect(seen.errors.some((text) => text.includes('plugin org.example.ui-throws'))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
