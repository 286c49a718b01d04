// The Studio path editor's structure and safety in a browser against the real server and the demo:
// Back with unsaved changes asks (Stay keeps the edits, Leave goes), a file is imported into the
// open editor without saving, a step moves into another group by keyboard, a step's course changes
// from the catalog. Each new dialog and control is checked with axe-core and photographed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, screenshots, seriousViolations, signIn, useBrowserTests } from './browser.ts';

const KEY = 'path-v1:DemoU+DS+2026+spring';
const TITLE = 'Data Science Foundations';
const EXAMPLE = JSON.parse(
  readFileSync(new URL('../../../examples/data-science/path.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

/** Opens the demo's data-science path from the list, so that Back leads to the list. */
async function openEditor(page: Page, address: string) {
  await signIn(page, address, 'studio', 'author');
  await page.getByRole('link', { name: TITLE, exact: true }).click();
  await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
}

/** The titles of a group's parts, in order. */
function partsOf(page: Page, group: string): Promise<string[]> {
  return page
    .getByRole('list', { name: group, exact: true })
    .locator(':scope > li > .node-item > .node-header .node-title')
    .allTextContents();
}

/** The draft as the server holds it. */
function savedDraft(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async (key) => {
    const answer = await fetch(`/api/v1/paths/${encodeURIComponent(key)}`);
    return ((await answer.json()) as { draft: Record<string, unknown> }).draft;
  }, KEY);
}

const isFocused = (page: Page, selector: string) =>
  page.evaluate((within) => document.activeElement?.closest(within) !== null, selector);

describe.runIf(browserAvailable())('the Studio path editor in a browser', () => {
  const env = useBrowserTests({ demo: true });

  it('asks on Back with unsaved changes: Escape and Stay keep the edits, Leave goes back', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openEditor(page, env.server.address);
    await page.getByRole('textbox', { name: 'Subtitle' }).fill('A changed subtitle');

    await page.goBack();
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
    await leave.waitFor();
    expect(await isFocused(page, '[role="dialog"]')).toBe(true);
    await expectAccessible(page);
    await screenshots(page, 'studio-leave-dialog');
    await page.keyboard.press('Escape');
    await leave.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe(`/studio/paths/${encodeURIComponent(KEY)}`);

    await page.goBack();
    await leave.getByRole('button', { name: 'Stay' }).click();
    await leave.waitFor({ state: 'detached' });
    expect(await page.getByRole('textbox', { name: 'Subtitle' }).inputValue()).toBe('A changed subtitle');

    await page.goBack();
    await leave.getByRole('button', { name: 'Leave' }).click();
    await page.getByRole('heading', { name: 'Learning paths', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/studio/');
  }, 120_000);

  it('moves a step into another group by keyboard, and changes a step’s course', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openEditor(page, env.server.address);
    await page.getByRole('tab', { name: 'Structure' }).click();

    await page.getByRole('button', { name: 'Edit Introduction to Data Science', exact: true }).click();
    const intro = page.getByRole('region', { name: 'Settings of Introduction to Data Science' });
    const moveInto = intro.getByRole('combobox', { name: 'Move into group' });
    await moveInto.focus();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => partsOf(page, 'Core'))
      .toEqual(['Statistics', 'Machine Learning', 'Introduction to Data Science']);
    await page.getByText('Introduction to Data Science moved into Core.', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Edit Machine Learning', exact: true }).click();
    const ml = page.getByRole('region', { name: 'Settings of Machine Learning' });
    await ml.getByRole('button', { name: 'Change course of Machine Learning' }).click();
    await page.keyboard.type('databases');
    const choose = page.getByRole('button', { name: 'Choose Databases for Machine Learning' });
    await choose.waitFor();
    await expectAccessible(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshots(page, 'studio-editor-change-course');
    await choose.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => partsOf(page, 'Core'))
      .toEqual(['Statistics', 'Databases', 'Introduction to Data Science']);
    const settings = page.getByRole('region', { name: 'Settings of Databases' });
    expect(await settings.getByRole('textbox', { name: 'Course' }).inputValue()).toBe(
      'course-v1:DemoU+CS201+2027',
    );
  }, 120_000);
  it('imports a file into the open editor, unsaved until the author saves', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openEditor(page, env.server.address);
    await page.getByRole('button', { name: 'Import file' }).click();
    const importing = page.getByRole('dialog', { name: 'Import a file into the editor' });
    const file = importing.getByLabel('Definition file');
    await file.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"title": }'),
    });
    await importing.getByRole('button', { name: 'Import into the editor' }).click();
    await importing.getByText(/is not valid JSON at line 1, column/).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'studio-editor-import-dialog');

    const imported = { ...EXAMPLE, title: 'Imported Data Science', subtitle: 'From a file' };
    await file.setInputFiles({
      name: 'imported.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(imported)),
    });
    await importing.getByRole('button', { name: 'Import into the editor' }).click();
    await page.getByRole('heading', { name: 'Imported Data Science', level: 1 }).waitFor();
    await page.getByText('imported.json is now in the editor.', { exact: false }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Subtitle' }).inputValue()).toBe('From a file');
    expect((await savedDraft(page)).title).toBe(TITLE);
    await expectAccessible(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshots(page, 'studio-editor-imported');

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('The draft is saved.', { exact: false }).waitFor();
    expect((await savedDraft(page)).title).toBe('Imported Data Science');
  }, 120_000);
});
