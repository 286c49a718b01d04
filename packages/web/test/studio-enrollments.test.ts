// Studio's enrollment management in a browser against the real server and the demo institution: an
// instructor enrolls three learners (two in the form, one from a CSV with an email that has no
// account), finds them listed, unenrolls one and reads it in the audit log; a learner is told the
// path is not found. Every state is checked with axe-core and photographed at 375 and 1280 px.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, screenshots, seriousViolations, signIn, useBrowserTests } from './browser.ts';

const PATH = 'path-v1:OpenTech+SEC+2026+open';
const LEARNERS_URL = `/studio/paths/${encodeURIComponent(PATH)}/learners`;

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

/** Three demo learners who are not on the path yet. */
async function learnersNotOnPath(page: Page, address: string): Promise<string[]> {
  const answer = await page.request.get(
    `${address}/api/v1/paths/${encodeURIComponent(PATH)}/enrollments?limit=500`,
  );
  const enrolled = new Set(
    ((await answer.json()) as { items: { username: string }[] }).items.map((row) => row.username),
  );
  return Array.from({ length: 200 }, (_, index) => `learner${String(index + 1).padStart(3, '0')}`)
    .filter((username) => !enrolled.has(username))
    .slice(0, 3);
}

describe.runIf(browserAvailable())('Studio enrollment management in a browser', () => {
  const env = useBrowserTests({ demo: true });

  it('an instructor enrolls three learners, one by CSV with a pending email, and sees them listed', async () => {
    const page = await env.browser.newPage({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
    await signIn(page, env.server.address, 'studio', 'instructor');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const [first, second, third] = await learnersNotOnPath(page, env.server.address);
    expect(third).toBeDefined();

    await page.goto(`${env.server.address}${LEARNERS_URL}`);
    await page.getByRole('heading', { level: 1, name: /Security/ }).waitFor();
    await page.getByRole('table', { name: 'Enrolled learners, with their progress' }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'studio-learners');

    // Two in the form: one by username, one by email.
    const byName = page.getByRole('form', { name: 'By username or email' });
    await byName.getByLabel('Usernames or emails').fill(`${first}\n${second}@example.org`);
    await byName.getByLabel(/Reason/).fill('Spring cohort');
    await byName.getByRole('button', { name: 'Enroll' }).click();
    await page.getByText('2 rows: 2 enrolled, 0 pending, 0 already enrolled, 0 invalid.').waitFor();

    // One batch by CSV: a learner by email, an email with no account, and a row that is no one.
    const byCsv = page.getByRole('form', { name: 'From a CSV file' });
    await byCsv.getByLabel('CSV file').setInputFiles({
      name: 'cohort.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`email\n${third}@example.org\nnew.person@example.net\nnobody-here\n`),
    });
    await byCsv.getByText('Ready to upload: cohort.csv').waitFor();
    await byCsv.getByRole('button', { name: 'Upload and enroll' }).click();
    await page.getByText('3 rows: 1 enrolled, 1 pending, 0 already enrolled, 1 invalid.').waitFor();
    const results = page.getByRole('table', { name: 'Result of each row' });
    expect(await results.getByRole('row').count()).toBe(4);
    await expect.poll(() => results.getByRole('row').nth(2).textContent()).toContain('Pending');
    await expectAccessible(page);
    await screenshots(page, 'studio-learners-results');

    await page.getByLabel('Show only problems (1)').check();
    expect(await results.getByRole('row').count()).toBe(2);
    expect(await results.getByRole('row').nth(1).textContent()).toContain('nobody-here');
    const [report] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download report (CSV)' }).click(),
    ]);
    expect(report.suggestedFilename()).toBe('path-v1_OpenTech_SEC_2026_open-enrollment-report.csv');
    const reportText = await readFile(await report.path(), 'utf8');
    expect(reportText.split('\r\n').slice(0, 3)).toEqual([
      'Learner,Result,Detail',
      `${third}@example.org,Enrolled,${third} is enrolled`,
      'new.person@example.net,Pending: no account yet,no account has this email yet; enrolled when one appears',
    ]);

    // Listed: the search finds each of the three.
    const list = page.getByRole('table', { name: 'Enrolled learners, with their progress' });
    for (const username of [first, second, third]) {
      await page.getByLabel('Search by name, username or email').fill(username!);
      await page.getByLabel('Search by name, username or email').press('Enter');
      // Wait for this search's list itself: the list before it may already start with this learner
      // (unfiltered) or hold one row (the previous search).
      const rows = list.getByRole('row');
      await expect
        .poll(async () => [await rows.count(), (await rows.nth(1).textContent())?.includes(username!)])
        .toEqual([2, true]);
    }
    expect(new URL(page.url()).searchParams.get('search')).toBe(third);
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const exportText = await readFile(await exported.path(), 'utf8');
    expect(exportText.split('\r\n')).toHaveLength(3);
    expect(exportText).toContain(`${third},${third}@example.org`);

    // Pending: the email with no account.
    const pending = page.getByRole('table', { name: 'Emails waiting for an account' });
    await expect.poll(() => pending.textContent()).toContain('new.person@example.net');

    // Unenroll one, with a reason, from the keyboard.
    await page.getByLabel('Search by name, username or email').fill(first!);
    await page.getByLabel('Search by name, username or email').press('Enter');
    await list.getByRole('button', { name: `Unenroll ${first}` }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Unenroll ${first}?` });
    await dialog.waitFor();
    await dialog.getByLabel(/Reason/).fill('Left the programme');
    await expectAccessible(page);
    await screenshots(page, 'studio-learners-unenroll');
    await dialog.getByRole('button', { name: 'Unenroll' }).click();
    await page.getByText('No enrolled learner matches.').waitFor();
    // The row is gone: the focus goes to the message saying what happened.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(`${first} is unenrolled.`);

    // The audit log, filtered to that learner.
    await page.getByLabel('Learner (username or email)').fill(first!);
    await page.getByRole('button', { name: 'Filter' }).click();
    const audit = page.getByRole('table', { name: 'Audit log entries, newest first' });
    await expect.poll(() => audit.getByRole('row').count()).toBe(3);
    const latest = await audit.getByRole('row').nth(1).textContent();
    expect(latest).toContain('Unenrolled');
    expect(latest).toContain('Left the programme');
    expect(await audit.getByRole('row').nth(2).textContent()).toContain('Spring cohort');
    await expectAccessible(page);
    await screenshots(page, 'studio-learners-audit');

    // The pending enrollment, cancelled.
    // From the keyboard (a click right after a full-page screenshot lands on a stale scroll position).
    await pending.getByRole('button', { name: 'Cancel enrollment of new.person@example.net' }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('dialog', { name: 'Cancel the enrollment of new.person@example.net?' })
      .getByRole('button', { name: 'Cancel enrollment' })
      .click();
    await page.getByText('No enrollment is waiting for an account.').waitFor();
    await page.getByText('The enrollment of new.person@example.net is cancelled.').waitFor();
  }, 60_000);

  it('reports a malformed CSV line as a row and enrolls the rest; a new upload clears the last results', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, env.server.address, 'studio', 'instructor');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const [first, second, third] = await learnersNotOnPath(page, env.server.address);
    await page.goto(`${env.server.address}${LEARNERS_URL}`);
    const byName = page.getByRole('form', { name: 'By username or email' });
    await byName.getByLabel('Usernames or emails').fill('nobody-at-all');
    await byName.getByRole('button', { name: 'Enroll' }).click();
    await page.getByRole('heading', { name: 'Enrollment results of the names entered' }).waitFor();

    // Usernames and emails in another case, repeated rows, a bad email, and an unmatched quote on line 9.
    const byCsv = page.getByRole('form', { name: 'From a CSV file' });
    await byCsv.getByLabel('CSV file').setInputFiles({
      name: 'cohort.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          'username',
          first,
          first!.toUpperCase(),
          `${second!.toUpperCase()}@EXAMPLE.ORG`,
          third!.toUpperCase(),
          'someone@',
          'new.person2@example.net',
          'New.Person2@Example.net',
          '"learner199',
        ].join('\n'),
      ),
    });
    await byCsv.getByRole('button', { name: 'Upload and enroll' }).click();
    await page.getByRole('heading', { name: 'Enrollment results of cohort.csv' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Enrollment results of the names entered' }).count()).toBe(
      0,
    );
    await page
      .getByText('8 rows: 3 enrolled, 1 pending, 0 already enrolled, 2 invalid, 2 duplicates.')
      .waitFor();
    const results = page.getByRole('table', { name: 'Result of each row' });
    const rows = results.getByRole('row');
    expect(await rows.count()).toBe(9);
    const text = async (row: number) => (await rows.nth(row).innerText()).replace(/\s+/g, ' ');
    expect(await text(0)).toContain('Line');
    expect(await text(2)).toMatch(/^3 .*Duplicate duplicate of line 2$/);
    expect(await text(4)).toContain(`${third} is enrolled`);
    expect(await text(5)).toContain('"someone@" is not a valid email address');
    expect(await text(7)).toContain('duplicate of line 7');
    expect(await text(8)).toMatch(/^9 .*Invalid line 9: unmatched quote$/);
    await expectAccessible(page);
    await screenshots(page, 'studio-learners-csv-lines');

    // A file the server refuses whole: the earlier results are gone, not left under the error.
    await byCsv.getByLabel('CSV file').setInputFiles({
      name: 'empty.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('username\n'),
    });
    await byCsv.getByRole('button', { name: 'Upload and enroll' }).click();
    await expect.poll(() => byCsv.getByRole('alert').textContent()).toBe('the CSV body has no rows');
    expect(await results.count()).toBe(0);
  }, 60_000);

  it('takes a dropped CSV file', async () => {
    const page = await env.browser.newPage();
    await signIn(page, env.server.address, 'studio', 'instructor');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.goto(`${env.server.address}${LEARNERS_URL}`);
    const byCsv = page.getByRole('form', { name: 'From a CSV file' });
    // Dropped on the drop zone this time.
    await page.getByTestId('csv-drop-zone').evaluate((zone) => {
      const files = new DataTransfer();
      files.items.add(new File(['username\n"learner001\n'], 'broken.csv', { type: 'text/csv' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
    });
    await byCsv.getByText('Ready to upload: broken.csv').waitFor();
    await byCsv.getByRole('button', { name: 'Upload and enroll' }).click();
    const results = page.getByRole('table', { name: 'Result of each row' });
    await expect.poll(() => results.getByRole('row').nth(1).innerText()).toContain('line 2: unmatched quote');
  });

  it('an author gives an instructor a new path in its Team section, then takes it back', async () => {
    const NEW = 'path-v1:OpenTech+TEAM+2026+new';
    const author = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(author, env.server.address, 'studio', 'author');
    await author.getByRole('button', { name: 'Sign out' }).waitFor();
    // The author's new path, published.
    await author.evaluate(
      async ({ from, key }) => {
        const me = (await (await fetch('/api/v1/me')).json()) as { csrfToken: string };
        const headers = { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken };
        const path = (await (await fetch(`/api/v1/paths/${encodeURIComponent(from)}`)).json()) as {
          definition: Record<string, unknown>;
        };
        const definition = { ...path.definition, key, title: 'Team Test Path' };
        await fetch('/api/v1/paths', { method: 'POST', headers, body: JSON.stringify(definition) });
        await fetch(`/api/v1/paths/${encodeURIComponent(key)}/publish`, { method: 'POST', headers });
      },
      { from: PATH, key: NEW },
    );
    // The instructor does not see it yet.
    const instructor = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(instructor, env.server.address, 'studio', 'instructor');
    await instructor.getByRole('button', { name: 'Sign out' }).waitFor();
    const newLearners = `${env.server.address}/studio/paths/${encodeURIComponent(NEW)}/learners`;
    await instructor.goto(newLearners);
    await instructor.getByRole('heading', { level: 1, name: 'Path not found' }).waitFor();

    // From the path list to the path's team.
    await author.goto(`${env.server.address}/studio/?search=Team%20Test`);
    await author.getByRole('link', { name: 'Team of Team Test Path' }).click();
    await author.getByRole('heading', { level: 1, name: /Team Test Path/ }).waitFor();
    const members = author.getByRole('table', { name: 'Authors and instructors, with their access' });
    await expect.poll(() => members.getByRole('row').nth(1).innerText()).toContain('Robin Author (you)');
    expect(await members.getByRole('row').nth(1).innerText()).toContain('Every path of OpenTech');
    const form = author.getByRole('form', { name: 'Add someone' });
    await form.getByLabel('Username or email').fill('nobody@example.org');
    await form.getByRole('button', { name: 'Add to the team' }).click();
    await form.getByText('no account has the username or email nobody@example.org').waitFor();
    await expectAccessible(author);
    await form.getByLabel('Username or email').fill('INSTRUCTOR@example.org');
    await form.getByLabel('Role').selectOption({ label: 'Instructor' });
    await form.getByLabel('Access to').selectOption({ label: 'This path' });
    await form.getByRole('button', { name: 'Add to the team' }).click();
    await author.getByText('INSTRUCTOR@example.org is now instructor of this path.').waitFor();
    await expect.poll(() => members.innerText()).toContain('Sam Instructor');
    await expectAccessible(author);
    await screenshots(author, 'studio-team');

    // The instructor sees the path now.
    await instructor.goto(newLearners);
    await instructor.getByRole('heading', { level: 1, name: /Team Test Path/ }).waitFor();
    // …but may not change who works on it.
    await instructor.goto(`${env.server.address}/studio/paths/${encodeURIComponent(NEW)}/team`);
    await instructor.getByRole('heading', { level: 1, name: 'Only authors manage the team' }).waitFor();
    await expectAccessible(instructor);
    await screenshots(instructor, 'studio-team-instructor');

    // Taken back, from the keyboard.
    await members.getByRole('button', { name: 'Remove Sam Instructor as instructor of this path' }).focus();
    await author.keyboard.press('Enter');
    const dialog = author.getByRole('dialog', { name: 'Remove Sam Instructor?' });
    await dialog.getByText('Sam Instructor will no longer be instructor of this path.').waitFor();
    await expectAccessible(author);
    await screenshots(author, 'studio-team-remove');
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect
      .poll(() => author.evaluate(() => document.activeElement?.textContent))
      .toBe('Sam Instructor is no longer instructor of this path.');
    expect(await members.innerText()).not.toContain('Sam Instructor');
    await instructor.goto(newLearners);
    await instructor.getByRole('heading', { level: 1, name: 'Path not found' }).waitFor();

    // The organisation's team: everyone who works on every OpenTech path.
    await author.getByRole('link', { name: 'Team of every OpenTech path' }).click();
    await author.getByRole('heading', { level: 1, name: /Organisation OpenTech/ }).waitFor();
    await expect.poll(() => members.innerText()).toContain('Robin Author');
    await expectAccessible(author);
    await screenshots(author, 'studio-team-org');
  }, 90_000);

  it('marks the learners who can no longer complete a path, with the courses that ended, and counts them', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, env.server.address, 'studio', 'instructor');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    // The demo's Computing Program: its first year's courses have ended.
    await page.goto(
      `${env.server.address}/studio/paths/${encodeURIComponent('path-v1:DemoU+CS+2026+fulltime')}/learners`,
    );
    await page.getByRole('table', { name: 'Enrolled learners, with their progress' }).waitFor();
    const count = page.locator('.lp-stat', { hasText: 'Cannot complete' }).locator('dd');
    expect(Number(await count.textContent())).toBeGreaterThan(0);
    const marked = page.getByRole('row').filter({ hasText: 'Cannot complete' });
    expect(await marked.first().textContent()).toMatch(/ended before (it was|they were) completed/);
    await expectAccessible(page);
    await screenshots(page, 'studio-learners-cannot-complete');
  });

  it('tells a learner the path is not found', async () => {
    const page = await env.browser.newPage();
    await signIn(page, env.server.address, 'studio', 'learner001');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.goto(`${env.server.address}${LEARNERS_URL}`);
    await page.getByRole('heading', { level: 1, name: 'Path not found' }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'studio-learners-not-found');
  });
});
