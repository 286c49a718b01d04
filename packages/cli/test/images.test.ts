// `learning-paths images prune` as a real process on a SQLite file holding one image a path names
// and one no path names: a dry run counts, a real run deletes only the unnamed one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataAccess, migrateToLatest, openStore } from '@learning-paths/server';
import { runCli } from './run-cli.ts';

const folder = mkdtempSync(join(tmpdir(), 'lp-images-'));
const database = join(folder, 'service.sqlite');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const ids: { named: string; unnamed: string } = { named: '', unnamed: '' };

async function storedImageIds(): Promise<string[]> {
  const store = openStore(database);
  try {
    const rows = await store.db.selectFrom('images').select('id').execute();
    return rows.map((row) => row.id).sort();
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  const store = openStore(database);
  await migrateToLatest(store);
  const data = dataAccess(store);
  const upload = () =>
    data.images.create({
      contentType: 'image/png',
      bytes: PNG,
      uploadedBy: 'ann',
      now: '2026-01-01T00:00:00Z',
    });
  ids.named = (await upload()).id;
  ids.unnamed = (await upload()).id;
  await data.paths.create({
    key: 'path-v1:U+P+1+a',
    org: 'U',
    title: 'P',
    draft: { image: `/api/v1/images/${ids.named}` },
    createdBy: 'ann',
    now: '2026-01-01T00:00:00Z',
  });
  await store.close();
});

describe('images prune', () => {
  it('counts on a dry run, then deletes only the image no path names', async () => {
    const dryRun = await runCli('images', 'prune', '--dry-run', '--database', database);
    expect([dryRun.code, dryRun.stdout, dryRun.stderr]).toEqual([
      0,
      'would delete 1 image that no path names (16 bytes); 1 image uploaded over 24 h ago is still named by a path\n',
      '',
    ]);
    expect(await storedImageIds()).toEqual([ids.named, ids.unnamed].sort());

    const pruned = await runCli('images', 'prune', '--older-than', '0', '--database', database);
    expect([pruned.code, pruned.stdout]).toEqual([
      0,
      'deleted 1 image that no path names (16 bytes); 1 image uploaded over 0 h ago is still named by a path\n',
    ]);
    expect(await storedImageIds()).toEqual([ids.named]);
  });

  it('refuses a grace period that is not a whole number of hours', async () => {
    const result = await runCli('images', 'prune', '--older-than', '1.5', '--database', database);
    expect([result.code, result.stdout, result.stderr]).toEqual([
      2,
      '',
      'learning-paths: --older-than takes a whole number of hours, not "1.5"\n',
    ]);
  });
});
