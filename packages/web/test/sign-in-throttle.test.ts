// The sign-in page when the service throttles password guessing: the wait is said, and the button
// held until it is over (the page's clock is driven by the test, the server's stands still).
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshots, seriousViolations, signIn, useBrowserTests } from './browser.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');

describe.runIf(browserAvailable())('the sign-in page under throttling', () => {
  const env = useBrowserTests({ now: NOW });

  it('says how long to wait after too many wrong passwords, and holds the button till then', async () => {
    const page = await env.browser.newPage();
    await page.clock.install({ time: NOW });
    const button = page.getByRole('button', { name: 'Sign in' });
    const alert = page.getByRole('alert');
    const answer = async () => {
      const response = page.waitForResponse('**/api/v1/session');
      await button.click();
      return (await response).status();
    };
    await signIn(page, env.server.address, 'learn', 'nobody', 'wrong password');
    await expect.poll(() => alert.textContent()).toBe('The username or the password is wrong.');
    expect([await answer(), await answer(), await answer(), await answer()]).toEqual([401, 401, 401, 401]);

    expect(await answer()).toBe(429);
    await expect.poll(() => alert.textContent()).toBe('Too many attempts: try again in 1 second.');
    expect(await button.isDisabled()).toBe(true);
    await page.clock.runFor(1000);
    await expect.poll(() => button.isDisabled()).toBe(false);
    expect(await alert.count()).toBe(0);

    // A longer wait, as further failures would set, is said in minutes.
    await env.server.store.db
      .updateTable('sign_in_failures')
      .set({ blocked_until: new Date(NOW.getTime() + 15 * 60_000).toISOString() })
      .where('key', '=', 'nobody')
      .execute();
    expect(await answer()).toBe(429);
    await expect.poll(() => alert.textContent()).toBe('Too many attempts: try again in 15 minutes.');
    expect(await button.isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'sign-in-throttled');
  });
});
