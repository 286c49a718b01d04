// Organisations own their invite-only courses, in Chromium against the real server and the demo:
// an author of DemoU only who puts OpenTech's invite-only course into a DemoU path is refused at
// that step, in words naming OpenTech, and saves once OpenTech shares it (through the API); a
// learner on an OpenTech path whose DemoU invite-only course is no longer shared is told so when
// starting it, not that it is locked. Both screens are checked with axe-core and photographed.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CompiledPaths, createUser, dataAccess, importPath, operatorActor } from '@learning-paths/server';
import { browserAvailable, screenshots, seriousViolations, signIn, useBrowserTests } from './browser.ts';

const DS = 'path-v1:DemoU+DS+2026+spring';
const INCIDENTS = 'course-v1:OpenTech+SEC240+2026';
const NOT_SHARED = `${INCIDENTS} is an invite-only course of OpenTech, which does not share it with DemoU: an author of OpenTech must share it before a DemoU path may use it`;
const SECURE = 'path-v1:OpenTech+SECDS+2026+joint';
const CAPSTONE = 'course-v1:DemoU+DS300+2026';
/** An author of DemoU only: OpenTech's courses are not theirs to share. */
const DEMOU_AUTHOR = 'demou-author';
const PASSWORD = 'demou-password';

/** The draft as the server holds it. */
function savedDraft(page: Page, key: string): Promise<{ requirements: { children: { course?: string }[] } }> {
  return page.evaluate(async (path) => {
    const answer = await fetch(`/api/v1/paths/${encodeURIComponent(path)}`);
    return ((await answer.json()) as { draft: { requirements: { children: { course?: string }[] } } }).draft;
  }, key);
}

describe.runIf(browserAvailable())('sharing invite-only courses in a browser', { timeout: 60_000 }, () => {
  const env = useBrowserTests({ demo: true });
  /** An API token of the demo's author, an author of OpenTech and of DemoU. */
  let token: string;

  beforeAll(async () => {
    const data = dataAccess(env.server.store);
    const now = new Date().toISOString();
    const author = (await data.users.findByUsername('author'))!;
    ({ token } = await data.tokens.create(author.id, { name: 'sharing tests', expiresAt: null }, now));
    await createUser({
      users: data.users,
      username: DEMOU_AUTHOR,
      displayName: 'Dana DemoU',
      password: PASSWORD,
      role: 'author',
      scope: 'org:DemoU',
      now,
    });
  });

  /** A PUT to the API as the demo's author, as their scripts or the CLI would send it. */
  async function put(url: string, body: object) {
    const response = await fetch(`${env.server.address}${url}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect([url, response.status]).toEqual([url, 200]);
  }

  it("refuses another organisation's unshared course at its step, and saves once it is shared", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, env.server.address, 'studio', DEMOU_AUTHOR, PASSWORD);
    await page.getByRole('link', { name: 'Data Science Foundations', exact: true }).click();
    await page.getByRole('heading', { name: 'Data Science Foundations', level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Structure' }).click();
    await page.getByRole('searchbox', { name: 'Add a course to Programme' }).fill('SEC240');
    await page.getByRole('button', { name: 'Add Incident Response to Programme' }).click();

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Not saved: ', { exact: false }).waitFor();
    // At the step's row: its count of problems, and the sentence at its course once shown.
    const row = page.locator('.node-header').filter({ hasText: 'Incident Response' });
    expect(await row.getByText('1 problem', { exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: `Show the field: ${NOT_SHARED}` }).click();
    const settings = page.getByRole('region', { name: 'Settings of Incident Response' });
    const course = settings.getByRole('textbox', { name: 'Course' });
    expect(await course.inputValue()).toBe(INCIDENTS);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe(await course.getAttribute('id'));
    // The sentence is said with the field (Paragon links a feedback to its control in an effect).
    await expect
      .poll(() =>
        course.evaluate((field) =>
          (field.getAttribute('aria-describedby') ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent),
        ),
      )
      .toContain(NOT_SHARED);
    expect(await settings.getByText(NOT_SHARED).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await settings.scrollIntoViewIfNeeded();
    await screenshots(page, 'studio-course-not-shared');
    expect((await savedDraft(page, DS)).requirements.children.map((child) => child.course)).not.toContain(
      INCIDENTS,
    );

    // OpenTech shares the course with DemoU: the same draft saves.
    await put(`/api/v1/courses/${encodeURIComponent(INCIDENTS)}/sharing`, { sharedWith: ['DemoU'] });
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('The draft is saved.', { exact: false }).waitFor();
    expect(await page.getByText(NOT_SHARED).count()).toBe(0);
    expect((await savedDraft(page, DS)).requirements.children.map((child) => child.course)).toContain(
      INCIDENTS,
    );
  });

  it('tells a learner a step’s course is no longer shared with the path’s organisation', async () => {
    // DemoU shares its invite-only courses with OpenTech; an OpenTech path uses DemoU's capstone.
    await put('/api/v1/organizations/DemoU/sharing', { shareInviteOnlyCoursesWith: ['OpenTech'] });
    await importPath({
      data: dataAccess(env.server.store),
      compiled: new CompiledPaths(),
      actor: operatorActor(),
      definition: {
        key: SECURE,
        title: 'Secure Data Science',
        visibility: 'public',
        requirements: {
          id: 'root',
          title: 'Programme',
          rule: 'all',
          children: [
            { id: 'fundamentals', title: 'Security Fundamentals', course: 'course-v1:OpenTech+SEC100+2026' },
            { id: 'capstone', title: 'Capstone Project', course: CAPSTONE },
          ],
        },
      },
      publish: true,
      now: new Date().toISOString(),
    });
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The LMS of the demo catalog is not reachable from here: any visit to it is a failure.
    const visited: string[] = [];
    await page.route('https://lms.example.org/**', (route) => {
      visited.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<title>LMS</title>' });
    });
    await signIn(page, env.server.address, 'learn', 'learner018');
    await page.getByRole('heading', { name: 'My Learning', level: 1 }).waitFor();
    await page.goto(`${env.server.address}/learn/paths/${encodeURIComponent(SECURE)}`);
    await page.getByRole('button', { name: 'Join this path' }).click();
    const capstone = page.locator('#node-capstone');
    const start = capstone.getByRole('button', { name: 'Start course: Capstone Project' });
    await start.waitFor();

    // DemoU takes the sharing back while the page is open.
    await put('/api/v1/organizations/DemoU/sharing', { shareInviteOnlyCoursesWith: [] });
    const pageAddress = `${env.server.address}/api/v1/me/paths/${encodeURIComponent(SECURE)}`;
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/steps/capstone/start')),
      // The refusal brings the page up to date.
      page.waitForResponse((response) => response.url() === pageAddress),
      start.click(),
    ]);
    expect([answer.status(), ((await answer.json()) as { detail: string }).detail]).toEqual([
      403,
      "Capstone Project cannot be opened from this path: it is an invite-only course of DemoU, which does not share it with OpenTech. The path's staff can tell you more.",
    ]);
    const refusal = capstone.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      "Capstone Project cannot be opened from this path: it is an invite-only course of DemoU, which does not share it with this path's organisation. The path's staff can tell you more.",
    );
    expect(await capstone.textContent()).not.toMatch(/locked/i);
    expect(visited).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'learn-course-not-shared');
  });
});
