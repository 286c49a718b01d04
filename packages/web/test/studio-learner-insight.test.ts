// Who is stuck where, in a browser against the real server and the demo institution: the learners
// table says each learner's current step (or what keeps them from it) and last activity, "Where
// learners are" counts the learners at each step and links to the list filtered to them, and a
// learner's name opens their path read-only as they see it in Learn. Checked with axe-core and
// photographed at 375 and 1280 px.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, screenshots, seriousViolations, signIn, useBrowserTests } from './browser.ts';

const PATH = 'path-v1:DemoU+DS+2026+spring';
const LEARNERS_URL = `/studio/paths/${encodeURIComponent(PATH)}/learners`;

interface StepCount {
  position: string;
  stepId: string | null;
  stepTitle: string | null;
  count: number;
}

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

const PHRASES: Record<string, string> = {
  working: 'working on',
  waiting: 'waiting on',
  ended: 'kept out of',
};
const CELL_WORDS: Record<string, string> = {
  working: 'Working on',
  waiting: 'Waiting on',
  ended: 'Course ended:',
};

describe.runIf(browserAvailable())("Studio: where a path's learners are", () => {
  const env = useBrowserTests({ demo: true });

  it("says where each learner is, counts learners at each step, and opens a learner's path read-only", async () => {
    const page = await env.browser.newPage({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
    await signIn(page, env.server.address, 'studio', 'instructor');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const summary = await page.request.get(
      `${env.server.address}/api/v1/paths/${encodeURIComponent(PATH)}/step-summary`,
    );
    const counts = ((await summary.json()) as { items: StepCount[] }).items;
    // The step with the most learners, of those a step is named for.
    const busiest = counts
      .filter((entry) => entry.stepTitle !== null && entry.position in PHRASES)
      .sort((a, b) => b.count - a.count)[0]!;
    expect(busiest).toBeDefined();

    await page.goto(`${env.server.address}${LEARNERS_URL}`);
    const table = page.getByRole('table', { name: 'Enrolled learners, with their progress' });
    await table.waitFor();
    // The table's new columns, with a learner's position in words and the date of their last fact.
    await expect
      .poll(() => table.getByRole('columnheader').allTextContents())
      .toEqual(expect.arrayContaining(['Current step', 'Last activity']));
    const firstRow = table.getByRole('row').nth(1);
    expect(await firstRow.textContent()).toMatch(/Working on|Waiting on|Course ended:|Not started|Completed/);

    // Where learners are: one line per step and position, each count a link to those learners.
    const where = page.getByRole('region', { name: 'Where learners are' });
    const line = `${busiest.count} learner${busiest.count === 1 ? ' is' : 's are'} ${PHRASES[busiest.position]} ${busiest.stepTitle}`;
    await where.getByText(line).waitFor();
    await expectAccessible(page);
    await where.scrollIntoViewIfNeeded();
    await screenshots(page, 'studio-learner-insight-where');

    await where
      .getByRole('link', { name: `${busiest.count} learner${busiest.count === 1 ? '' : 's'}` })
      .first()
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(busiest.stepId);
    expect(new URL(page.url()).searchParams.get('position')).toBe(busiest.position);
    await page
      .getByText(`Showing the learners who are: ${PHRASES[busiest.position]} ${busiest.stepTitle}`)
      .first()
      .waitFor();
    // Every row listed stands there, and the pager counts them all.
    const rows = table.getByRole('row');
    await expect
      .poll(async () =>
        (await rows.allTextContents())
          .slice(1)
          .every((text) => text.includes(`${CELL_WORDS[busiest.position]} ${busiest.stepTitle}`)),
      )
      .toBe(true);
    if (busiest.count > 25) await page.getByText(`1–25 of ${busiest.count}`).waitFor();
    else expect(await rows.count()).toBe(busiest.count + 1);
    await expectAccessible(page);
    await screenshots(page, 'studio-learner-insight-table');

    // The export of the filtered list: in words, with where each learner stands.
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const lines = (await readFile(await exported.path(), 'utf8')).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'Username,Email,Name,Enrolled on,Status,Current step,Progress,Current tier,Tiers achieved,Last activity',
    );
    expect(lines).toHaveLength(busiest.count + 1);
    for (const line of lines.slice(1)) {
      expect(line).toContain(`${CELL_WORDS[busiest.position]} ${busiest.stepTitle}`);
      expect(line).toMatch(/,(Not started|In progress|Completed),/);
    }

    // A learner's name opens their path as they see it, read-only.
    const learnerLink = rows.nth(1).getByRole('link').first();
    const name = (await learnerLink.textContent())!;
    await learnerLink.click();
    await page.getByRole('heading', { level: 1, name: /on Data Science Foundations/ }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/studio\/paths\/.+\/learners\/[^/]+$/);
    await page.getByText(/as .+ sees it in Learn, read-only/).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Your pathway' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Milestones' }).waitFor();
    await page.getByRole('heading', { name: busiest.stepTitle! }).first().waitFor();
    expect(await page.getByRole('button', { name: /Start course|Resume course|Review course/ }).count()).toBe(
      0,
    );
    expect(name.length).toBeGreaterThan(0);
    await expectAccessible(page);
    await screenshots(page, 'studio-learner-insight-learner');
  });
});
