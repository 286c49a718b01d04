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

  it('takes a dropped CSV file and shows the server’s detail when it is malformed', async () => {
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
    await expect.poll(() => byCsv.getByRole('alert').textContent()).toMatch(/^the CSV body is malformed/);
    await expectAccessible(page);
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
