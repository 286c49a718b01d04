// The plugin on PostgreSQL, on a fresh database of its own (dropped after): its migrations, the
// backfill, issuance from events arriving at once (each credential its own revocation entry, each
// tier one credential), revocation re-signing the list, and the public addresses reading it all.
// Skipped with one line when PostgreSQL does not answer, except under CI=true.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../../test/plugin-service.ts';
import { freshPostgresDatabase, postgresAnswers } from '../../../test/postgres-database.ts';
import type { OpenBadgeCredential } from '../../src/signing/open-badge.ts';
import { verifyCredential } from '../../src/signing/verify.ts';
import {
  achievedTiers,
  backfillFinished,
  deliverTierAchieved,
  DS,
  loadAgain,
  publicGet,
  startCredentials,
  storedCredentials,
  tablesOf,
  verifierView,
} from './credentials-service.ts';

describe.runIf(await postgresAnswers())('the credentials plugin on PostgreSQL', { timeout: 60_000 }, () => {
  let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  let service: RunningService;

  beforeAll(async () => {
    database = await freshPostgresDatabase();
    service = await startCredentials({ DATABASE_URL: database.url });
    await backfillFinished(service);
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
    await database?.drop();
  });

  it('backfills, then issues concurrent events once each, every one with an entry of its own', async () => {
    const achieved = await achievedTiers(service);
    const issued = await storedCredentials(service);
    expect(issued.map((row) => `${row.learner} ${row.path_key} ${row.tier}`).sort()).toEqual(achieved.sort());

    // Twelve credentials gone: their events arrive together, each twice.
    const gone = issued.slice(0, 12);
    await tablesOf(service)
      .deleteFrom('plugin_credentials')
      .where(
        'id',
        'in',
        gone.map((row) => row.id),
      )
      .execute();
    const loaded = await loadAgain(service);
    await Promise.all(
      [...gone, ...gone].map((row) =>
        deliverTierAchieved(loaded, { pathKey: row.path_key, learner: row.learner, tier: row.tier }),
      ),
    );
    const now = await storedCredentials(service);
    expect(now).toHaveLength(issued.length);
    const entries = now.map((row) => `${row.status_list}#${row.status_index}`);
    expect(new Set(entries).size).toBe(entries.length);
  });

  it('revokes through the re-signed status list', async () => {
    const [credential] = (await storedCredentials(service)).filter((row) => row.path_key === DS);
    const revoked = await service.call('writer', 'POST', `/api/v1/credentials/${credential!.id}/revoke`, {
      reason: 'Issued in error',
    });
    expect(revoked).toMatchObject({ status: 200, body: { revoked: true } });
    const signed = (await (await publicGet(service, `/credentials/${credential!.id}.json`)).json()) as Record<
      string,
      unknown
    > &
      OpenBadgeCredential;
    const verifier = await verifierView(service, signed.credentialStatus.statusListCredential);
    expect(
      await verifyCredential(signed, { loader: verifier.loader, statusList: () => verifier.statusList }),
    ).toMatchObject({ verified: false, revoked: true });
    expect(await (await publicGet(service, `/credentials/${credential!.id}`)).text()).toContain('Revoked on');
  });
});
