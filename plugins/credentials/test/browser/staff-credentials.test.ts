// The staff's side of the credentials plugin in Chromium, against the whole service on the demo
// institution once the backfill has issued credentials: an author sets a tier's credential in the
// editor's Credentials tab, the preview following the typing, and saves it; the instructor finds the
// path's credentials on its Learners page, filters and exports them, with no Revoke; the author
// revokes one with a reason, and its row and its public page say it is revoked. Axe finds nothing
// serious; the tab and the list are photographed at both widths.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  browserAvailable,
  launchBrowser,
  screenshots,
  seriousViolations,
  signIn,
} from '../../../../packages/web/test/browser.ts';
import { PNG_1X1 } from '../../../../packages/server/test/sample-images.ts';
import type { RunningService } from '../../../test/plugin-service.ts';
import { backfillFinished, DS, startCredentials, tablesOf } from '../service/credentials-service.ts';

describe.runIf(browserAvailable())('the staff’s credentials in Studio', { timeout: 90_000 }, () => {
  let service: RunningService;
  let browser: Browser;
  /** A credential on the data-science path, its learner and tier. */
  let held: { id: string; learner: string; title: string };

  beforeAll(async () => {
    service = await startCredentials();
    browser = await launchBrowser();
    await backfillFinished(service);
    held = await tablesOf(service)
      .selectFrom('plugin_credentials')
      .select(['id', 'learner', 'title'])
      .where('path_key', '=', DS)
      .where('tier', '=', 'foundation')
      .orderBy('learner')
      .executeTakeFirstOrThrow();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  /** A part of the page alone at 375 and 1280 px wide: a whole-page photo of a long page shows it too small. */
  async function sectionShots(page: Page, section: Locator, name: string): Promise<void> {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await section.screenshot({ path: join(ARTIFACTS, `${name}-${width}.png`) });
    }
  }

  async function studio(username: string, path: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, service.address, 'studio', username);
    await page.getByRole('heading', { name: 'Learning paths', level: 1, exact: true }).waitFor();
    await page.goto(`${service.address}/studio/paths/${encodeURIComponent(DS)}${path}`);
    return page;
  }

  it('lets an author set a tier’s credential, previewed as it is typed, and save it', async () => {
    const page = await studio('author', '');
    await page.getByRole('tab', { name: 'Credentials' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Credentials' });
    const tier = panel.getByRole('region', { name: `Tier: ${held.title}` });
    const name = tier.getByRole('textbox', { name: 'Name' });
    await name.waitFor();
    expect(await name.inputValue()).toBe(held.title);

    await name.fill('Data Foundations');
    const preview = tier.getByRole('group', { name: 'Preview of the credential Data Foundations' });
    await preview.waitFor();
    await preview.getByText('Issued by Learning Paths').waitFor();
    await tier.getByRole('combobox', { name: 'Achievement type' }).selectOption('Badge');
    await preview.getByText('Achievement type: Badge').waitFor();
    const criteria = tier.getByRole('textbox', { name: 'Criteria' });
    const generated = await criteria.inputValue();
    expect(generated).toMatch(/^Achieved by meeting every requirement below/);
    await criteria.fill('Pass the three foundation courses.');
    await preview.getByText('Pass the three foundation courses.').waitFor();
    await tier.getByText('Edited: it no longer follows the path’s structure.', { exact: false }).waitFor();
    await tier.getByRole('button', { name: 'Reset to generated' }).click();
    expect(await criteria.inputValue()).toBe(generated);
    await tier
      .getByLabel('Image')
      .setInputFiles({ name: 'badge.png', mimeType: 'image/png', buffer: PNG_1X1 });
    await preview.getByRole('img', { name: 'Image of Data Foundations' }).waitFor();

    const pdfLink = preview.getByRole('link', { name: /^Preview PDF \(Sample Learner\)/ });
    await expect.poll(() => pdfLink.getAttribute('href')).toContain('name=Data+Foundations');
    const pdf = await page.request.get(`${service.address}${await pdfLink.getAttribute('href')}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    await tier.getByRole('button', { name: 'Save' }).click();
    await tier.getByText('Saved.').waitFor();
    const saved = await tablesOf(service)
      .selectFrom('plugin_credentials_templates')
      .selectAll()
      .where('tier', '=', 'foundation')
      .executeTakeFirstOrThrow();
    expect(saved).toMatchObject({
      path_key: DS,
      name: 'Data Foundations',
      achievement_type: 'Badge',
      criteria: null,
      updated_by: 'author',
    });
    expect(saved.image).toMatch(/^\/api\/v1\/images\//);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'credentials-studio-tab');
    await sectionShots(page, tier, 'credentials-studio-tier');

    // A path not saved yet has no key to set credentials for.
    await page.goto(`${service.address}/studio/paths/new`);
    await page.getByRole('tab', { name: 'Credentials' }).click();
    await page
      .getByRole('tabpanel', { name: 'Credentials' })
      .getByText('Save the path first: its credentials are set once it has a key.')
      .waitFor();
    await page.close();
  });

  it('shows the instructor the path’s credentials, filtered and exported, with no Revoke', async () => {
    const page = await studio('instructor', '/learners');
    const section = page.getByRole('region', { name: 'Credentials', exact: true });
    const table = section.getByRole('table', { name: 'Credentials on this path' });
    await table.waitFor();
    expect(await section.getByRole('button', { name: /^Revoke/ }).count()).toBe(0);

    await section.getByRole('searchbox', { name: 'Learner (name or username)' }).fill(held.learner);
    await section.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await table.getByRole('cell', { name: held.learner, exact: false }).waitFor();
    await section.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Revoked' });
    await section.getByText('No credential matches.').waitFor();
    await section.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Valid' });
    await table.waitFor();

    const exportLink = section.getByRole('link', { name: 'Export CSV' });
    const href = (await exportLink.getAttribute('href'))!;
    expect(href).toContain('revoked=false');
    expect(href).toContain(`search=${held.learner}`);
    const download = page.waitForEvent('download');
    await exportLink.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('path-v1_DemoU_DS_2026_spring-credentials.csv');
    const csv = await page.request.get(`${service.address}${href}`);
    const lines = (await csv.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Learner,Name,Tier,Issued,Status,Revoked on,Reason,URL');
    expect(lines.slice(1).every((line) => line.startsWith(`${held.learner},`))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await sectionShots(page, section, 'credentials-studio-list');
    await page.close();
  });

  it('lets an author revoke a credential with a reason; its row and its public page say so', async () => {
    const page = await studio('author', '/learners');
    const section = page.getByRole('region', { name: 'Credentials', exact: true });
    await section.getByRole('searchbox', { name: 'Learner (name or username)' }).fill(held.learner);
    await section.getByRole('button', { name: 'Search' }).click();
    const revoke = section.getByRole('button', {
      name: new RegExp(`^Revoke the credential of .*, ${held.title}$`),
    });
    await expect.poll(() => revoke.count()).toBe(1);
    await revoke.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Issued by mistake');
    expect(await seriousViolations(page)).toEqual([]);
    await sectionShots(page, dialog, 'credentials-studio-revoke-dialog');
    await dialog.getByRole('button', { name: 'Revoke' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = section.getByRole('row').filter({ hasText: held.learner });
    await row.getByText(/^Revoked on /).waitFor();
    expect(await row.getByRole('button', { name: /^Revoke/ }).count()).toBe(0);
    await section.getByText(/is revoked\.$/).waitFor();

    const publicPage = await (await fetch(`${service.address}/credentials/${held.id}`)).text();
    expect(publicPage).toContain('Revoked on');
    expect(publicPage).not.toContain('Issued by mistake');
    await page.close();
  });
});
