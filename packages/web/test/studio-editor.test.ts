// The Studio path editor's structure and safety in a browser against the real server and the demo:
// Back with unsaved changes asks (Stay keeps the edits, Leave goes), a file is imported into the
// open editor without saving, a step moves into another group by keyboard, a step's course changes
// from the catalog, typing goes on after an id changes and new ids follow titles, course dates and
// warnings show at the steps and before publishing, and drag and drop moves courses and groups
// across groups by pointer and by keyboard. Each new dialog and control is checked with axe-core
// and photographed.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  ARTIFACTS,
  browserAvailable,
  pickUpWithKeyboard,
  pressAndHear,
  screenshots,
  seriousViolations,
  signIn,
  useBrowserTests,
} from './browser.ts';

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
  it('keeps what is typed after an Id changes: a click or Tab lands in the next field', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openEditor(page, env.server.address);
    await page.getByRole('tab', { name: 'Structure' }).click();
    await page.getByRole('button', { name: 'Edit Core', exact: true }).click();
    const core = page.getByRole('region', { name: 'Settings of Core' });

    // A click from the changed id into the title: focus stays there and every key counts.
    await core.getByRole('textbox', { name: 'Id', exact: true }).fill('core-courses');
    const title = core.getByRole('textbox', { name: 'Title', exact: true });
    await title.click();
    expect(await isFocused(page, '#field-requirements-children-1-title')).toBe(true);
    await page.keyboard.press('End');
    await page.keyboard.type(' track');
    const renamed = page.getByRole('region', { name: 'Settings of Core track' });
    expect(await renamed.getByRole('textbox', { name: 'Id', exact: true }).inputValue()).toBe('core-courses');

    // Tab from the changed id goes on to the group's rule.
    await renamed.getByRole('textbox', { name: 'Id', exact: true }).fill('core');
    await page.keyboard.press('Tab');
    expect(await isFocused(page, '#field-requirements-children-1-rule')).toBe(true);

    // A tier too: from its id into its description.
    await page.getByRole('tab', { name: 'Tiers' }).click();
    await page.getByRole('textbox', { name: 'Id', exact: true }).first().fill('foundation-cert');
    await page.getByRole('textbox', { name: 'Description' }).first().click();
    await page.keyboard.type('Awarded after the core.');
    expect(await page.getByRole('textbox', { name: 'Description' }).first().inputValue()).toBe(
      'Awarded after the core.',
    );
    expect(await page.getByRole('textbox', { name: 'Id', exact: true }).first().inputValue()).toBe(
      'foundation-cert',
    );
  }, 120_000);

  it('derives a new group’s and tier’s id from its title until the author sets one', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openEditor(page, env.server.address);
    await page.getByRole('tab', { name: 'Structure' }).click();
    await page.getByRole('button', { name: 'Add a group to Electives' }).click();
    const created = page.getByRole('region', { name: /^Settings of group/ });
    await created.getByRole('textbox', { name: 'Title', exact: true }).fill('Statistics Options');
    const group = page.getByRole('region', { name: 'Settings of Statistics Options' });
    const id = group.getByRole('textbox', { name: 'Id', exact: true });
    expect(await id.inputValue()).toBe('statistics-options');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshots(page, 'studio-editor-id-from-title');

    // Set by hand, the id stays when the title changes again; an existing node's id never follows.
    await id.fill('stats-choice');
    await id.press('Enter');
    await group.getByRole('textbox', { name: 'Title', exact: true }).fill('Statistics Choice');
    const chosen = page.getByRole('region', { name: 'Settings of Statistics Choice' });
    expect(await chosen.getByRole('textbox', { name: 'Id', exact: true }).inputValue()).toBe('stats-choice');
    await page.getByRole('button', { name: 'Edit Core', exact: true }).click();
    await page
      .getByRole('region', { name: 'Settings of Core' })
      .getByRole('textbox', { name: 'Title', exact: true })
      .fill('Core Courses');
    const core = page.getByRole('region', { name: 'Settings of Core Courses' });
    expect(await core.getByRole('textbox', { name: 'Id', exact: true }).inputValue()).toBe('core');

    // A new tier's id follows its title, unique in the path.
    await page.getByRole('tab', { name: 'Tiers' }).click();
    await page.getByRole('button', { name: 'Add a tier' }).click();
    const tierTitle = page.getByRole('textbox', { name: 'Title', exact: true }).last();
    await tierTitle.fill('Core');
    expect(await page.getByRole('textbox', { name: 'Id', exact: true }).last().inputValue()).toBe('core-2');
    await expectAccessible(page);
  }, 120_000);

  it('shows course dates and warns, without blocking, about ended, late and unknown courses', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openEditor(page, env.server.address);
    await page.getByRole('tab', { name: 'Structure' }).click();

    // Each row says when its course runs; the two ended ones warn at their step and in the outline.
    const intro = rowHeader(page, 'Introduction to Data Science');
    await intro.getByText(/^\S.* – .*\d{4} · ended$/).waitFor();
    await intro.getByText(/^The course ended on .*: learners can no longer take it\.$/).waitFor();
    await rowHeader(page, 'Statistics').getByText('1 warning', { exact: true }).waitFor();
    await rowHeader(page, 'Machine Learning')
      .getByText(/ · open$/)
      .waitFor();
    expect(
      await rowHeader(page, 'Machine Learning')
        .getByText(/warning/)
        .count(),
    ).toBe(0);
    await page.getByRole('navigation', { name: 'Outline' }).getByText('1 warning').first().waitFor();

    // The catalog search gives each course's dates, and says so of a course without an end.
    await page.getByRole('searchbox', { name: 'Add a course to Electives' }).fill('CLD10');
    await page
      .getByText(/^From .*, self-paced, no end date · open$/)
      .first()
      .waitFor();

    // Electives opening a day before one of their courses ends.
    const ends = await page.evaluate(async () => {
      const answer = await fetch('/api/v1/courses/course-v1:DemoU+DS210+2026');
      return ((await answer.json()) as { endsAt: string }).endsAt;
    });
    const opens = new Date(Date.parse(ends) - 86_400_000).toISOString().slice(0, 16);
    await page.getByRole('button', { name: 'Edit Electives', exact: true }).click();
    await page.getByRole('region', { name: 'Settings of Electives' }).getByLabel('Opens on').fill(opens);
    await rowHeader(page, 'Data Visualization')
      .getByText(/^The course ends on .*, 1 day after this step opens on .*\.$/)
      .waitFor();
    await expectAccessible(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshots(page, 'studio-editor-course-dates');

    // Listed before publishing; publishing goes ahead.
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const publishing = page.getByRole('dialog', { name: `Publish ${TITLE}?` });
    await publishing.getByText('3 warnings about course dates', { exact: false }).waitFor();
    await publishing.getByText(/^Introduction to Data Science: The course ended on /).waitFor();
    await publishing.getByText(/^Data Visualization: The course ends on /).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'studio-editor-publish-warnings');
    await publishing.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Version 2 is published.', { exact: false }).waitFor();

    // An imported definition whose course is not in the catalog.
    const requirements = structuredClone(EXAMPLE.requirements) as { children: { course?: string }[] };
    requirements.children[0]!.course = 'course-v1:DemoU+DS999+2026';
    await page.getByRole('button', { name: 'Import file' }).click();
    const importing = page.getByRole('dialog', { name: 'Import a file into the editor' });
    await importing.getByLabel('Definition file').setInputFiles({
      name: 'unknown-course.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...EXAMPLE, requirements })),
    });
    await importing.getByRole('button', { name: 'Import into the editor' }).click();
    const unknown = rowHeader(page, 'Introduction to Data Science');
    await unknown.getByText('Not in the catalog', { exact: true }).waitFor();
    await unknown
      .getByText(
        'The course course-v1:DemoU+DS999+2026 is not in the catalog: check its key, or add it to the catalog.',
      )
      .waitFor();
    expect(await unknown.getByText(/self-paced/).count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshots(page, 'studio-editor-unknown-course');
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

/** A row's header in the structure, by its exact title. */
const rowHeader = (page: Page, title: string) =>
  page
    .locator('.node-header')
    .filter({ has: page.locator('.node-title', { hasText: new RegExp(`^${title}$`) }) });

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Saves the page as it is now (mid-drag: a resize would cancel the drag) as a test artefact. */
async function snapshot(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** The groups and their parts' ids, as a definition's requirements hold them. */
interface TreeNode {
  readonly id: string;
  readonly children?: readonly TreeNode[];
}
const ids = (node: TreeNode): unknown => (node.children ? { [node.id]: node.children.map(ids) } : node.id);

describe.runIf(browserAvailable())('dragging parts of the structure across groups', () => {
  const env = useBrowserTests({ demo: true });

  it('drags a course into another group and a group into another group by pointer', async () => {
    // Taller than the page, so that nothing scrolls under the pointer.
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 1800 } });
    await openEditor(page, env.server.address);
    await page.getByRole('tab', { name: 'Structure' }).click();

    /** Presses on a handle, moves past dnd-kit's 5 px start distance, then to `to` in steps. */
    const drag = async (title: string, to: Locator, dy: (height: number) => number, hint: string) => {
      const start = await centre(page.getByRole('button', { name: `Reorder ${title}`, exact: true }));
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move(start.x + 8, start.y + 8, { steps: 4 });
      await page.locator('.drag-chip').waitFor();
      const box = (await to.boundingBox())!;
      await page.mouse.move(box.x + 40, box.y + dy(box.height), { steps: 15 });
      await page.locator('.drag-chip-hint', { hasText: hint }).waitFor();
    };

    // Machine Learning from Core to Electives, before Natural Language Processing.
    await drag(
      'Machine Learning',
      rowHeader(page, 'Natural Language Processing'),
      () => 4,
      'Into Electives, position 2 of 4',
    );
    await page
      .locator('.child-list.is-drop-target')
      .filter({ has: page.getByRole('list', { name: 'Electives', exact: true }) })
      .waitFor();
    expect(await page.locator('.node-row.drop-before').count()).toBe(1);
    await snapshot(page, 'studio-structure-drag-pointer-1280');
    await page.mouse.up();
    await expect
      .poll(() => partsOf(page, 'Electives'))
      .toEqual(['Data Visualization', 'Machine Learning', 'Natural Language Processing', 'Computer Vision']);
    expect(await partsOf(page, 'Core')).toEqual(['Statistics']);
    await page
      .getByText('Machine Learning moved into Electives, position 2 of 4.')
      .waitFor({ state: 'attached' });

    // Core, with Statistics inside it, to the end of Electives: dropped over Electives' add controls.
    await drag(
      'Core',
      page.getByRole('button', { name: 'Add a group to Electives' }),
      (height) => height / 2,
      'Into Electives, position 5 of 5',
    );
    await page.mouse.up();
    await expect
      .poll(() => partsOf(page, 'Programme'))
      .toEqual(['Introduction to Data Science', 'Electives', 'Capstone Project']);
    expect(await partsOf(page, 'Electives')).toEqual([
      'Data Visualization',
      'Machine Learning',
      'Natural Language Processing',
      'Computer Vision',
      'Core',
    ]);

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('The draft is saved.', { exact: false }).waitFor();
    expect(ids((await savedDraft(page)).requirements as TreeNode)).toEqual({
      root: ['intro', { electives: ['viz', 'ml', 'nlp', 'cv', { core: ['stats'] }] }, 'capstone'],
    });
  }, 120_000);

  it('never drops a group into itself: over its own parts it stays where it is', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 1800 } });
    await openEditor(page, env.server.address);
    await page.getByRole('tab', { name: 'Structure' }).click();
    const start = await centre(page.getByRole('button', { name: 'Reorder Core', exact: true }));
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 8, start.y + 8, { steps: 4 });
    const inside = await centre(rowHeader(page, 'Statistics'));
    await page.mouse.move(inside.x, inside.y, { steps: 10 });
    await page.locator('.drag-chip-hint', { hasText: 'Into Electives, position 5 of 5' }).waitFor();
    await page.mouse.up();
    await page.getByText('Core stays at position 5 of 5 in Electives.').waitFor({ state: 'attached' });
    expect(await partsOf(page, 'Core')).toEqual(['Statistics']);
  }, 120_000);

  it('moves a course into another group and into an empty group with the keyboard alone', async () => {
    const page = await env.browser.newPage({ viewport: { width: 375, height: 800 } });
    await openEditor(page, env.server.address);
    await page.getByRole('tab', { name: 'Structure' }).click();
    const handle = page.getByRole('button', { name: 'Reorder Statistics', exact: true });
    const press = (key: string, heard: string) => pressAndHear(page, key, heard);

    // Statistics is Core's only part, and Core is Electives' last: down out of Core, then into
    // Programme after Electives.
    await handle.focus();
    await pickUpWithKeyboard(page, 'Statistics');
    await press('ArrowDown', 'Statistics is over Electives, position 6 of 6.');
    await press('ArrowDown', 'Statistics is over Programme, position 3 of 4.');
    await page.locator('.drag-chip-hint', { hasText: 'Into Programme, position 3 of 4' }).waitFor();
    // The page scrolls smoothly to the place: the chip sits at the drop line once it has.
    const line = page.locator('.node-row.drop-before').filter({ has: rowHeader(page, 'Capstone Project') });
    await expect
      .poll(async () =>
        Math.abs((await page.locator('.drag-chip').boundingBox())!.y - (await line.boundingBox())!.y),
      )
      .toBeLessThan(8);
    await snapshot(page, 'studio-structure-drag-keyboard-375');
    await press('Space', 'Statistics moved into Programme, position 3 of 4.');
    await expect
      .poll(() => partsOf(page, 'Programme'))
      .toEqual(['Introduction to Data Science', 'Electives', 'Statistics', 'Capstone Project']);
    expect(await partsOf(page, 'Core')).toEqual([]);

    // Back up, past the end of Electives, into the now empty Core.
    await expect.poll(() => handle.evaluate((element) => element === document.activeElement)).toBe(true);
    await pickUpWithKeyboard(page, 'Statistics');
    await press('ArrowUp', 'Statistics is over Electives, position 6 of 6.');
    await press('ArrowUp', 'Statistics is over Core, position 1 of 1.');
    await press('Space', 'Statistics moved into Core, position 1 of 1.');
    await expect.poll(() => partsOf(page, 'Core')).toEqual(['Statistics']);
    await expectAccessible(page);
  }, 120_000);
});
