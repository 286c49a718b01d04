// `learning-paths images prune` as a real process on a SQLite file holding one image a path names,
// one a credential template names, one an issued credential names (the credentials plugin loaded by
// LP_PLUGINS) and one nothing names: a dry run counts, a real run deletes only the unnamed one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataAccess, migrateToLatest, openPlugins, openStore } from '@learning-paths/server';
import type { CredentialDatabase } from '../../../plugins/credentials/src/tables.ts';
import { BIN, runCli, runCommand } from './run-cli.ts';

const folder = mkdtempSync(join(tmpdir(), 'lp-images-'));
const database = join(folder, 'service.sqlite');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const ids = { named: '', template: '', issued: '', unnamed: '' };
const CREDENTIALS = fileURLToPath(new URL('../../../plugins/credentials', import.meta.url));
/** `images prune` with the credentials plugin loaded. */
const prune = (...args: string[]) =>
  runCommand(process.execPath, [BIN, 'images', 'prune', ...args, '--database', database], {
    LP_PLUGINS: CREDENTIALS,
  });

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
  for (const name of ['named', 'template', 'issued', 'unnamed'] as const) ids[name] = (await upload()).id;
  await data.paths.create({
    key: 'path-v1:U+P+1+a',
    org: 'U',
    title: 'P',
    draft: { image: `/api/v1/images/${ids.named}` },
    createdBy: 'ann',
    now: '2026-01-01T00:00:00Z',
  });
  // The plugin's tables, with a template and an issued credential naming an image each.
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  await openPlugins({ plugins: { entries: [CREDENTIALS], configFile: null, environment: {} } }, store, quiet);
  const credentials = store.db as unknown as CredentialDatabase;
  const at = '2026-01-01T00:00:00Z';
  await credentials
    .insertInto('plugin_credentials_templates')
    .values({
      path_key: 'path-v1:U+P+1+a',
      tier: 'gold',
      name: null,
      description: null,
      achievement_type: null,
      image: `/api/v1/images/${ids.template}`,
      criteria: null,
      updated_at: at,
      updated_by: 'ann',
    })
    .execute();
  const signed = {
    credentialSubject: {
      achievement: { image: { id: `https://paths.example.org/api/v1/images/${ids.issued}` } },
    },
  };
  await credentials
    .insertInto('plugin_credentials')
    .values({
      id: 'c1',
      learner: 'bo',
      path_key: 'path-v1:U+P+1+a',
      tier: 'silver',
      title: 'Silver',
      path_title: 'P',
      status_list: 's1',
      status_index: 0,
      credential: JSON.stringify(signed),
      issued_at: at,
      revoked_at: null,
      revoked_by: null,
      revoked_reason: null,
      public: true,
    })
    .execute();
  await store.close();
});

describe('images prune', () => {
  it('counts on a dry run, then deletes only the image no path or plugin uses', async () => {
    const dryRun = await prune('--dry-run');
    expect([dryRun.code, dryRun.stdout, dryRun.stderr]).toEqual([
      0,
      'would delete 1 image that no path or plugin uses (16 bytes); 3 images uploaded over 24 h ago are still in use\n',
      '',
    ]);
    expect(await storedImageIds()).toEqual(Object.values(ids).sort());

    const pruned = await prune('--older-than', '0');
    expect([pruned.code, pruned.stdout]).toEqual([
      0,
      'deleted 1 image that no path or plugin uses (16 bytes); 3 images uploaded over 0 h ago are still in use\n',
    ]);
    expect(await storedImageIds()).toEqual([ids.named, ids.template, ids.issued].sort());
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
