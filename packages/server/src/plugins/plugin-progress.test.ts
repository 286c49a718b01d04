// host.progress.achievedTiers on SQLite and PostgreSQL: every achieved tier once, page after page
// in a stable order, learner-paths without a tier left out.
import { describe, expect, it } from 'vitest';
import type { AchievedTier } from '@learning-paths/plugin-api';
import { testDatabases, useDatabase } from '../../test/test-databases.ts';
import { dataAccess } from '../store/data-access.ts';
import { pluginProgress } from './plugin-progress.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const PATHS = ['path-v1:Org+A+2026+a', 'path-v1:Org+B+2026+a'];

describe.each(await testDatabases())('achieved tiers for plugins on $name', (database) => {
  const store = useDatabase(database);

  it('gives every achieved tier once, page by page, and none of learner-paths without one', async () => {
    const data = dataAccess(store());
    for (const key of PATHS)
      await data.paths.create({ key, title: key, org: 'Org', draft: {}, createdBy: null, now: NOW });
    const record = (userId: number, pathKey: string, achievedTiers: string[]) => ({
      userId,
      pathKey,
      version: 1,
      status: 'in_progress' as const,
      progress: 0.5,
      currentTier: achievedTiers.at(-1) ?? null,
      achievedTiers,
      next: [],
      stepStates: null,
      updatedAt: NOW,
    });
    const expected: AchievedTier[] = [];
    for (const name of ['ann', 'bob', 'cy', 'dee']) {
      const user = await data.users.create({ username: name }, NOW);
      const tiers = name === 'cy' ? [] : ['one', ...(name === 'bob' ? ['two'] : [])];
      await data.progress.write(PATHS.map((key) => record(user.id, key, tiers)));
      for (const pathKey of PATHS)
        for (const tier of tiers) expected.push({ pathKey, learner: name, tier, since: NOW });
    }
    const progress = pluginProgress(() => store().db);
    const seen: AchievedTier[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof progress.achievedTiers>> = await progress.achievedTiers({
        after,
        limit: 2,
      });
      seen.push(...page.items);
      after = page.next;
      pages += 1;
    } while (after !== null);
    expect(seen).toEqual(expected);
    expect(pages).toBe(4);
  });
});
