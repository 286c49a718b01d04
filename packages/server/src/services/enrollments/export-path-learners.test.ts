import { beforeAll, describe, expect, it } from 'vitest';
import { createFixture, DS_KEY, type Fixture } from '../../../test/service-fixture.ts';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { exportPathLearners } from './export-path-learners.ts';

describe.each(await testDatabases())('exportPathLearners on $name', (database) => {
  const store = useDatabase(database);
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await createFixture(store(), ['ada', 'bea', 'chen']);
    await fixture.enroll(['chen', 'ada', 'bea']);
  });
  const exportAs = (actor: string, search?: string) =>
    exportPathLearners({
      data: fixture.data,
      actor: fixture.actors[actor]!,
      pathKey: DS_KEY,
      query: { sort: 'username', order: 'desc', ...(search ? { search } : {}) },
    });

  it("gives staff every learner matching the filters, in the query's order", async () => {
    const usernames: string[] = [];
    for await (const page of await exportAs('teacher')) usernames.push(...page.map((row) => row.username));
    expect(usernames).toEqual(['chen', 'bea', 'ada']);
    const found: string[] = [];
    for await (const page of await exportAs('teacher', 'BE')) found.push(...page.map((row) => row.username));
    expect(found).toEqual(['bea']);
  });

  it('refuses anyone else before giving a page', async () => {
    await expect(exportAs('ada')).rejects.toMatchObject({ code: 'not_found' });
    await expect(exportAs('outsider')).rejects.toMatchObject({ code: 'not_found' });
  });
});
