// Issue 17's path-level polish in a browser against the demo: a step that follows its course from
// run to run (the row shows the run open now, and the ended run's warning goes), prerequisite
// pickers that cannot make a circle and say why, the editor's tab and the path's name in the
// address and title, what is left naming parts that open later, and credits on Learn's pathway.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dataAccess } from '@learning-paths/server';
import { browserAvailable, screenshots, seriousViolations, signIn, useBrowserTests } from './browser.ts';

const KEY = 'path-v1:DemoU+DS+2026+spring';
const TITLE = 'Data Science Foundations';
const NEXT_RUN = 'course-v1:DemoU+DS100+2027';
const DAY = 86_400_000;

const rowHeader = (page: Page, title: string) =>
  page
    .locator('.node-header')
    .filter({ has: page.locator('.node-title', { hasText: new RegExp(`^${title}$`) }) });

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

describe.runIf(browserAvailable())('paths day to day, in a browser', () => {
  const env = useBrowserTests({ demo: true });

  it('follows a course from run to run, keeps circles out of the pickers, and keeps the tab in the address', async () => {
    // The demo's introduction ended two months ago; its next run opened ten days ago.
    await dataAccess(env.server.store).courses.upsert(
      [
        {
          key: NEXT_RUN,
          title: 'Introduction to Data Science',
          org: 'DemoU',
          startsAt: new Date(Date.now() - 10 * DAY).toISOString(),
          endsAt: null,
          lmsUrl: null,
          inviteOnly: false,
        },
      ],
      new Date().toISOString(),
    );
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, env.server.address, 'studio', 'author');
    await page.getByRole('heading', { name: 'Learning paths', level: 1, exact: true }).waitFor();
    // Straight to a tab by its address; the document is titled by the path.
    await page.goto(`${env.server.address}/studio/paths/${encodeURIComponent(KEY)}?tab=structure`);
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    expect(await page.getByRole('tab', { name: 'Structure' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.title()).toBe(`${TITLE} · Studio`);

    const intro = rowHeader(page, 'Introduction to Data Science');
    await intro.getByText(/^The course ended on /).waitFor();
    await page.getByRole('button', { name: 'Edit Introduction to Data Science', exact: true }).click();
    const settings = page.getByRole('region', { name: 'Settings of Introduction to Data Science' });
    await settings.getByRole('checkbox', { name: 'Follow the course from run to run' }).check();
    await intro.getByText(/^Follows the course · current run: From .* · open$/).waitFor();
    expect(await intro.getByText(/^The course ended on /).count()).toBe(0);
    await expectAccessible(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshots(page, 'daily-follow-course');

    // In the Core sequence, Statistics cannot wait for Machine Learning, which waits for it.
    await page.getByRole('button', { name: 'Edit Statistics', exact: true }).click();
    const statistics = page.getByRole('region', { name: 'Settings of Statistics' });
    const ml = statistics.getByRole('checkbox', { name: /^Machine Learning/ });
    expect(await ml.getAttribute('aria-disabled')).toBe('true');
    // It can be reached by keyboard, where its reason is read out, but not ticked.
    await ml.focus();
    await page.keyboard.press('Space');
    expect(await ml.isChecked()).toBe(false);
    await statistics
      .getByText(
        'Not possible: it would go round in a circle (Statistics → Machine Learning → Statistics), so none of them could ever be completed.',
      )
      .waitFor();
    expect(
      await statistics.getByRole('checkbox', { name: /^Data Visualization/ }).getAttribute('aria-disabled'),
    ).toBeNull();
    await expectAccessible(page);
    await ml.scrollIntoViewIfNeeded();
    await screenshots(page, 'daily-cycle-picker');

    // The step following its course saves as `run: current`; the tab stays in the address.
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('The draft is saved.').waitFor();
    const draft = await page.evaluate(async (key) => {
      const answer = await fetch(`/api/v1/paths/${encodeURIComponent(key)}`);
      return ((await answer.json()) as { draft: { requirements: { children: { run?: string }[] } } }).draft;
    }, KEY);
    expect(draft.requirements.children[0]!.run).toBe('current');
    await page.getByRole('tab', { name: 'Preview' }).click();
    expect(new URL(page.url()).searchParams.get('tab')).toBe('preview');
    // What is left names the capstone, which opens later, with why.
    const outcome = page.getByRole('region', { name: 'What the learner sees' });
    await outcome.getByText(/^Capstone Project: Unlocks after Core and Electives/).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    expect(await page.getByRole('tab', { name: 'Preview' }).getAttribute('aria-selected')).toBe('true');
  }, 120_000);

  it('gives credits earned of those each part is worth on the learner’s pathway', async () => {
    const page = await env.browser.newPage({ viewport: { width: 375, height: 800 } });
    await signIn(page, env.server.address, 'learn', 'learner018');
    await page.getByRole('heading', { name: 'My Learning', level: 1 }).waitFor();
    await page.goto(`${env.server.address}/learn/paths/${encodeURIComponent(KEY)}`);
    await page.locator('#outline-title').waitFor();
    const evaluation = await page.evaluate(async (key) => {
      const answer = await fetch(`/api/v1/me/paths/${encodeURIComponent(key)}`);
      return ((await answer.json()) as { evaluation: { nodes: Record<string, { satisfied: boolean }> } })
        .evaluation;
    }, KEY);
    // The electives are worth 3, 3 and 4 credits.
    const worth = { viz: 3, nlp: 3, cv: 4 };
    const earned = Object.entries(worth).reduce(
      (sum, [id, credits]) => sum + (evaluation.nodes[id]!.satisfied ? credits : 0),
      0,
    );
    const expected = evaluation.nodes.electives!.satisfied ? 10 : earned;
    expect(await page.locator('#node-electives .lp-outline__credits').first().textContent()).toBe(
      `${expected} of 10 credits`,
    );
    expect(await page.locator('#node-viz .lp-outline__credits').textContent()).toMatch(/^[03] of 3 credits$/);
    await expectAccessible(page);
    await page.locator('#node-electives').scrollIntoViewIfNeeded();
    await screenshots(page, 'daily-credits');
  }, 60_000);

  it('says in words when the service cannot be reached, with a way to try again and a way back', async () => {
    const page = await env.browser.newPage({ viewport: { width: 375, height: 800 } });
    await signIn(page, env.server.address, 'learn', 'learner018');
    await page.getByRole('heading', { name: 'My Learning', level: 1 }).waitFor();
    // The network drops the path's call: no answer at all, as offline.
    await page.route('**/api/v1/me/paths/**', (route) => route.abort('internetdisconnected'));
    await page.goto(`${env.server.address}/learn/paths/${encodeURIComponent(KEY)}`);
    const alert = page.getByRole('alert');
    await alert
      .getByText(
        'This could not be loaded: The service could not be reached. Check your internet connection, then try again.',
      )
      .waitFor();
    expect(await alert.getByRole('link', { name: 'Back to My Learning' }).getAttribute('href')).toBe(
      '/learn',
    );
    await expectAccessible(page);
    await screenshots(page, 'daily-network-error');
    await page.unroute('**/api/v1/me/paths/**');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.locator('#outline-title').waitFor();
  }, 60_000);
});
