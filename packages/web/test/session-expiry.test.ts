// A session that ends while someone works: the call refused opens a sign-in dialog, and signing in
// sends it again, so that Studio's edits are saved and Learn's page loads (signing in in another
// tab works too); giving up says so in plain words, and signing in as someone else goes back to
// the start page.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, screenshots, seriousViolations, signIn, useBrowserTests } from './browser.ts';

const KEY = 'path-v1:DemoU+DS+2026+spring';
const TITLE = 'Data Science Foundations';
const NOW = new Date('2026-03-01T10:00:00Z');

async function editSubtitle(page: Page, address: string, subtitle: string) {
  await signIn(page, address, 'studio', 'author');
  await page.getByRole('link', { name: TITLE, exact: true }).click();
  await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
  await page.getByRole('textbox', { name: 'Subtitle' }).fill(subtitle);
}

describe.runIf(browserAvailable())('a session that ends while someone works', { timeout: 120_000 }, () => {
  const env = useBrowserTests({ demo: true, now: NOW });
  /** Ends every session on the server, as their expiry or a sign-out elsewhere would. */
  const endSessions = () => env.server.store.db.deleteFrom('sessions').execute();
  /** The subtitle of the path's draft as the database holds it. */
  const storedSubtitle = async () => {
    const row = await env.server.store.db
      .selectFrom('paths')
      .select('draft')
      .where('key', '=', KEY)
      .executeTakeFirstOrThrow();
    return (JSON.parse(row.draft) as { subtitle?: string }).subtitle;
  };

  it('asks to sign in again when the session has ended, keeps the edits and saves them', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const subtitle = 'Kept through a new sign-in';
    await editSubtitle(page, env.server.address, subtitle);
    await endSessions();

    await page.getByRole('button', { name: 'Save draft' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in again' });
    await dialog.waitFor();
    await dialog
      .getByText('Your session has ended. Sign in again to continue; your changes are kept.')
      .waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);

    // A wrong password is said in words, and the dialog stays.
    await dialog.getByLabel('Password').fill('wrong password');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await dialog.getByRole('alert').getByText('The username or the password is wrong.').waitFor();
    expect(await dialog.getByLabel('Username').inputValue()).toBe('author');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'session-ended-dialog');

    await dialog.getByLabel('Password').fill('demo-password');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The draft is saved.').waitFor();
    expect(await dialog.count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Subtitle' }).inputValue()).toBe(subtitle);
    expect(await storedSubtitle()).toBe(subtitle);
    expect(await page.locator('body').textContent()).not.toMatch(/Bearer|API token|Authorization/i);
  });

  it('says in plain words that nothing was saved when the sign-in is cancelled, and keeps the edits', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const subtitle = 'Not saved, but kept on screen';
    await editSubtitle(page, env.server.address, subtitle);
    await endSessions();

    await page.getByRole('button', { name: 'Save draft' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in again' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Not done: your session has ended. Sign in again to continue.').waitFor();
    expect(await page.locator('body').textContent()).not.toMatch(/Bearer|API token|Authorization/i);
    expect(await page.getByRole('textbox', { name: 'Subtitle' }).inputValue()).toBe(subtitle);
    expect(await storedSubtitle()).not.toBe(subtitle);
  });

  it('goes back to the start page, saying why, when someone else signs in', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const subtitle = 'Not to be saved as someone else';
    await editSubtitle(page, env.server.address, subtitle);
    await endSessions();
    // The editor asks the browser before leaving unsaved changes: the test answers Leave.
    page.on('dialog', (question) => void question.accept());

    await page.getByRole('button', { name: 'Save draft' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in again' });
    await dialog.getByLabel('Username').fill('instructor');
    await dialog.getByLabel('Password').fill('demo-password');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    const other = page.getByRole('dialog', { name: 'Signed in as someone else' });
    await other
      .getByText(
        'You signed in as instructor, not author. Changes that were not saved are not kept: the start page opens for instructor.',
      )
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'session-ended-someone-else');
    await other.getByRole('button', { name: 'Go to the start page' }).click();
    await page.getByRole('heading', { name: 'Learning paths', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/studio/');
    expect(await storedSubtitle()).not.toBe(subtitle);
  });

  it('in Learn, reads the page again once the learner has signed in, here or in another tab', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, env.server.address, 'learn', 'learner008');
    await page.getByText('18 items, page 1 of 2').waitFor();
    await endSessions();

    await page.getByLabel('Search by name').fill('security');
    const dialog = page.getByRole('dialog', { name: 'Sign in again' });
    const elsewhere = dialog.getByRole('button', { name: 'I have signed in elsewhere' });
    await elsewhere.click();
    await dialog
      .getByRole('alert')
      .getByText('You are not signed in yet: sign in here, or in another tab and then try again.')
      .waitFor();

    // As a learner who signs in through the LMS would: in another tab, then back here.
    const tab = await context.newPage();
    await signIn(tab, env.server.address, 'learn', 'learner008');
    await tab.getByRole('button', { name: 'Sign out' }).waitFor();
    await elsewhere.click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/^\d+ items?$/).waitFor();
    expect(await page.locator('.lp-card h2').count()).toBeGreaterThan(0);
  });
});
