import { describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { PNG_1X1 } from '../../../test/sample-images.ts';
import { ImageRepository } from './image-repository.ts';

const NOW = '2026-03-01T10:00:00.000Z';

describe.each(await testDatabases())('ImageRepository on $name', (database) => {
  const store = useDatabase(database);

  it('gives back exactly the bytes it stored, under a new random id', async () => {
    const images = new ImageRepository(store().db);
    // Every byte value, and the bytes text encodings and NUL-terminated strings would mangle.
    const awkward = Buffer.from([...Array(256).keys(), 0, 0, 0xff, 0xfe, 0xc3, 0x28]);
    const stored = await Promise.all(
      [PNG_1X1, awkward].map((bytes) =>
        images.create({ contentType: 'image/png', bytes, uploadedBy: 'ann', now: NOW }),
      ),
    );
    expect(stored[0]!.id).not.toBe(stored[1]!.id);
    for (const [index, bytes] of [PNG_1X1, awkward].entries()) {
      const found = await images.find(stored[index]!.id);
      expect(found).toEqual({
        id: stored[index]!.id,
        contentType: 'image/png',
        bytes: expect.any(Buffer),
        size: bytes.length,
        uploadedBy: 'ann',
        createdAt: NOW,
      });
      expect(found!.bytes.equals(bytes)).toBe(true);
    }
    expect(await images.find('made-up')).toBeUndefined();
  });
});
