// Issue 17's small fixes in a browser: one in-app confirm dialog, archiving that asks and shows,
// dashboard filters in the address, "Page not found" pages, focus rings on fields, a favicon.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  ARTIFACTS,
  browserAvailable,
  screenshots,
  seriousViolations,
  signIn,
  useBrowserTests,
} from './browser.ts';

const NOW = new Date('2026-03-01T10:00:00Z');

/** What the focused element is, in words a failure message can show. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return `${element?.tagName ?? ''} ${element?.textContent?.trim() ?? ''}`;
  });
}

/** The relative luminance of a CSS rgb()/rgba() colour (WCAG 2). */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const value = Number(part) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The focused element's outline, and its contrast against a white page. */
async function focusRing(page: Page): Promise<{ style: string; width: number; contrast: number }> {
  const ring = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: style.outlineWidth, colour: style.outlineColor };
  });
  return {
    style: ring.style,
    width: Number.parseFloat(ring.width),
    contrast: Math.round(((1 + 0.05) / (luminance(ring.colour) + 0.05)) * 10) / 10,
  };
}

/** A ring that shows: solid, 2 px or more, at 3:1 or more against white. */
const CLEAR_RING = {
  style: 'solid',
  width: expect.toSatisfy((width: number) => width >= 2),
  contrast: expect.toSatisfy((contrast: number) => contrast >= 3),
};

