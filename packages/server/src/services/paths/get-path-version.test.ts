import { beforeAll, describe, expect, it } from 'vitest';
import { createFixture, DS_KEY, DS_PATH, NOW, type Fixture } from '../../../test/service-fixture.ts';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { getPathVersion } from './get-path-version.ts';
import { publishPath } from './publish-path.ts';
import { saveDraft } from './save-draft.ts';

describe.each(await testDatabases())('getPathVersion on $name', (database) => {
  const store = useDatabase(database);
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await createFixture(store());
    await fixture.enroll(['ada']);
    await saveDraft({
      data: fixture.data,
      actor: fixture.actors.author!,
      key: DS_KEY,
      definition: { ...DS_PATH, title: 'Data Science, second edition' },
      now: NOW,
    });
    await publishPath({
      data: fixture.data,
      compiled: fixture.compiled,
      actor: fixture.actors.author!,
      key: DS_KEY,
      now: NOW,
    });
    await saveDraft({
      data: fixture.data,
      actor: fixture.actors.author!,
      key: DS_KEY,
      definition: { ...DS_PATH, title: 'Data Science, draft' },
      now: NOW,
    });
  });
  const get = (actor: string, version?: number | 'draft') =>
    getPathVersion({ data: fixture.data, actor: fixture.actors[actor]!, key: DS_KEY, version }).then(
      (found) => [found.version, (found.definition as { title: string }).title],
      (error: { code: string; message: string }) => [error.code, error.message],
    );

  it('gives staff the published version, an earlier one, or the draft', async () => {
    expect(await get('teacher')).toEqual([2, 'Data Science, second edition']);
    expect(await get('teacher', 1)).toEqual([1, DS_PATH.title]);
    expect(await get('author', 'draft')).toEqual(['draft', 'Data Science, draft']);
    expect(await get('author', 3)).toEqual(['not_found', `${DS_KEY} has no version 3`]);
  });

  it('gives a learner on the path the version they follow, and nothing else', async () => {
    expect(await get('ada')).toEqual([2, 'Data Science, second edition']);
    expect(await get('ada', 2)).toEqual([2, 'Data Science, second edition']);
    expect(await get('ada', 1)).toEqual(['not_found', `no path has the key ${DS_KEY}`]);
    expect(await get('ada', 'draft')).toEqual(['not_found', `no draft of ${DS_KEY} is visible to you`]);
    expect(await get('bea')).toEqual(['not_found', `no path has the key ${DS_KEY}`]);
  });
});
