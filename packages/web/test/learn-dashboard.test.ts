// Learn's "My Learning" in a browser against the real server with the demo data: the cards match
// the API, search, filters, sorting and pages work and are remembered, the empty states say why.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, screenshots, seriousViolations, signIn, useBrowserTests } from './browser.ts';

/** The demo seeded as of this time: learner008 has 4 paths and 14 courses, learner016 nothing. */
const NOW = new Date('2026-03-01T10:00:00Z');

interface Learning {
  items: { title: string; type: string }[];
  total: number;
}

/** GET /api/v1/me/learning from inside the page, with its session. */
function learning(page: Page, query: string): Promise<Learning> {
  return page.evaluate(
    async (url) => (await fetch(url)).json() as Promise<Learning>,
    `/api/v1/me/learning?${query}`,
  );
}

function cardTitles(page: Page): Promise<string[]> {
  return page.locator('.lp-card h2').allTextContents();
}

describe.runIf(browserAvailable())('My Learning in a browser', { timeout: 60_000 }, () => {
  const env = useBrowserTests({ demo: true, now: NOW });

  it('lists, searches, filters, sorts and pages the learner’s paths and courses as the API does', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, env.server.address, 'learn', 'learner008');
    await page.getByText('18 items, page 1 of 2').waitFor();
    const all = await learning(page, 'limit=12');
    expect(await cardTitles(page)).toEqual(all.items.map((item) => item.title));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'learn-dashboard');

    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText('18 items, page 2 of 2').waitFor();
    expect(await cardTitles(page)).toEqual(
      (await learning(page, 'limit=12&offset=12')).items.map((item) => item.title),
    );

    await page.getByLabel('Search by name').fill('security');
    const found = await learning(page, 'search=security');
    await page.getByText(`${found.total} items`, { exact: true }).waitFor();
    expect(await cardTitles(page)).toEqual(found.items.map((item) => item.title));

    await page.getByLabel('Type').selectOption({ label: 'Paths' });
    await page.getByLabel('Sort by').selectOption({ label: 'Title (A to Z)' });
    const paths = await learning(page, 'search=security&type=path&sort=title');
    await expect.poll(() => cardTitles(page)).toEqual(paths.items.map((item) => item.title));
    expect(paths.items.every((item) => item.type === 'path')).toBe(true);

    // Remembered between visits.
    await page.reload();
    await expect.poll(() => cardTitles(page)).toEqual(paths.items.map((item) => item.title));
    expect(await page.getByLabel('Search by name').inputValue()).toBe('security');
    expect(await page.getByLabel('Type').inputValue()).toBe('path');

    await page.getByLabel('Search by name').fill('');
    await page.getByLabel('Organisation').selectOption('OpenTech');
    await page.getByLabel('Status').selectOption({ label: 'Completed' });
    await page.getByLabel('Dates').selectOption({ label: 'Ended' });
    await page.getByRole('heading', { name: 'Nothing matches these filters' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await page.getByText('18 items, page 1 of 2').waitFor();
  });

  it('opens a path from its card, and a course’s paths from the course', async () => {
    const page = await env.browser.newPage();
    await signIn(page, env.server.address, 'learn', 'learner008');
    await page.getByRole('link', { name: 'Computing Program' }).first().click();
    await page.getByRole('heading', { name: 'Computing Program', level: 1 }).waitFor();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(
      '/learn/paths/path-v1:DemoU+CS+2026+fulltime',
    );
  });

  it('says so when the learner has nothing yet', async () => {
    const page = await env.browser.newPage();
    await signIn(page, env.server.address, 'learn', 'learner016');
    await page.getByRole('heading', { name: 'You have no learning paths yet' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'learn-dashboard-empty');
  });

  it('finds public paths in Explore paths, from the empty dashboard and the header, and joins one', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const { address } = env.server;
    const query = () => new URL(page.url()).searchParams.toString();
    await signIn(page, address, 'learn', 'learner048');
    await page.getByRole('heading', { name: 'You have no learning paths yet' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Explore paths' }).click();
    await page.getByRole('heading', { name: 'Explore paths', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/learn/explore');
    // Public published paths only: the demo's invite-only ones (DemoU's) are not listed.
    await expect.poll(() => cardTitles(page)).toEqual(['Cloud Native Essentials', 'Security Practitioner']);
    const cloud = page.getByRole('article', { name: 'Cloud Native Essentials' });
    for (const text of [
      'OpenTech',
      'Beginner',
      '4 courses',
      'Container Basics Badge',
      'Cloud Native Essentials Badge',
    ])
      expect(await cloud.textContent()).toContain(text);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'learn-explore');

    // Search and filters live in the address: Back undoes them, a link or a reload keeps them.
    await page.getByLabel('Search paths').fill('kubernetes');
    await page.getByLabel('Search paths').press('Enter');
    await expect.poll(() => cardTitles(page)).toEqual(['Cloud Native Essentials']);
    expect(query()).toBe('search=kubernetes');
    await page.getByLabel('Level').selectOption({ label: 'Intermediate' });
    await page.getByRole('heading', { name: 'No paths match these filters' }).waitFor();
    expect(query()).toBe('search=kubernetes&level=intermediate');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'learn-explore-no-match');
    await page.goBack();
    await expect.poll(() => cardTitles(page)).toEqual(['Cloud Native Essentials']);
    expect(await page.getByLabel('Level').inputValue()).toBe('');
    await page.goto(`${address}/learn/explore?level=intermediate&org=OpenTech`);
    await expect.poll(() => cardTitles(page)).toEqual(['Security Practitioner']);
    expect(await page.getByLabel('Organisation').inputValue()).toBe('OpenTech');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect.poll(() => cardTitles(page)).toEqual(['Cloud Native Essentials', 'Security Practitioner']);
    expect(query()).toBe('');

    await page.getByRole('link', { name: 'View and join Cloud Native Essentials' }).click();
    await page.getByRole('heading', { name: 'Cloud Native Essentials', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Join this path' }).click();
    await page.getByRole('button', { name: 'Leave this path' }).waitFor();
    const header = page.getByRole('navigation', { name: 'Main' });
    await header.getByRole('link', { name: 'Explore paths' }).click();
    await page.getByRole('heading', { name: 'Explore paths', level: 1 }).waitFor();
    expect(await header.getByRole('link', { name: 'Explore paths' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await cloud.getByText('You’re on this path').waitFor();
    await cloud.getByRole('link', { name: 'Continue Cloud Native Essentials' }).waitFor();
    expect(await cloud.getByRole('link', { name: /View and join/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'learn-explore-joined');
  });
});
