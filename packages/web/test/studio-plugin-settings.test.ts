// Studio's Plugins page in Chromium against the real server with the test plugin `good` loaded: the
// administrator reaches it by keyboard, changes the greeting (the plugin's route answers the new one
// at once), is refused a negative maxNotes at its field with nothing saved, sees the secret as
// unchanged, and resets the greeting to its default; an instructor gets no link and no form.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, screenshots, seriousViolations, signIn, useBrowserTests } from './browser.ts';

const GOOD = resolve(import.meta.dirname, '../../server/test/plugins/good');
const SAVED =
  'Saved. The plugin uses the new settings now; other processes (workers) use them after a restart.';

/** What the plugin's own route answers the signed-in page. */
async function greeting(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const answer = await fetch('/api/v1/plugins/org.example.good/whoami');
    return ((await answer.json()) as { greeting: string }).greeting;
  });
}

/** The settings as the server keeps them, read by the page. */
async function savedSettings(
  page: Page,
): Promise<{ values: Record<string, unknown>; history: unknown[]; saved: string[] }> {
  return page.evaluate(async () => {
    const answer = await fetch('/api/v1/plugin-settings/org.example.good');
    return (await answer.json()) as { values: Record<string, unknown>; history: unknown[]; saved: string[] };
  });
}

/** Tabs from the top of the page until the link named `name` has the focus. */
async function tabTo(page: Page, name: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let presses = 0; presses < 20; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (focused === name) return;
  }
  throw new Error(`no link ${name} reached by Tab`);
}

describe.runIf(browserAvailable())("Studio's Plugins page in a browser", { timeout: 90_000 }, () => {
  const env = useBrowserTests({ demo: true, plugins: [GOOD] });

  it("an administrator changes a plugin's settings, is refused a bad value, and resets one", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, env.server.address, 'studio', 'admin');
    await page.getByRole('link', { name: 'Plugins' }).waitFor();
    await tabTo(page, 'Plugins');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Plugins', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/studio/plugins');
    const section = page.getByRole('region', { name: 'org.example.good' });
    expect(await section.textContent()).toContain('Version 1.2.3 · plugin API version 1');
    const form = page.getByRole('form', { name: 'Settings of org.example.good' });
    const greetingField = form.getByLabel('Greeting', { exact: true });
    expect(await greetingField.inputValue()).toBe('hello');
    expect(await form.getByText('Default: hello').count()).toBe(1);
    const apiKey = form.getByLabel('Api key', { exact: true });
    expect([await apiKey.inputValue(), await apiKey.getAttribute('placeholder')]).toEqual(['', 'Unchanged']);
    expect(await seriousViolations(page)).toEqual([]);

    // A new greeting, in force at once.
    await greetingField.fill('bonjour');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(SAVED).waitFor();
    expect(await greeting(page)).toBe('bonjour');
    await section
      .getByRole('listitem')
      .filter({ hasText: /^Changed greeting by admin on / })
      .waitFor();
    expect(await apiKey.inputValue()).toBe('');
    expect(await seriousViolations(page)).toEqual([]);

    // A negative maxNotes: refused at its field, focused, what was typed kept, nothing saved.
    await greetingField.fill('salut');
    const maxNotes = form.getByLabel('Max notes', { exact: true });
    await maxNotes.fill('-3');
    await form.getByRole('button', { name: 'Save settings' }).click();
    const summary = form.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('One setting needs correcting; nothing was saved:');
    expect(await summary.textContent()).toMatch(/Max notes: .*>0/);
    expect(await maxNotes.getAttribute('aria-invalid')).toBe('true');
    expect(await maxNotes.evaluate((element) => element === document.activeElement)).toBe(true);
    expect([await maxNotes.inputValue(), await greetingField.inputValue()]).toEqual(['-3', 'salut']);
    expect(await greeting(page)).toBe('bonjour');
    const kept = await savedSettings(page);
    expect(kept.values).toMatchObject({ greeting: 'bonjour', maxNotes: 10, apiKey: '********' });
    expect(kept.history).toHaveLength(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'studio-plugin-settings-refused');

    // Only a setting saved here can be reset; maxNotes, emptied, goes back to its default too.
    expect(await form.getByRole('button', { name: 'Reset to default: Max notes' }).count()).toBe(0);
    await maxNotes.fill('');
    await form.getByRole('button', { name: 'Reset to default: Greeting' }).click();
    expect(await greetingField.inputValue()).toBe('hello');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(SAVED).waitFor();
    expect(await greeting(page)).toBe('hello');
    expect(await section.getByRole('listitem').count()).toBe(2);
    expect(await maxNotes.inputValue()).toBe('10');
    expect((await savedSettings(page)).saved).toEqual([]);
    expect(await form.getByRole('button', { name: /^Reset to default/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'studio-plugin-settings');
    await page.setViewportSize({ width: 375, height: 800 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
  });

  it('an instructor gets no Plugins link, and the page says it is for administrators', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, env.server.address, 'studio', 'instructor');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).toEqual([
      'My Learning',
      'Explore paths',
      'Studio',
    ]);
    await page.goto(`${env.server.address}/studio/plugins`);
    await page.getByRole('heading', { name: 'Plugins', level: 1 }).waitFor();
    await page.getByText('You need to be an administrator').waitFor();
    expect(await page.getByRole('form').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
