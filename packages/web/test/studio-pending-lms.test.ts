// Where pending emails stand in the LMS, in a browser: the real server and demo (whose standalone
// LMS reports nothing, `lms` null), with the pending list and the retry route answered by the page
// as an Open edX service would, so the three states, the keyboard "Try again" and its announcement
// are checked with axe-core and photographed at 375 and 1280 px.
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

const PATH = 'path-v1:OpenTech+SEC+2026+open';
const LEARNERS_URL = `/studio/paths/${encodeURIComponent(PATH)}/learners`;

const row = (email: string, lms: unknown) => ({
  email,
  createdAt: '2026-03-01T10:00:00Z',
  createdBy: 'instructor',
  reason: 'Spring cohort',
  source: 'csv',
  lms,
});

/** The full page at 375 and 1280 px, and the pending section alone (where the states are). */
async function photograph(page: Page, name: string) {
  await screenshots(page, name);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.locator('#pending').screenshot({ path: join(ARTIFACTS, `${name}-section-${width}.png`) });
  }
}

/** Answers the pending list with the three states, and the retry of the refused one. */
async function fakeOpenEdxPending(page: Page): Promise<string[]> {
  let refused = true;
  const retries: string[] = [];
  await page.route(
    (url) => url.pathname.endsWith('/pending-enrollments'),
    (route) =>
      route.fulfill({
        json: {
          total: 3,
          items: [
            row('ada.new@example.net', {
              state: 'waiting',
              attempts: 3,
              error: 'Open edX answered 503 Service Unavailable',
            }),
            row('bob.new@example.net', { state: 'done', attempts: 1, error: null }),
            row(
              'grace.new@example.net',
              refused
                ? { state: 'failed', attempts: 1, error: '400 <b>course-v1:OpenTech+SEC1+2026</b> is closed' }
                : { state: 'waiting', attempts: 0, error: null },
            ),
          ],
        },
      }),
  );
  await page.route('**/lms-retry', (route) => {
    retries.push(decodeURIComponent(new URL(route.request().url()).pathname));
    refused = false;
    return route.fulfill({ json: { retried: 1 } });
  });
  return retries;
}

describe.runIf(browserAvailable())('The LMS state of pending enrollments in a browser', () => {
  const env = useBrowserTests({ demo: true });

  it('shows waiting, sent and refused, and tries the refused one again from the keyboard', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, env.server.address, 'studio', 'instructor');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const retries = await fakeOpenEdxPending(page);

    await page.goto(`${env.server.address}${LEARNERS_URL}#pending`);
    const table = page.getByRole('table', { name: 'Emails waiting for an account' });
    await table.getByText('The LMS refused: 400 <b>course-v1:OpenTech+SEC1+2026</b> is closed').waitFor();
    expect(await table.textContent()).toContain('3 attempts so far');
    expect(await table.textContent()).toContain('Sent to the LMS');
    expect(await table.locator('b').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await photograph(page, 'studio-pending-lms');

    const tryAgain = page.getByRole('button', { name: 'Try again to send grace.new@example.net to the LMS' });
    await tryAgain.focus();
    await page.keyboard.press('Enter');
    const notice = page.getByRole('status').filter({ hasText: 'is sent again' });
    await notice.waitFor();
    expect(await notice.textContent()).toBe('The refused LMS call for grace.new@example.net is sent again.');
    await expect.poll(() => tryAgain.count()).toBe(0);
    expect(retries).toEqual([`/api/v1/paths/${PATH}/pending-enrollments/grace.new@example.net/lms-retry`]);
    expect(await seriousViolations(page)).toEqual([]);
    await photograph(page, 'studio-pending-lms-retried');
  });
});
