import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { dataAccess, type DataAccess } from '../../store/data-access.ts';
import type { PathRepository } from '../../store/repositories/path-repository.ts';
import { CompiledPaths } from '../progress/compiled-paths.ts';
import type { RoleGrant } from '../../domain/roles.ts';
import { UserRepository } from '../../store/repositories/user-repository.ts';
import type { Actor } from '../actor.ts';
import { createPath } from './create-path.ts';
import { getPath } from './get-path.ts';
import { publishPath } from './publish-path.ts';
import { saveDraft } from './save-draft.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const KEY = 'path-v1:DemoU+DS+2026+spring';

function definition(
  title = 'Data Science',
  visibility: 'public' | 'invite_only' = 'invite_only',
): Record<string, unknown> {
  return {
    key: KEY,
    title,
    visibility,
    requirements: {
      id: 'root',
      rule: 'sequence',
      children: [
        { id: 'intro', course: 'course-v1:DemoU+DS100+2026' },
        { id: 'ml', course: 'course-v1:DemoU+DS120+2026', criteria: { grade: 0.7 } },
      ],
    },
  };
}

describe.each(await testDatabases())('path use cases on $name', (database) => {
  const store = useDatabase(database);
  let paths: PathRepository;
  let data: DataAccess;
  const compiled = new CompiledPaths();
  const actors: Record<string, Actor> = {};

  beforeAll(async () => {
    data = dataAccess(store());
    paths = data.paths;
    const users = new UserRepository(store().db, store().dialect);
    const make = async (username: string, grants: RoleGrant[], isAdmin = false) => {
      const user = await users.create({ username, isAdmin }, NOW);
      for (const grant of grants) await users.grant(user.id, grant, NOW);
      actors[username] = { user, grants: await users.grants(user.id) };
    };
    await make('admin', [], true);
    await make('author', [{ role: 'author', scope: 'org:DemoU' }]);
    await make('outsider', [{ role: 'author', scope: 'org:OtherU' }]);
    await make('teacher', [{ role: 'instructor', scope: `path:${KEY}` }]);
    await make('learner', [{ role: 'learner', scope: '*' }]);
  });

  it('refuses an invalid definition with every problem, and nothing is stored', async () => {
    const bad = { ...definition(), title: '', extra: 1 };
    await expect(
      createPath({ data, actor: actors.author!, definition: bad, now: NOW }),
    ).rejects.toMatchObject({
      code: 'invalid',
      errors: [
        { pointer: '/extra', message: 'unknown field "extra"' },
        { pointer: '/title', message: 'title must not be empty' },
      ],
    });
    expect(await paths.get(KEY)).toBeUndefined();
  });

  it('lets only authors of the organisation create its paths', async () => {
    await expect(
      createPath({ data, actor: actors.outsider!, definition: definition(), now: NOW }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const created = await createPath({ data, actor: actors.author!, definition: definition(), now: NOW });
    expect(created).toMatchObject({ key: KEY, org: 'DemoU', status: 'draft', createdBy: 'author' });
    await expect(
      createPath({ data, actor: actors.admin!, definition: definition(), now: NOW }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('hides an unpublished path from everyone but its staff, as if absent', async () => {
    for (const name of ['learner', 'outsider']) {
      await expect(getPath({ data, actor: actors[name]!, key: KEY })).rejects.toMatchObject({
        code: 'not_found',
      });
    }
    expect(await getPath({ data, actor: actors.teacher!, key: KEY })).toMatchObject({
      version: null,
      definition: null,
      draftRevision: 1,
    });
  });

  it('saves drafts that keep their key, refusing stale revisions and non-authors', async () => {
    await expect(
      saveDraft({ data, actor: actors.teacher!, key: KEY, definition: definition('x'), now: NOW }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      saveDraft({ data, actor: actors.learner!, key: KEY, definition: definition('x'), now: NOW }),
    ).rejects.toMatchObject({ code: 'not_found' });
    const moved = { ...definition(), key: 'path-v1:DemoU+DS+2026+autumn' };
    await expect(
      saveDraft({ data, actor: actors.author!, key: KEY, definition: moved, now: NOW }),
    ).rejects.toMatchObject({
      code: 'invalid',
      errors: [{ pointer: '/key', message: expect.stringContaining('must stay') as string }],
    });
    const saved = await saveDraft({
      data,
      actor: actors.author!,
      key: KEY,
      definition: definition('Data Science I', 'public'),
      expectedRevision: 1,
      now: NOW,
    });
    expect(saved).toMatchObject({ title: 'Data Science I', draftRevision: 2 });
    await expect(
      saveDraft({
        data,
        actor: actors.author!,
        key: KEY,
        definition: definition(),
        expectedRevision: 1,
        now: NOW,
      }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('publishes the draft; learners then see the published, public definition only', async () => {
    await expect(
      publishPath({ data, compiled, actor: actors.teacher!, key: KEY, now: NOW }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    const version = await publishPath({ data, compiled, actor: actors.author!, key: KEY, now: NOW });
    expect(version).toMatchObject({ version: 1, publishedBy: 'author' });
    await saveDraft({
      data,
      actor: actors.author!,
      key: KEY,
      definition: definition('Data Science II', 'public'),
      now: NOW,
    });
    const seen = await getPath({ data, actor: actors.learner!, key: KEY });
    expect(seen).toMatchObject({ status: 'published', version: 1, definition: { title: 'Data Science I' } });
    expect(seen).not.toHaveProperty('draft');
    expect((await getPath({ data, actor: actors.author!, key: KEY })).draft).toMatchObject({
      title: 'Data Science II',
    });
  });

  it('keeps an invite-only published path hidden from learners', async () => {
    await saveDraft({
      data,
      actor: actors.author!,
      key: KEY,
      definition: definition('Private', 'invite_only'),
      now: NOW,
    });
    await publishPath({ data, compiled, actor: actors.author!, key: KEY, now: NOW });
    await expect(getPath({ data, actor: actors.learner!, key: KEY })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await getPath({ data, actor: actors.admin!, key: KEY })).version).toBe(2);
  });

  it('stores an unfinished draft with its problems; learners keep the published version', async () => {
    const unfinished = { key: KEY, title: 'Half done', requirements: { id: 'root', rule: 'all' } };
    const saved = await saveDraft({
      data,
      actor: actors.author!,
      key: KEY,
      definition: unfinished,
      now: NOW,
    });
    expect(saved).toMatchObject({ title: 'Half done', problems: [{ pointer: '/requirements/children' }] });
    expect(await getPath({ data, actor: actors.author!, key: KEY })).toMatchObject({
      version: 2,
      draft: unfinished,
      draftProblems: [{ pointer: '/requirements/children' }],
    });
    await expect(
      publishPath({ data, compiled, actor: actors.author!, key: KEY, now: NOW }),
    ).rejects.toMatchObject({ code: 'invalid', errors: [{ pointer: '/requirements/children' }] });
    expect((await getPath({ data, actor: actors.admin!, key: KEY })).definition).toMatchObject({
      title: 'Private',
    });
  });
});
