// The backfill: a pass over every tier learners have achieved (host.progress), a page at a time,
// issuing the credentials that are missing: tiers achieved before the plugin was loaded, and any an
// event failed to bring. The cursor is saved after each page, so a pass cut short goes on where it
// stopped; a finished pass starts again from the beginning next time. One pass at a time.
import type { PluginPath } from '@learning-paths/plugin-api';
import { issuedAmong, issuedKey } from '../store/credential-rows.ts';
import { readBackfillCursor, saveBackfillCursor } from '../store/backfill-cursor.ts';
import { issueCredential, type PathSource } from './issue-credential.ts';
import { tablesOf, type CredentialHost } from './issuer.ts';

/** Learner-paths a page. */
export const BACKFILL_PAGE = 200;

export interface BackfillCounts {
  readonly examined: number;
  readonly issued: number;
  readonly skipped: number;
  readonly failed: number;
  /** Whether it reached the end (false: stopped, to go on next time). */
  readonly finished: boolean;
}

export interface Backfill {
  /** Runs a pass, or waits for the one running. */
  run(): Promise<BackfillCounts>;
  /** Ends the pass in progress after its current page. */
  stop(): Promise<void>;
}

export function backfill(host: CredentialHost): Backfill {
  let running: Promise<BackfillCounts> | null = null;
  let stopping = false;
  return {
    run() {
      running ??= pass(host, () => stopping).finally(() => {
        running = null;
      });
      return running;
    },
    async stop() {
      stopping = true;
      await running?.catch(() => undefined);
    },
  };
}

async function pass(host: CredentialHost, stopped: () => boolean): Promise<BackfillCounts> {
  const db = tablesOf(host);
  const paths = rememberedPaths(host);
  const counts = { examined: 0, issued: 0, skipped: 0, failed: 0 };
  let cursor = await readBackfillCursor(db);
  do {
    const page = await host.progress.achievedTiers({ after: cursor, limit: BACKFILL_PAGE });
    const issued = await issuedAmong(
      db,
      page.items.map((item) => item.learner),
      page.items.map((item) => item.pathKey),
    );
    for (const item of page.items) {
      counts.examined++;
      if (issued.has(issuedKey(item.learner, item.pathKey, item.tier))) continue;
      try {
        const result = await issueCredential(host, { ...item, at: new Date(item.since) }, paths);
        if (result.outcome === 'issued') counts.issued++;
        if (result.outcome === 'skipped') counts.skipped++;
      } catch (error) {
        counts.failed++;
        host.log.error(
          { learner: item.learner, pathKey: item.pathKey, tier: item.tier, err: error },
          'the backfill could not issue a credential; the next pass tries again',
        );
      }
    }
    cursor = page.next;
    await saveBackfillCursor(db, cursor, new Date().toISOString());
  } while (cursor !== null && !stopped());
  const result = { ...counts, finished: cursor === null };
  host.log.info(result, 'credentials backfill pass');
  return result;
}

/** Paths read once a pass: a page names the same few paths again and again. */
function rememberedPaths(host: CredentialHost): PathSource {
  const known = new Map<string, Promise<PluginPath | null>>();
  return (key) => {
    let path = known.get(key);
    if (!path) {
      path = host.paths.get(key);
      known.set(key, path);
    }
    return path;
  };
}
