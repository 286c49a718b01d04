// Studio's authoring in a browser against the real server and the demo catalog: an author builds
// the spec's data-science path from nothing through the UI only (groups, electives, a prerequisite,
// a release date, two tiers, reordering with the keyboard), previews it with what-if results,
// publishes it, and the stored definition equals examples/data-science/path.json. Every screen is
// checked with axe-core and the list, the editor and the preview are photographed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  browserAvailable,
  pickUpWithKeyboard,
  pressAndHear,
  screenshots,
  seriousViolations,
  signIn,
  useBrowserTests,
} from './browser.ts';

const KEY = 'path-v1:DemoU+DS+2027+fall';
const EXAMPLE = JSON.parse(
  readFileSync(new URL('../../../examples/data-science/path.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

/** Screenshots from the top of the page (the editor's side column sticks to where it is scrolled). */
async function photograph(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshots(page, name);
}

/** The settings of a node (opened with its Edit button), found by the node's current title. */
async function openSettings(page: Page, title: string): Promise<Locator> {
  const settings = page.getByRole('region', { name: `Settings of ${title}` });
  if (!(await settings.isVisible()))
    await page.getByRole('button', { name: `Edit ${title}`, exact: true }).click();
  return settings;
}

/** Sets a node's id (applied when the field is left) in its settings. */
async function setId(settings: Locator, id: string) {
  const field = settings.getByRole('textbox', { name: 'Id', exact: true });
  await field.fill(id);
  await field.press('Enter');
}

async function addCourse(page: Page, group: string, search: string, title: string) {
  await page.getByRole('searchbox', { name: `Add a course to ${group}` }).fill(search);
  await page.getByRole('button', { name: `Add ${title} to ${group}` }).click();
}

async function addGroup(page: Page, parent: string, title: string, id: string): Promise<Locator> {
  await page.getByRole('button', { name: `Add a group to ${parent}` }).click();
  const created = page.getByRole('region', { name: /^Settings of group/ });
  await created.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  const settings = page.getByRole('region', { name: `Settings of ${title}` });
  await setId(settings, id);
  return settings;
}

/** The titles of a group's parts, in order. */
function partsOf(page: Page, group: string): Promise<string[]> {
  return page
    .getByRole('list', { name: group, exact: true })
    .locator(':scope > li > .node-item > .node-header .node-title')
    .allTextContents();
}

describe.runIf(browserAvailable())('Studio authoring in a browser', () => {
  const env = useBrowserTests({ demo: true });

  it('builds the data-science path through the UI, previews it, publishes it, and stores the example', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, env.server.address, 'studio', 'author');
    await page.getByRole('heading', { name: 'Learning paths', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Data Science Foundations', exact: true }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'studio-path-list');

    // Details.
    await page.getByRole('link', { name: 'New path' }).click();
    await page.getByRole('heading', { name: 'New path', level: 1 }).waitFor();
    const details = page.getByRole('tabpanel', { name: 'Details' });
    await details.getByRole('combobox', { name: 'Organisation' }).selectOption('DemoU');
    await details.getByRole('textbox', { name: 'Number' }).fill('DS');
    await details.getByRole('textbox', { name: 'Run' }).fill('2027');
    await details.getByRole('textbox', { name: 'Group' }).fill('fall');
    await details.getByRole('textbox', { name: 'Title', exact: true }).fill(String(EXAMPLE.title));
    await details.getByRole('textbox', { name: 'Subtitle' }).fill(String(EXAMPLE.subtitle));
    await details.getByRole('textbox', { name: 'Description' }).fill(String(EXAMPLE.description));
    await details.getByRole('button', { name: 'Preview' }).click();
    await details
      .getByRole('region', { name: 'Preview of the description' })
      .getByText('Learn the foundations')
      .waitFor();
    await details.getByRole('button', { name: 'Write' }).click();
    await details.getByRole('textbox', { name: 'Image URL' }).fill(String(EXAMPLE.image));
    await details.getByRole('combobox', { name: 'Level' }).selectOption('beginner');
    await details.getByRole('textbox', { name: 'Duration' }).fill(String(EXAMPLE.duration));
    await details.getByRole('textbox', { name: 'Time commitment' }).fill(String(EXAMPLE.timeCommitment));
    for (const [legend, skill, level] of [
      ['Skills a learner should bring', 'python', '1'],
      ['Skills the path teaches', 'statistics', '2'],
    ] as const) {
      const skills = details.getByRole('group', { name: legend });
      await skills.getByRole('button', { name: 'Add a skill' }).click();
      await skills.getByRole('textbox', { name: 'Skill' }).fill(skill);
      await skills.getByRole('spinbutton', { name: 'Level', exact: true }).fill(level);
    }
    await expectAccessible(page);

    // Structure: the root, the introduction, Core in order (reordered with the keyboard alone),
    // the electives (choose 2 of 3, with credits) and the capstone with prerequisites and a date.
    await page.getByRole('tab', { name: 'Structure' }).click();
    const root = await openSettings(page, 'root');
    await root.getByRole('textbox', { name: 'Title', exact: true }).fill('Programme');
    await addCourse(page, 'Programme', 'DS100', 'Introduction to Data Science');
    const intro = await openSettings(page, 'Introduction to Data Science');
    await setId(intro, 'intro');
    await intro.getByRole('spinbutton', { name: 'Minimum completion (%)' }).fill('80');

    const core = await addGroup(page, 'Programme', 'Core', 'core');
    await core.getByRole('combobox', { name: 'What completes this group' }).selectOption('sequence');
    await addCourse(page, 'Core', 'DS12', 'Machine Learning');
    await addCourse(page, 'Core', 'DS11', 'Statistics');
    expect(await partsOf(page, 'Core')).toEqual(['Machine Learning', 'Statistics']);
    await page.getByRole('button', { name: 'Reorder Statistics' }).focus();
    await pickUpWithKeyboard(page, 'Statistics');
    await pressAndHear(page, 'ArrowUp', 'Statistics is over Core, position 1 of 2.');
    await pressAndHear(page, 'Space', 'Statistics moved to position 1 of 2 in Core.');
    await expect.poll(() => partsOf(page, 'Core')).toEqual(['Statistics', 'Machine Learning']);
    await setId(await openSettings(page, 'Statistics'), 'stats');
    const ml = await openSettings(page, 'Machine Learning');
    await setId(ml, 'ml');
    await ml.getByRole('spinbutton', { name: 'Minimum grade (%)' }).fill('70');

    const electives = await addGroup(page, 'Programme', 'Electives', 'electives');
    await electives.getByRole('combobox', { name: 'What completes this group' }).selectOption('atLeast');
    await electives.getByRole('spinbutton', { name: 'How many to complete' }).fill('2');
    for (const [search, title, id, credits] of [
      ['DS210', 'Data Visualization', 'viz', '3'],
      ['DS220', 'Natural Language Processing', 'nlp', '3'],
      ['DS230', 'Computer Vision', 'cv', '4'],
    ] as const) {
      await addCourse(page, 'Electives', search, title);
      const step = await openSettings(page, title);
      await setId(step, id);
      await step.getByRole('spinbutton', { name: 'Credits' }).fill(credits);
    }

    await addCourse(page, 'Programme', 'DS300', 'Capstone Project');
    const capstone = await openSettings(page, 'Capstone Project');
    await setId(capstone, 'capstone');
    await capstone.getByRole('checkbox', { name: 'Core (core)' }).check();
    await capstone.getByRole('checkbox', { name: 'Electives (electives)' }).check();
    await capstone.getByLabel('Opens on').fill('2026-05-01T00:00');
    expect(await partsOf(page, 'Programme')).toEqual([
      'Introduction to Data Science',
      'Core',
      'Electives',
      'Capstone Project',
    ]);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Close all settings' }).click();
    await photograph(page, 'studio-editor-structure');

    // Tiers.
    await page.getByRole('tab', { name: 'Tiers' }).click();
    for (const [index, title, id, requires] of [
      [0, 'Foundation Certificate', 'foundation', ['Introduction to Data Science (intro)', 'Core (core)']],
      [
        1,
        'Advanced Certificate',
        'advanced',
        ['Foundation Certificate (tier foundation)', 'Electives (electives)', 'Capstone Project (capstone)'],
      ],
    ] as const) {
      await page.getByRole('button', { name: 'Add a tier' }).click();
      const tier = page.locator(`#field-tiers-${index}`);
      await tier.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
      await setId(tier, id);
      for (const name of requires) await tier.getByRole('checkbox', { name }).check();
    }
    await expectAccessible(page);

    // The problems are gone: save, and the address becomes the path's.
    await expect.poll(() => page.getByText(/things? to fix before publishing/).count()).toBe(0);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('The draft is saved.').waitFor();
    // The open tab stays in the address.
    expect(decodeURIComponent(page.url())).toBe(`${env.server.address}/studio/paths/${KEY}?tab=tiers`);
    await photograph(page, 'studio-editor-tiers');

    // What-if preview: the capstone is locked and says why; results reach the first tier.
    await page.getByRole('tab', { name: 'Preview' }).click();
    const outcome = page.getByRole('region', { name: 'What the learner sees' });
    await outcome.getByText('Unlocks after Core and Electives', { exact: true }).waitFor();
    // What is left names the locked capstone too, with why.
    await outcome.getByText('Capstone Project: Unlocks after Core and Electives').waitFor();
    await page.getByText('Path progress: 0% · No tier reached yet').waitFor();
    const results = page.getByRole('region', { name: 'The learner’s results' });
    await results
      .getByRole('group', { name: 'Introduction to Data Science' })
      .getByRole('spinbutton', { name: 'Completion (%)' })
      .fill('80');
    await results.getByRole('button', { name: 'Give full marks in Statistics' }).click();
    await results
      .getByRole('group', { name: 'Machine Learning' })
      .getByRole('spinbutton', { name: 'Grade (%)' })
      .fill('70');
    await page.getByText('Current tier: Foundation Certificate').waitFor();
    await results.getByRole('button', { name: 'Give full marks in Natural Language Processing' }).click();
    await results.getByRole('button', { name: 'Give full marks in Computer Vision' }).click();
    await results.getByRole('button', { name: 'Give full marks in Capstone Project' }).click();
    await page.getByText('Path completed · Current tier: Advanced Certificate').waitFor();
    await expectAccessible(page);
    await photograph(page, 'studio-editor-preview');

    // Publish, then read the stored definition through the API with the page's session.
    await page.getByRole('button', { name: 'Publish' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish Data Science Foundations?' });
    await dialog.getByText('The draft becomes version 1.').waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Version 1 is published.').waitFor();
    const stored = await page.evaluate(async (key) => {
      const answer = await fetch(`/api/v1/paths/${encodeURIComponent(key)}`);
      return (await answer.json()) as { status: string; version: number; definition: unknown };
    }, KEY);
    expect(stored).toMatchObject({ status: 'published', version: 1 });
    expect(stored.definition).toEqual({ ...EXAMPLE, key: KEY });

    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('heading', { name: 'Version 1', exact: true }).waitFor();
    await page.getByText('The draft is the same as version 1.').waitFor();
    await page.getByRole('tab', { name: 'Details' }).click();
    await page.getByRole('textbox', { name: 'Subtitle' }).fill('From Python to your first models');
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByText('Changed the path’s subtitle').waitFor();
    await expectAccessible(page);
    await photograph(page, 'studio-editor-history');
  }, 180_000);

  it('finds, duplicates, archives and imports paths; asks before losing changes; says when someone else saved', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, env.server.address, 'studio', 'author');
    const titles = async () => (await page.locator('.path-row h2').allTextContents()).sort();
    await page.getByRole('link', { name: 'Computing Program', exact: true }).waitFor();

    // Search and filters, kept in the address.
    await page.getByRole('searchbox', { name: 'Search by title or key' }).fill('security');
    await expect.poll(titles).toEqual(['Security Practitioner']);
    await page.getByRole('searchbox', { name: 'Search by title or key' }).fill('');
    await page.getByRole('combobox', { name: 'Organisation' }).selectOption('OpenTech');
    await expect.poll(titles).toEqual(['Cloud Native Essentials', 'Security Practitioner']);
    expect(page.url()).toContain('org=OpenTech');
    await page.getByRole('combobox', { name: 'Organisation' }).selectOption('');
    await page.getByRole('combobox', { name: 'Status' }).selectOption('draft');
    await page.getByText('No path matches.').waitFor();
    await page.getByRole('combobox', { name: 'Status' }).selectOption('');

    // Duplicate: a taken key is said at the key; a free one opens the copy.
    await page.getByRole('button', { name: 'Duplicate Computing Program' }).click();
    const duplicate = page.getByRole('dialog', { name: 'Duplicate Computing Program' });
    await expectAccessible(page);
    await duplicate.getByRole('textbox', { name: 'Key of the copy' }).fill('path-v1:DemoU+CS+2026+fulltime');
    await duplicate.getByRole('button', { name: 'Create the copy' }).click();
    await duplicate.getByText(/already/).waitFor();
    await duplicate.getByRole('textbox', { name: 'Key of the copy' }).fill('path-v1:DemoU+CS+2026+copy');
    await duplicate.getByRole('button', { name: 'Create the copy' }).click();
    await page.getByRole('heading', { name: 'Copy of Computing Program', level: 1 }).waitFor();
    await expectAccessible(page);
    await photograph(page, 'studio-editor-details');

    // Unsaved changes: leaving asks first.
    await page.getByRole('textbox', { name: 'Subtitle' }).fill('A changed subtitle');
    await page.getByRole('link', { name: '← All paths' }).click();
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expectAccessible(page);
    await leave.getByRole('button', { name: 'Stay' }).click();
    expect(await page.getByRole('textbox', { name: 'Subtitle' }).inputValue()).toBe('A changed subtitle');
    await page.getByRole('link', { name: '← All paths' }).click();
    await leave.getByRole('button', { name: 'Leave' }).click();

    // Archive the copy, find it among the archived, restore it.
    await page.getByRole('button', { name: 'Archive Copy of Computing Program' }).click();
    await page
      .getByRole('dialog', { name: 'Archive Copy of Computing Program?' })
      .getByRole('button', { name: 'Archive the path' })
      .click();
    await page.getByText('Copy of Computing Program is archived').waitFor();
    await page.getByRole('combobox', { name: 'Status' }).selectOption('archived');
    await expect.poll(titles).toEqual(['Copy of Computing Program']);
    await page.getByRole('button', { name: 'Restore Copy of Computing Program' }).click();
    await page.getByText('No path matches.').waitFor();
    await page.getByRole('combobox', { name: 'Status' }).selectOption('');

    // Import: a broken file's problems are listed; a good YAML file opens as a new path.
    const yaml = readFileSync(
      new URL('../../../examples/basic-sequence/path.yaml', import.meta.url),
      'utf8',
    ).replace('key: path-v1:DemoU+WEB+2026+cohort1', 'key: path-v1:DemoU+WEB+2027+imported');
    await page.getByRole('button', { name: 'Import a file' }).click();
    const importing = page.getByRole('dialog', { name: 'Import a path definition file' });
    await expectAccessible(page);
    const file = importing.getByLabel('Definition file');
    await file.setInputFiles({
      name: 'broken.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(yaml.replace('rule: sequence', 'rule: sequense')),
    });
    await importing.getByRole('button', { name: 'Import' }).click();
    await importing.getByText(/unknown rule "sequense"/).waitFor();
    await file.setInputFiles({ name: 'web.yaml', mimeType: 'application/yaml', buffer: Buffer.from(yaml) });
    await importing.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'Web Development Basics', level: 1 }).waitFor();

    // Reorder with the keyboard's Enter on the move buttons, focus staying on the button.
    await page.getByRole('tab', { name: 'Structure' }).click();
    const up = page.getByRole('button', { name: 'Move CSS and Page Layout up' });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => partsOf(page, 'Web Development Basics'))
      .toEqual([
        'CSS and Page Layout',
        'HTML Fundamentals',
        'JavaScript Essentials',
        'Final Project: Your Own Website',
      ]);
    expect(await up.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('CSS and Page Layout cannot move further.').waitFor();

    // Someone else saves the draft meanwhile: saving says so, and loads theirs on request.
    await page.evaluate(async (key) => {
      const me = (await (await fetch('/api/v1/me')).json()) as { csrfToken: string };
      const url = `/api/v1/paths/${encodeURIComponent(key)}`;
      const path = (await (await fetch(url)).json()) as { draft: Record<string, unknown> };
      await fetch(`${url}/draft`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ definition: { ...path.draft, subtitle: 'Their subtitle' } }),
      });
    }, 'path-v1:DemoU+WEB+2027+imported');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Someone else saved this path since you opened it').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Load the saved version' }).click();
    await page.getByRole('tab', { name: 'Details' }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Subtitle' }).inputValue())
      .toBe('Their subtitle');
    await page.getByRole('tab', { name: 'Structure' }).click();
    await expect
      .poll(() => partsOf(page, 'Web Development Basics'))
      .toEqual([
        'HTML Fundamentals',
        'CSS and Page Layout',
        'JavaScript Essentials',
        'Final Project: Your Own Website',
      ]);
  }, 180_000);

  it('shows an instructor the paths and the editor without the author’s actions', async () => {
    const page = await env.browser.newPage({ viewport: { width: 375, height: 800 } });
    await signIn(page, env.server.address, 'studio', 'instructor');
    await page.getByRole('link', { name: 'Security Practitioner', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'New path' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Duplicate|Archive) / }).count()).toBe(0);
    await page.getByRole('link', { name: 'Security Practitioner', exact: true }).click();
    await page.getByText('Only authors of OpenTech can change this path').waitFor();
    expect(await page.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    expect(await page.getByLabel('Upload image').count()).toBe(0);
    await expectAccessible(page);
  }, 60_000);
});
