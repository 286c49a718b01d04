// The upgrade of stored course facts: each keeps its built-in fields and has no criterion's field
// yet, and takes them once set; going back keeps the facts, without those fields.
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { dataAccess } from '../data-access.ts';
import { criterionFacts } from './0014-criterion-facts.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const COURSE = 'course-v1:DemoU+DS100+2026';

describe.each(await testDatabases())('migration 0014 on $name', (database) => {
  const store = useDatabase(database);

  it('keeps the stored facts, both ways', async () => {
    const data = dataAccess(store());
    const ann = await data.users.create({ username: 'ann' }, NOW);
    const db = store().db as unknown as Kysely<unknown>;
    await criterionFacts.down!(db);
    const raw = store().db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    await raw
      .insertInto('course_facts')
      .values({
        user_id: ann.id,
        course_key: COURSE,
        completion: 0.5,
        completion_at: NOW,
        passed: true,
        passed_at: NOW,
        source: 'api',
        updated_at: NOW,
      })
      .execute();
    await criterionFacts.up(db);

    const read = async () => (await data.facts.ofUsers([ann.id])).get(ann.id)!.get(COURSE)!;
    const before = await read();
    expect(before).toEqual({
      userId: ann.id,
      courseKey: COURSE,
      completion: { value: 0.5, at: NOW },
      grade: null,
      passed: { value: true, at: NOW },
      enrolled: null,
      criteria: {},
      source: 'api',
      updatedAt: NOW,
    });
    await data.facts.write([{ ...before, criteria: { approvedByStaff: { value: true, at: NOW } } }]);
    expect((await read()).criteria).toEqual({ approvedByStaff: { value: true, at: NOW } });

    await criterionFacts.down!(db);
    expect(
      await raw.selectFrom('course_facts').select(['course_key', 'completion', 'source']).execute(),
    ).toEqual([{ course_key: COURSE, completion: 0.5, source: 'api' }]);
    await criterionFacts.up(db);
    expect(await read()).toEqual(before);
  });
});
