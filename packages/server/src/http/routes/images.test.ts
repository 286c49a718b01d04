import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/test-app.ts';
import { PNG_1X1 as PNG } from '../../../test/sample-images.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const MIB = 1024 * 1024;

describe('image routes', () => {
  const { app, as } = useTestApp({
    now: NOW,
    users: { author: [{ role: 'author', scope: 'org:DemoU' }], learner: [] },
  });
  const upload = (body: Buffer | string, type?: string, headers: Record<string, string> = as('author')) =>
    app().inject({
      method: 'POST',
      url: '/api/v1/images',
      headers: { ...headers, ...(type ? { 'content-type': type } : {}) },
      payload: body,
    });

  it('stores an uploaded image and serves the same bytes to anyone, as an inert image', async () => {
    const uploaded = await upload(PNG, 'image/png');
    expect(uploaded.statusCode).toBe(201);
    const { id, url, contentType, size } = uploaded.json();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect({ url, contentType, size }).toEqual({
      url: `/api/v1/images/${id}`,
      contentType: 'image/png',
      size: PNG.length,
    });
    const fetched = await app().inject({ url });
    expect(fetched.statusCode).toBe(200);
    expect(fetched.rawPayload.equals(PNG)).toBe(true);
    expect(fetched.headers).toMatchObject({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'",
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });

  it('refuses SVG and other types with 415, saying which types it takes', async () => {
    const svg = await upload(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'image/svg+xml',
    );
    expect(svg.statusCode).toBe(415);
    expect(svg.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(svg.json().detail).toBe(
      'Content-Type image/svg+xml is not accepted: send image/png, image/jpeg, image/webp, image/gif (SVG is refused, as it can carry script)',
    );
    expect((await upload(JSON.stringify({ a: 1 }), 'application/json')).statusCode).toBe(415);
  });

  it('refuses bytes whose magic number is not the declared type, and an empty body, with 400', async () => {
    const mismatched = await upload(PNG, 'image/jpeg');
    expect(mismatched.statusCode).toBe(400);
    expect(mismatched.json().detail).toBe('the bytes are image/png, not image/jpeg as Content-Type says');
    const unknown = await upload(Buffer.from('GIF86a not really'), 'image/gif');
    expect(unknown.json().detail).toBe(
      'the bytes are not image/gif as Content-Type says: their magic number does not match',
    );
    const empty = await upload(Buffer.alloc(0), 'image/png');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().detail).toBe("the body is empty: send the image's bytes");
    expect((await upload(Buffer.alloc(0))).statusCode).toBe(400);
  });

  it('takes 2 MiB and refuses one byte more with 413, stating the limit', async () => {
    const largest = Buffer.concat([PNG, Buffer.alloc(2 * MIB - PNG.length)]);
    expect((await upload(largest, 'image/png')).statusCode).toBe(201);
    const tooLarge = await upload(Buffer.concat([largest, Buffer.alloc(1)]), 'image/png');
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().detail).toBe('an image may have at most 2 MiB (2097152 bytes)');
  });

  it('lets only authors and admins upload: 401 without credentials, 403 for a learner', async () => {
    expect((await upload(PNG, 'image/png', {})).statusCode).toBe(401);
    const learner = await upload(PNG, 'image/png', as('learner'));
    expect(learner.statusCode).toBe(403);
    expect(learner.json().detail).toBe('only authors and admins may upload images');
    // Refused before the body is read: neither its size nor its type gets a say.
    expect((await upload(Buffer.alloc(3 * MIB), 'image/svg+xml', as('learner'))).statusCode).toBe(403);
  });

  it('answers 404 problem+json for an unknown id', async () => {
    const missing = await app().inject({ url: '/api/v1/images/no-such-image' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.json().detail).toBe('no image has the id no-such-image');
  });
});
