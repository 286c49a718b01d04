// Uploading a path's image in Studio, in a browser against the real server: a file that is not an
// image, bytes that lie about their type and a dropped connection are each said at the field; a PNG
// chosen with the keyboard is uploaded, previewed, saved as the path's image URL and served back
// byte for byte. The form is checked with axe-core and photographed at phone and desktop width.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, screenshots, seriousViolations, signIn, useBrowserTests } from './browser.ts';

const KEY = 'path-v1:DemoU+DS+2026+spring';
/** A 160×90 PNG: a teal band over an amber one. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAKAAAABaCAIAAACwpMoFAAAAqElEQVR42u3RAQ0AMAjAMIRdGQbQc2tXgAAc8CZTsEZkaXMWABZgARZgARZgAQYswAIswAIswAIMWIAFWIAFWIAFWIABC7AAC7AAC7AAAxZgARZgARZgAQYswAIswAIswAIswIAFWIAFWIAFWIABC7AAC7AAC7AAf9+7R4sDDFiABViABViABRiwAAuwAAuwAAswYAEWYAEWYAEWYAEGLMACLMACLMAaNVW8vvmbyRBaAAAAAElFTkSuQmCC',
  'base64',
);

/** The upload's message under the file input. */
const uploadStatus = (page: Page) =>
  page.locator('.pgn__form-group', { has: page.getByLabel('Upload image') }).locator('.pgn__form-text');

describe.runIf(browserAvailable())('Studio image upload in a browser', () => {
  const env = useBrowserTests({ demo: true });

  it('uploads a PNG through the file input, previews it and saves its URL as the path’s image', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, env.server.address, 'studio', 'author');
    // Exactly: the sign-in page's heading says "Sign in to Learning Paths".
    await page.getByRole('heading', { name: 'Learning paths', level: 1, exact: true }).waitFor();
    await page.goto(`${env.server.address}/studio/paths/${encodeURIComponent(KEY)}`);
    const details = page.getByRole('tabpanel', { name: 'Details' });
    const file = details.getByLabel('Upload image');
    const imageUrl = details.getByRole('textbox', { name: 'Image URL' });
    await file.waitFor();
    expect(await file.getAttribute('accept')).toBe('image/png,image/jpeg,image/webp,image/gif');

    // Refused in the browser (not an accepted type), then by the server (bytes that are not a PNG).
    await file.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg/>') });
    await details.getByText('logo.svg is not a PNG, JPEG, WebP or GIF image.').waitFor();
    expect(await file.getAttribute('aria-invalid')).toBe('true');
    await file.setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not a png') });
    await details
      .getByText('fake.png does not hold the kind of image its type says', { exact: false })
      .waitFor();
    expect(await uploadStatus(page).getAttribute('class')).toContain('pgn__form-text-invalid');
    // The connection drops while sending.
    await page.route('**/api/v1/images', (route) => route.abort('connectionreset'));
    await file.setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: PNG });
    await details.getByText('cover.png could not be sent: check the connection and try again.').waitFor();
    await page.unroute('**/api/v1/images');
    await screenshots(page, 'studio-image-refused');

    // Chosen with the keyboard alone and uploaded: the URL is filled in and the preview shows it.
    await page.setViewportSize({ width: 1280, height: 900 });
    const chooser = page.waitForEvent('filechooser');
    await file.focus();
    await page.keyboard.press('Space');
    await (await chooser).setFiles({ name: 'cover.png', mimeType: 'image/png', buffer: PNG });
    await details.getByText('cover.png is uploaded.').waitFor();
    const url = await imageUrl.inputValue();
    expect(url).toMatch(/^\/api\/v1\/images\/[A-Za-z0-9_-]{22}$/);
    const preview = details.getByRole('img', { name: 'Preview of the path’s image' });
    await expect.poll(() => preview.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(160);
    expect(await preview.getAttribute('src')).toBe(url);
    expect(await seriousViolations(page)).toEqual([]);
    await preview.scrollIntoViewIfNeeded();
    await screenshots(page, 'studio-image-uploaded');

    // Saved: the stored draft names the image, which anyone may fetch back byte for byte.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('The draft is saved.').waitFor();
    const stored = await page.evaluate(async (key) => {
      const answer = await fetch(`/api/v1/paths/${encodeURIComponent(key)}`);
      return ((await answer.json()) as { draft: { image?: string } }).draft.image;
    }, KEY);
    expect(stored).toBe(url);
    const served = await fetch(`${env.server.address}${url}`);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
  }, 120_000);
});
