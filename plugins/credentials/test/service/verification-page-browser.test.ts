// The verification page in Chromium: what a person sees of a valid and of a revoked credential, at
// phone and desktop width, with nothing serious for axe, links reached by the keyboard, and no
// script or outside resource (its Content-Security-Policy would refuse them, and the console say so).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  launchBrowser,
  screenshots,
  seriousViolations,
} from '../../../../packages/web/test/browser.ts';
import type { RunningService } from '../../../test/plugin-service.ts';
import { backfillFinished, DS, startCredentials, storedCredentials } from './credentials-service.ts';

describe.runIf(browserAvailable())('the verification page in a browser', { timeout: 60_000 }, () => {
  let service: RunningService;
  let browser: Browser;
  let credentialId: string;

  beforeAll(async () => {
    service = await startCredentials();
    browser = await launchBrowser();
    await backfillFinished(service);
    credentialId = (await storedCredentials(service)).find((row) => row.path_key === DS)!.id;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  async function open(name: string) {
    const page = await browser.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') refused.push(message.text());
    });
    await page.goto(`${service.address}/credentials/${credentialId}`);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, name);
    expect(refused).toEqual([]);
    return page;
  }

  it('shows a valid credential, its links reached by the keyboard', async () => {
    const page = await open('credential-verification-valid');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Certificate/);
    expect(await page.getByText('✓ Valid').isVisible()).toBe(true);
    const reached: string[] = [];
    for (let press = 0; press < 6; press++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.textContent ?? ''));
    }
    expect(reached).toEqual(expect.arrayContaining(['PDF certificate', 'Add to LinkedIn']));
    await page.close();
  });

  it('shows a revoked credential with its date and without the reason', async () => {
    const revoked = await service.call('writer', 'POST', `/api/v1/credentials/${credentialId}/revoke`, {
      reason: 'Issued in error',
    });
    expect(revoked.status).toBe(200);
    const page = await open('credential-verification-revoked');
    expect(await page.getByText(/^✗ Revoked on \d{1,2} \w+ \d{4}$/).isVisible()).toBe(true);
    expect(await page.content()).not.toContain('Issued in error');
    expect(await page.getByRole('link', { name: 'Add to LinkedIn' }).count()).toBe(0);
    await page.close();
  });
});
