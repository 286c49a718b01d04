import { createRegistry } from '@learning-paths/core';
import { describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { PNG_1X1 } from '../../../test/sample-images.ts';
import { gathering, pluginHost } from '../../plugins/plugin-host.ts';
import { dataAccess, type DataAccess } from '../../store/data-access.ts';
import { imageIdsNamedIn, imagePath } from './image-urls.ts';
import { imagesPluginsUse } from './plugin-images.ts';
import { pruneUnusedImages } from './prune-images.ts';

const LONG_AGO = '2026-01-01T00:00:00.000Z';
const CUTOFF = '2026-03-01T00:00:00.000Z';
const RECENTLY = '2026-03-01T09:00:00.000Z';

const upload = (data: DataAccess, now: string) =>
  data.images.create({ contentType: 'image/png', bytes: PNG_1X1, uploadedBy: 'ann', now });

const definition = (key: string, fields: object) => ({
  key,
  title: key,
  requirements: { id: 'a', course: 'course-v1:U+A+1' },
  ...fields,
});

describe('imageIdsNamedIn', () => {
  it('finds relative and absolute image URLs anywhere in a text, and nothing else', () => {
    const text = JSON.stringify({
      image: imagePath('AbC_-1'),
      description: `![chart](https://paths.example.org${imagePath('xyz')}) and /api/v1/images/ alone`,
      other: '/api/v1/imagesX/nope',
    });
    expect(imageIdsNamedIn(text)).toEqual(['AbC_-1', 'xyz']);
  });
});

describe.each(await testDatabases())('pruneUnusedImages on $name', (database) => {
  const store = useDatabase(database);

  it('deletes old images no draft or published version names, and keeps the rest', async () => {
    const data = dataAccess(store());
    const [inDraft, inOldVersion, inMarkdown, unused, recent] = await Promise.all([
      upload(data, LONG_AGO),
      upload(data, LONG_AGO),
      upload(data, LONG_AGO),
      upload(data, LONG_AGO),
      upload(data, RECENTLY),
    ]);
    await data.paths.create({
      key: 'path-v1:U+P+1+a',
      org: 'U',
      title: 'P',
      draft: definition('path-v1:U+P+1+a', { image: imagePath(inOldVersion.id) }),
      createdBy: 'ann',
      now: LONG_AGO,
    });
    await data.paths.publish({
      key: 'path-v1:U+P+1+a',
      definition: definition('path-v1:U+P+1+a', { image: imagePath(inOldVersion.id) }),
      publishedBy: 'ann',
      now: LONG_AGO,
    });
    // The draft moved on to another image; version 1 still shows the first.
    await data.paths.saveDraft({
      key: 'path-v1:U+P+1+a',
      title: 'P',
      draft: definition('path-v1:U+P+1+a', {
        image: `https://paths.example.org${imagePath(inDraft.id)}`,
      }),
      now: LONG_AGO,
    });
    await data.paths.create({
      key: 'path-v1:U+Q+1+a',
      org: 'U',
      title: 'Q',
      draft: definition('path-v1:U+Q+1+a', { description: `![map](${imagePath(inMarkdown.id)})` }),
      createdBy: 'ann',
      now: LONG_AGO,
    });

    const dryRun = await pruneUnusedImages({ data, uploadedBefore: CUTOFF, dryRun: true });
    expect(dryRun).toEqual({ unused: 1, unusedBytes: PNG_1X1.length, inUse: 3 });
    expect(await data.images.find(unused.id)).toBeDefined();

    expect(await pruneUnusedImages({ data, uploadedBefore: CUTOFF })).toEqual(dryRun);
    expect(await data.images.find(unused.id)).toBeUndefined();
    for (const kept of [inDraft, inOldVersion, inMarkdown, recent])
      expect((await data.images.find(kept.id))?.bytes.equals(PNG_1X1)).toBe(true);

    // Once past its grace period the unnamed recent image goes too; a second run finds nothing more.
    expect(await pruneUnusedImages({ data, uploadedBefore: '2026-04-01T00:00:00.000Z' })).toEqual({
      unused: 1,
      unusedBytes: PNG_1X1.length,
      inUse: 3,
    });
    expect(await data.images.find(recent.id)).toBeUndefined();
    expect(await pruneUnusedImages({ data, uploadedBefore: '2026-04-01T00:00:00.000Z' })).toEqual({
      unused: 0,
      unusedBytes: 0,
      inUse: 3,
    });
  });

  it('keeps the images plugins use, and deletes nothing when a plugin cannot list its own', async () => {
    const data = dataAccess(store());
    const [badge, unused] = await Promise.all([upload(data, LONG_AGO), upload(data, LONG_AGO)]);
    const plugins = gathering();
    const register = (id: string, list: () => Promise<readonly string[]>) => {
      const { host, close } = pluginHost({
        id,
        settings: () => ({}),
        log: { info: () => undefined, warn: () => undefined, error: () => undefined },
        database: undefined,
        rules: createRegistry(),
        into: plugins,
      });
      host.images.inUse(list);
      close();
    };
    register('org.example.badges', () =>
      Promise.resolve(['', `https://paths.example.org${imagePath(badge.id)}`]),
    );
    register('org.example.broken', () => Promise.reject(new Error('its table is missing')));

    const pruning = pruneUnusedImages({ data, uploadedBefore: CUTOFF, alsoInUse: imagesPluginsUse(plugins) });
    await expect(pruning).rejects.toThrow(
      'the plugin org.example.broken could not list the images it uses: its table is missing',
    );
    expect(await data.images.find(unused.id)).toBeDefined();

    plugins.imagesInUse.pop();
    // The three images the paths of the test above name, and the plugin's.
    expect(
      await pruneUnusedImages({ data, uploadedBefore: CUTOFF, alsoInUse: imagesPluginsUse(plugins) }),
    ).toEqual({ unused: 1, unusedBytes: PNG_1X1.length, inUse: 4 });
    expect(await data.images.find(unused.id)).toBeUndefined();
    expect(await data.images.find(badge.id)).toBeDefined();
  });
});
