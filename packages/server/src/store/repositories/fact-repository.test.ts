import { describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { dataAccess } from '../data-access.ts';
import { NO_CRITERION_FACTS, type StoredFacts } from './fact-repository.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-02T10:00:00.000Z';

describe.each(await testDatabases())('FactRepository on $name', (database) => {
  const store = useDatabase(database);
  const repositories = () => dataAccess(store());

  it('writes many facts at once, replaces them by (user, course) and reads back every type exactly', async () => {
    const { users, facts } = repositories();
    const ann = await users.create({ username: 'ann' }, NOW);
    const bob = await users.create({ username: 'bob' }, NOW);
    const first: StoredFacts[] = Array.from({ length: 700 }, (_, index) => ({
      userId: index % 2 === 0 ? ann.id : bob.id,
      courseKey: `course-v1:Org+C${index}+2026`,
      // Floats that a 4-byte column or a 15-digit rendering would change.
      completion: { value: 1 / 3 + index / 1e9, at: NOW },
      grade: index % 3 === 0 ? null : { value: 0.1 + 0.2, at: NOW },
      passed: { value: index % 2 === 0, at: NOW },
      enrolled: index % 5 === 0 ? { value: false, at: NOW } : null,
      // Fields criteria declare: any JSON value, each with its own time.
      criteria:
        index % 4 === 0
          ? { approvedByStaff: { value: true, at: NOW }, portfolio: { value: { pages: [1, 2] }, at: LATER } }
          : NO_CRITERION_FACTS,
      source: 'api',
      updatedAt: NOW,
    }));
    await facts.write(first);
    const replaced = {
      ...first[4]!,
      completion: { value: 1, at: LATER },
      passed: null,
      criteria: { approvedByStaff: { value: false, at: LATER } },
      updatedAt: LATER,
    };
    await facts.write([replaced]);

    const read = await facts.ofUsers([ann.id, bob.id, ann.id]);
    expect(read.get(ann.id)!.size + read.get(bob.id)!.size).toBe(700);
    expect(read.get(ann.id)!.get(first[4]!.courseKey)).toEqual(replaced);
    expect(read.get(bob.id)!.get(first[3]!.courseKey)).toEqual(first[3]);
    expect(read.get(ann.id)!.get(first[0]!.courseKey)).toEqual(first[0]);
    expect((await facts.ofUsers([-1])).get(-1)!.size).toBe(0);
    // A list longer than any bind limit allows one value a parameter, read in one statement.
    const many = await facts.ofUsers([...Array.from({ length: 40_000 }, (_, index) => -index - 2), bob.id]);
    expect(many.size).toBe(40_001);
    expect(many.get(bob.id)!.size).toBe(350);
  });

  it('claims each idempotency id once, also when a batch repeats one', async () => {
    const { facts } = repositories();
    expect(await facts.claimIds(['a', 'b', 'a'], NOW)).toEqual(new Set(['a', 'b']));
    expect(await facts.claimIds(['b', 'c'], NOW)).toEqual(new Set(['c']));
    expect(await facts.claimIds([], NOW)).toEqual(new Set());
  });

  it('writes a batch whole or not at all', async () => {
    const { users, facts } = repositories();
    const cat = await users.create({ username: 'cat' }, NOW);
    const row = (userId: number, courseKey: string): StoredFacts => ({
      userId,
      courseKey,
      completion: { value: 0.5, at: NOW },
      grade: null,
      passed: null,
      enrolled: null,
      criteria: {},
      source: 'api',
      updatedAt: NOW,
    });
    // The last row names no user: the foreign key refuses it, and the first row is not kept.
    await expect(
      facts.write([row(cat.id, 'course-v1:Org+A+2026'), row(cat.id + 999, 'course-v1:Org+B+2026')]),
    ).rejects.toThrow();
    expect((await facts.ofUsers([cat.id])).get(cat.id)!.size).toBe(0);
  });
});