/** The viewport as it is, as a test artefact (focus and all: no resizing, unlike screenshots()). */
async function shot(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** Presses Tab until `target` has the focus (at most 40 times). */
async function tabTo(page: Page, target: ReturnType<Page['getByLabel']>) {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

describe.runIf(browserAvailable())('issue 17 fixes in a browser', { timeout: 90_000 }, () => {
  const env = useBrowserTests({ demo: true, now: NOW });

  it('asks before leaving a path in an in-app dialog that takes and gives back the focus', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const nativeDialogs: string[] = [];
    page.on('dialog', (dialog) => {
      nativeDialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(page, env.server.address, 'learn', 'learner048');
    await page.getByRole('heading', { name: 'My Learning', exact: true, level: 1 }).waitFor();
    await page.goto(`${env.server.address}/learn/explore`);
    await page.getByRole('link', { name: 'View and join Cloud Native Essentials' }).click();
    await page.getByRole('button', { name: 'Join this path' }).click();
    const leave = page.getByRole('button', { name: 'Leave this path' });
    await leave.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Leave Cloud Native Essentials?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('your progress on it is kept');
    // The focus starts on the safe answer.
    expect(await focused(page)).toBe('BUTTON Stay on the path');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'polish-leave-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('BUTTON Leave this path');

    await leave.click();
    await dialog.getByRole('button', { name: 'Leave the path' }).click();
    await page.getByRole('button', { name: 'Join this path' }).waitFor();
    await expect.poll(() => focused(page)).toBe('BUTTON Join this path');
    expect(nativeDialogs).toEqual([]);
  });

  it('asks before archiving, and learners then see the path as archived', async () => {
    const studio = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(studio, env.server.address, 'studio', 'author');
    await studio.getByRole('heading', { name: 'Learning paths', exact: true, level: 1 }).waitFor();
    await studio.goto(`${env.server.address}/studio/?search=Computing`);
    const row = studio.getByRole('listitem').filter({ hasText: 'Computing Program' });
    await studio.getByRole('button', { name: 'Archive Computing Program' }).click();
    const dialog = studio.getByRole('dialog', { name: 'Archive Computing Program?' });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    for (const part of ['keep their progress', 'Explore paths', 'restore it']) expect(text).toContain(part);
    expect(await seriousViolations(studio)).toEqual([]);
    await screenshots(studio, 'polish-archive-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await row.textContent()).toContain('Published');

    await studio.getByRole('button', { name: 'Archive Computing Program' }).click();
    await dialog.getByRole('button', { name: 'Archive the path' }).click();
    await studio.getByRole('button', { name: 'Restore Computing Program' }).waitFor();
    expect(await row.textContent()).toContain('Archived');

    const learn = await (await env.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(learn, env.server.address, 'learn', 'learner008');
    const card = learn.getByRole('article').filter({ hasText: 'Computing Program' }).first();
    await card.getByText('Archived', { exact: true }).waitFor();
    expect(await seriousViolations(learn)).toEqual([]);
    await screenshots(learn, 'polish-archived-card');
    await card.getByRole('link', { name: 'Computing Program' }).first().click();
    await learn.getByRole('heading', { name: 'Computing Program', level: 1 }).waitFor();
    const notice = learn.getByRole('status').filter({ hasText: 'This path is archived' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('keep your progress');
    expect(await seriousViolations(learn)).toEqual([]);
    await screenshots(learn, 'polish-archived-path');
  });

  it('keeps the dashboard’s filters in the address: reload, Back and links keep them', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const { address } = env.server;
    const query = () => new URL(page.url()).searchParams.toString();
    await signIn(page, address, 'learn', 'learner008');
    await page.getByText('18 items, page 1 of 2').waitFor();
    expect(query()).toBe('');
    await page.getByLabel('Type').selectOption({ label: 'Paths' });
    await expect.poll(query).toBe('type=path');
    await page.getByText('4 items', { exact: true }).waitFor();
    await page.getByLabel('Sort by').selectOption({ label: 'Title (A to Z)' });
    await expect.poll(query).toBe('type=path&sort=title');
    // Only the address keeps them here: what the browser remembers for a plain visit is gone.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByText('4 items', { exact: true }).waitFor();
    expect(await page.getByLabel('Sort by').inputValue()).toBe('title');
    await page.goBack();
    await expect.poll(query).toBe('type=path');
    expect(await page.getByLabel('Sort by').inputValue()).toBe('recent');
    expect(await page.getByLabel('Type').inputValue()).toBe('path');

    // A link with filters shows them; a page of results is part of the address too.
    await page.goto(`${address}/learn?type=course`);
    await page.getByText('14 items, page 1 of 2').waitFor();
    expect(await page.getByLabel('Type').inputValue()).toBe('course');
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(query).toBe('type=course&page=2');
    await page.getByText('14 items, page 2 of 2').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect.poll(query).toBe('');
    await page.getByText('18 items, page 1 of 2').waitFor();
  });

  it('shows "Page not found" with the ways back in Learn and in Studio', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const { address } = env.server;
    await signIn(page, address, 'learn', 'learner008');
    await page.getByRole('heading', { name: 'My Learning', exact: true, level: 1 }).waitFor();
    for (const where of ['/learn/no-such-page', '/learn/paths/not-a-path-key']) {
      await page.goto(`${address}${where}`);
      await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
      expect(await page.title()).toBe('Page not found · My Learning');
      const main = page.getByRole('main');
      expect(await main.getByRole('link', { name: 'Go to your dashboard' }).getAttribute('href')).toBe(
        '/learn',
      );
      expect(await main.getByRole('link', { name: 'Explore paths' }).getAttribute('href')).toBe(
        '/learn/explore',
      );
    }
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'polish-learn-not-found');
    await page.getByRole('main').getByRole('link', { name: 'Go to your dashboard' }).click();
    await page.getByRole('heading', { name: 'My Learning', exact: true, level: 1 }).waitFor();

    const studio = await (await env.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(studio, address, 'studio', 'author');
    await studio.getByRole('heading', { name: 'Learning paths', exact: true, level: 1 }).waitFor();
    await studio.goto(`${address}/studio/no/such/page`);
    await studio.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
    expect(await studio.title()).toBe('Page not found · Studio');
    expect(await seriousViolations(studio)).toEqual([]);
    await screenshots(studio, 'polish-studio-not-found');
    await studio.getByRole('main').getByRole('link', { name: 'Go to your paths' }).click();
    await studio.getByRole('heading', { name: 'Learning paths', exact: true, level: 1 }).waitFor();
  });

  it('rings the keyboard focus on text fields, selects and checkboxes clearly', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const { address } = env.server;
    await signIn(page, address, 'learn', 'learner008');
    await page.getByText('18 items, page 1 of 2').waitFor();
    for (const label of ['Search by name', 'Type']) {
      await tabTo(page, page.getByLabel(label));
      expect(await focusRing(page), label).toEqual(CLEAR_RING);
    }
    await shot(page, 'polish-focus-select-1280');
    // On a phone the selects fold away behind a button: the search field shows the ring there.
    await page.setViewportSize({ width: 375, height: 800 });
    await tabTo(page, page.getByLabel('Search by name'));
    expect(await focusRing(page)).toEqual(CLEAR_RING);
    await shot(page, 'polish-focus-field-375');

    const studio = await (await env.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(studio, address, 'studio', 'author');
    await studio.getByRole('button', { name: 'Import a file' }).click();
    const publish = studio.getByLabel('Publish it as the next version too');
    await tabTo(studio, publish);
    expect(await focusRing(studio)).toEqual(CLEAR_RING);
    await shot(studio, 'polish-focus-checkbox-1280');
    await studio.setViewportSize({ width: 375, height: 800 });
    await tabTo(studio, publish);
    await shot(studio, 'polish-focus-checkbox-375');
  });

  it('serves a favicon to both apps', async () => {
    const page = await env.browser.newPage();
    for (const app of ['learn', 'studio']) {
      await page.goto(`${env.server.address}/${app}/`);
      const href = await page.locator('link[rel="icon"]').getAttribute('href');
      expect(href, app).toBeTruthy();
      const icon = await page.request.get(new URL(href!, page.url()).toString());
      expect(icon.status()).toBe(200);
      expect(icon.headers()['content-type']).toMatch(/^image\//);
    }
  });
});
