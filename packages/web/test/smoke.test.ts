// The built web apps load from the real server: sign-in, then each app's frame, accessible.
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshots, seriousViolations, signIn, useBrowserTests } from './browser.ts';

describe.runIf(browserAvailable())('the web apps in a browser', () => {
  const env = useBrowserTests({ demo: true });

  it('asks for sign-in, refuses a wrong password, then shows Learn', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.server.address}/`);
    await expect.poll(() => page.url()).toBe(`${env.server.address}/learn/`);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'sign-in');
    await signIn(page, env.server.address, 'learn', 'learner001', 'wrong password');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('The username or the password is wrong.');
    await signIn(page, env.server.address, 'learn', 'learner001');
    await page.getByRole('heading', { name: 'My Learning', level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('serves Studio to its staff, with a working sign-out', async () => {
    const page = await env.browser.newPage();
    await signIn(page, env.server.address, 'studio', 'author');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Username').waitFor();
  });
});
