// Studio's drafts in a browser against the real server: a new path shows no problem before the
// author touches a field, a half-finished path is saved as a draft that says how many problems are
// left, reopening it lists them, Publish is refused until they are fixed, and then it publishes.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, screenshots, seriousViolations, signIn, useBrowserTests } from './browser.ts';

const KEY = 'path-v1:DemoU+WIP+2027+a';
const EMPTY_GROUP = 'a group needs at least one child; an empty group can never be satisfied';

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

/** Screenshots from the top of the page (the editor's side column sticks to where it is scrolled). */
async function photograph(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshots(page, name);
}

/** The problems shown anywhere on the page: at fields, and in the list above the editor. */
const shownProblems = (page: Page) => page.locator('.pgn__form-text-invalid, .problem-summary li').count();

describe.runIf(browserAvailable())('Studio drafts in a browser', () => {
  const env = useBrowserTests({ demo: true });

  it('saves a half-finished path as a draft, lists its problems when reopened, publishes it once fixed', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, env.server.address, 'studio', 'author');
    await page.getByRole('link', { name: 'New path' }).click();
    await page.getByRole('heading', { name: 'New path', level: 1 }).waitFor();
    // Nothing typed yet: nothing to complain about.
    expect(await shownProblems(page)).toBe(0);
    await photograph(page, 'studio-draft-new');

    // A field's problem shows once the author has been there.
    const details = page.getByRole('tabpanel', { name: 'Details' });
    const title = details.getByRole('textbox', { name: 'Title', exact: true });
    await title.fill('Work in progress');
    await title.fill('');
    await details.getByText('title must not be empty').waitFor();
    expect(await shownProblems(page)).toBe(2);
    await details.getByRole('combobox', { name: 'Organisation' }).selectOption('DemoU');
    await details.getByRole('textbox', { name: 'Number' }).fill('WIP');
    await details.getByRole('textbox', { name: 'Run' }).fill('2027');
    await details.getByRole('textbox', { name: 'Group' }).fill('a');
    await title.fill('Work in progress');
    await expect.poll(() => shownProblems(page)).toBe(0);

    // Saved although its structure is empty, with the count of what is left.
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Saved as a draft with 1 problem to fix before publishing.').waitFor();
    await page.waitForURL(`**/studio/paths/${encodeURIComponent(KEY)}`);
    await expectAccessible(page);
    await photograph(page, 'studio-draft-saved');

    // Reopened: the problem is listed, and Publish is refused with the list.
    await page.reload();
    await page.getByRole('heading', { name: 'Work in progress', level: 1 }).waitFor();
    const summary = page.locator('.problem-summary');
    await summary.getByText('1 thing to fix before publishing').waitFor();
    await summary.getByText(EMPTY_GROUP, { exact: false }).waitFor();
    await expectAccessible(page);
    await photograph(page, 'studio-draft-reopened');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page
      .getByText('The path has problems to fix before it can be published', { exact: false })
      .waitFor();
    await photograph(page, 'studio-draft-publish-refused');
    expect(await page.getByRole('dialog').count()).toBe(0);

    // Fixed, it publishes.
    await page.getByRole('tab', { name: /Structure/ }).click();
    await page.getByRole('searchbox', { name: 'Add a course to root' }).fill('DS100');
    await page.getByRole('button', { name: 'Add Introduction to Data Science to root' }).click();
    await expect.poll(() => summary.count()).toBe(0);
    await page.getByRole('button', { name: 'Publish' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish Work in progress?' });
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Version 1 is published', { exact: false }).waitFor();
    const stored = await page.evaluate(async (key) => {
      const answer = await fetch(`/api/v1/paths/${encodeURIComponent(key)}`);
      return (await answer.json()) as { version: number; draftProblems: unknown[] };
    }, KEY);
    expect(stored).toMatchObject({ version: 1, draftProblems: [] });
  });
});
