// The "Email notifications" section of Learn's path page, in Chromium against the real service
// with the plugin's built bundle: a learner turns on the digest and French, saves, and finds both
// after a reload, the saved state said in words; the page stays free of serious axe violations.
import { describe, expect, it } from 'vitest';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  browserAvailable,
  launchBrowser,
  screenshots,
  seriousViolations,
  signIn,
} from '../../../packages/web/test/browser.ts';
import type { RunningService } from '../../test/plugin-service.ts';
import { DS, inboxSettings, PLUGIN_ID, startNotifications } from './notifications-service.ts';

describe.runIf(browserAvailable())('the email notifications section in Learn', { timeout: 60_000 }, () => {
  let service: RunningService;
  let browser: Browser;

  beforeAll(async () => {
    // Nothing is sent in this test: the SMTP port is never reached.
    service = await startNotifications({ demo: true, environment: inboxSettings(9) });
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it('saves the preferences, and a reload shows them', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, service.address, 'learn', 'learner018');
    await page.getByRole('heading', { name: 'My Learning', level: 1 }).waitFor();
    await page.goto(`${service.address}/learn/paths/${encodeURIComponent(DS)}`);
    const section = page.getByRole('region', { name: 'Email notifications' });
    await section.getByText('Now: you get an email for each update.').waitFor();
    expect(await section.getByRole('checkbox', { name: 'Email me about my paths' }).isChecked()).toBe(true);

    await section.getByRole('checkbox', { name: 'One daily digest instead of single emails' }).check();
    await section.getByLabel('Language of the emails').selectOption('fr');
    await section.getByRole('button', { name: 'Save email settings' }).click();
    await section.getByRole('status').getByText('Your email settings are saved.').waitFor();
    await section.getByText('Now: you get one daily digest.').waitFor();

    await page.reload();
    const reloaded = page.getByRole('region', { name: 'Email notifications' });
    await reloaded.getByText('Now: you get one daily digest.').waitFor();
    expect(
      await reloaded.getByRole('checkbox', { name: 'One daily digest instead of single emails' }).isChecked(),
    ).toBe(true);
    expect(await reloaded.getByLabel('Language of the emails').inputValue()).toBe('fr');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'notifications-preferences');

    const saved = await page.evaluate(
      async (url) => (await fetch(url, { headers: { accept: 'application/json' } })).json(),
      `/api/v1/plugins/${PLUGIN_ID}/me/preferences`,
    );
    expect(saved).toEqual({ optedOut: false, digest: true, language: 'fr' });
  });
});
