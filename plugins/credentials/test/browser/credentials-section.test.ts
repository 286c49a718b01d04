// Learn's path page section of the credentials plugin in Chromium, against the whole service on the
// demo institution once the backfill has issued credentials: a learner sees their credential on the
// path with its tier, date, status in words and links, makes it private (LinkedIn's link goes, as on
// the verification page) and public again. Axe finds nothing serious; photographed at both widths.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  launchBrowser,
  screenshots,
  seriousViolations,
  signIn,
} from '../../../../packages/web/test/browser.ts';
import type { RunningService } from '../../../test/plugin-service.ts';
import { backfillFinished, startCredentials, tablesOf } from '../service/credentials-service.ts';

describe.runIf(browserAvailable())(
  'the credentials section on Learn’s path page',
  { timeout: 90_000 },
  () => {
    let service: RunningService;
    let browser: Browser;
    let held: { id: string; learner: string; path_key: string; title: string };

    beforeAll(async () => {
      service = await startCredentials();
      browser = await launchBrowser();
      await backfillFinished(service);
      held = await tablesOf(service)
        .selectFrom('plugin_credentials')
        .select(['id', 'learner', 'path_key', 'title'])
        .where('revoked_at', 'is', null)
        .orderBy('learner')
        .executeTakeFirstOrThrow();
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await service?.stop();
    });

    async function pathPage(username: string, pathKey: string): Promise<Page> {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      await signIn(page, service.address, 'learn', username);
      await page.getByRole('heading', { name: 'My Learning', level: 1, exact: true }).waitFor();
      await page.goto(`${service.address}/learn/paths/${encodeURIComponent(pathKey)}`);
      return page;
    }

    it('lists the learner’s credential with its links, and makes it private and public', async () => {
      const page = await pathPage(held.learner, held.path_key);
      const section = page.getByRole('region', { name: 'Your credentials for this path' });
      const entry = section.getByRole('listitem').filter({
        has: page.getByRole('heading', { name: new RegExp(`^${held.title} Valid$`), level: 3 }),
      });
      await entry.waitFor();
      await entry.getByText(/^Issued on .*\d{4}$/).waitFor();
      const link = (name: string) => entry.getByRole('link', { name: `${name} (credential ${held.title})` });
      const view = await link('View and verify').getAttribute('href');
      expect(view).toMatch(new RegExp(`/credentials/${held.id}$`));
      expect(await link('Download PDF').getAttribute('href')).toBe(`${view}.pdf`);
      expect(await link('Download signed JSON').getAttribute('href')).toBe(`${view}.json`);
      const linkedIn = new URL((await link('Add to LinkedIn').getAttribute('href'))!);
      expect(linkedIn.origin + linkedIn.pathname).toBe('https://www.linkedin.com/profile/add');
      expect(linkedIn.searchParams.get('certUrl')).toBe(view);
      expect(linkedIn.searchParams.get('certId')).toBe(held.id);
      expect(linkedIn.searchParams.get('organizationName')).toBe('Learning Paths');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshots(page, 'credentials-learn-section');

      const visibility = entry.getByRole('switch', { name: `Public (credential ${held.title})` });
      expect(await visibility.isChecked()).toBe(true);
      await visibility.click();
      await entry.getByText('Private: only you can see it, signed in.').waitFor();
      expect(await link('Add to LinkedIn').count()).toBe(0);
      const stored = () =>
        tablesOf(service)
          .selectFrom('plugin_credentials')
          .select('public')
          .where('id', '=', held.id)
          .executeTakeFirstOrThrow();
      expect(Boolean((await stored()).public)).toBe(false);
      expect((await fetch(`${service.address}/credentials/${held.id}`)).status).toBe(404);
      await visibility.click();
      await link('Add to LinkedIn').waitFor();
      expect(Boolean((await stored()).public)).toBe(true);
      await page.close();
    });

    it('names the tiers that carry a credential when the learner holds none on the path', async () => {
      const rows = await service.store.db
        .selectFrom('path_progress')
        .innerJoin('users', 'users.id', 'path_progress.user_id')
        .select(['users.username'])
        .where('path_progress.achieved_tiers', '=', '[]')
        .where('path_progress.path_key', '=', held.path_key)
        .execute();
      const page = await pathPage(rows[0]!.username, held.path_key);
      const section = page.getByRole('region', { name: 'Your credentials for this path' });
      await section
        .getByText(
          /^You have no credential on this path yet\. These tiers carry one: .*Container Basics Badge/,
        )
        .waitFor();
      expect(await section.getByRole('listitem').count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshots(page, 'credentials-learn-section-none');
      await page.close();
    });
  },
);
