import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { PathRepository } from './path-repository.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-02T10:00:00.000Z';

describe.each(await testDatabases())('PathRepository on $name', (database) => {
  const store = useDatabase(database);
  let paths: PathRepository;
  beforeAll(() => {
    paths = new PathRepository(store().db);
  });

  const draft = (title: string) => ({
    key: 'x',
    title,
    requirements: { id: 'root', course: 'course-v1:A+B+C' },
  });

  it('creates a draft and reads it back with normalised types', async () => {
    const created = await paths.create({
      key: 'path-v1:A+DS+2026+a',
      org: 'A',
      title: 'Data',
      draft: draft('Data'),
      createdBy: 'ann',
      now: NOW,
    });
    expect(created).toEqual({
      key: 'path-v1:A+DS+2026+a',
      org: 'A',
      status: 'draft',
      title: 'Data',
      draft: draft('Data'),
      draftRevision: 1,
      publishedVersion: null,
      visibility: 'invite_only',
      createdBy: 'ann',
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it('refuses a second path with the same key', async () => {
    await expect(
      paths.create({
        key: 'path-v1:A+DS+2026+a',
        org: 'A',
        title: 'Again',
        draft: {},
        createdBy: null,
        now: NOW,
      }),
    ).rejects.toMatchObject({
      name: 'WriteConflict',
      message: 'a path with the key path-v1:A+DS+2026+a already exists',
    });
  });

  it('saves drafts with optimistic concurrency', async () => {
    const saved = await paths.saveDraft({
      key: 'path-v1:A+DS+2026+a',
      title: 'Data 2',
      draft: draft('Data 2'),
      expectedRevision: 1,
      now: LATER,
    });
    expect(saved).toMatchObject({ title: 'Data 2', draftRevision: 2, updatedAt: LATER });
    await expect(
      paths.saveDraft({
        key: 'path-v1:A+DS+2026+a',
        title: 'Stale',
        draft: {},
        expectedRevision: 1,
        now: LATER,
      }),
    ).rejects.toMatchObject({
      name: 'WriteConflict',
    });
    expect(
      await paths.saveDraft({ key: 'path-v1:A+NOPE+2026+a', title: 'x', draft: {}, now: LATER }),
    ).toBeUndefined();
    expect((await paths.get('path-v1:A+DS+2026+a'))!.title).toBe('Data 2');
  });

  it('publishes immutable, numbered versions', async () => {
    const first = await paths.publish({
      key: 'path-v1:A+DS+2026+a',
      definition: draft('v1'),
      publishedBy: 'ann',
      now: LATER,
    });
    const second = await paths.publish({
      key: 'path-v1:A+DS+2026+a',
      definition: draft('v2'),
      publishedBy: 'bob',
      now: LATER,
    });
    expect([first.version, second.version]).toEqual([1, 2]);
    expect(await paths.get('path-v1:A+DS+2026+a')).toMatchObject({
      status: 'published',
      publishedVersion: 2,
    });
    expect(
      (await paths.versions('path-v1:A+DS+2026+a')).map((version) => [version.version, version.publishedBy]),
    ).toEqual([
      [2, 'bob'],
      [1, 'ann'],
    ]);
    expect((await paths.version('path-v1:A+DS+2026+a', 1))!.definition).toEqual(draft('v1'));
    expect(await paths.version('path-v1:A+DS+2026+a', 9)).toBeUndefined();
  });

  it('gives concurrent publications distinct versions or a conflict, never a lost version', async () => {
    const results = await Promise.allSettled(
      [1, 2, 3].map((n) =>
        paths.publish({
          key: 'path-v1:A+DS+2026+a',
          definition: draft(`c${n}`),
          publishedBy: null,
          now: LATER,
        }),
      ),
    );
    const versions = results.flatMap((result) =>
      result.status === 'fulfilled' ? [result.value.version] : [],
    );
    for (const result of results)
      if (result.status === 'rejected') expect(result.reason).toMatchObject({ name: 'WriteConflict' });
    expect(new Set(versions).size).toBe(versions.length);
    const stored = await paths.versions('path-v1:A+DS+2026+a');
    expect(stored.map((version) => version.version)).toEqual(
      [...stored.keys()].map((index) => stored.length - index),
    );
  });

  it('lists with search, filters, pagination and a total', async () => {
    await paths.create({
      key: 'path-v1:B+WEB+2026+a',
      org: 'B',
      title: 'Web 100%_basics',
      draft: {},
      createdBy: null,
      now: NOW,
    });
    await paths.create({
      key: 'path-v1:B+ML+2026+a',
      org: 'B',
      title: 'Machine learning',
      draft: {},
      createdBy: null,
      now: LATER,
    });
    expect((await paths.list({ access: 'all', limit: 10, offset: 0 })).total).toBe(3);
    expect(
      (await paths.list({ access: 'all', org: 'B', limit: 10, offset: 0 })).items.map((path) => path.key),
    ).toEqual(['path-v1:B+ML+2026+a', 'path-v1:B+WEB+2026+a']);
    expect(
      (await paths.list({ access: 'all', search: 'MACHINE', limit: 10, offset: 0 })).items.map(
        (path) => path.key,
      ),
    ).toEqual(['path-v1:B+ML+2026+a']);
    expect(
      (await paths.list({ access: 'all', search: '100%_', limit: 10, offset: 0 })).items.map(
        (path) => path.key,
      ),
    ).toEqual(['path-v1:B+WEB+2026+a']);
    expect((await paths.list({ access: 'all', search: '0%x', limit: 10, offset: 0 })).total).toBe(0);
    expect(
      (await paths.list({ access: 'all', status: 'published', limit: 10, offset: 0 })).items.map(
        (path) => path.key,
      ),
    ).toEqual(['path-v1:A+DS+2026+a']);
    const page = await paths.list({ access: 'all', limit: 1, offset: 1 });
    expect([page.items.length, page.total]).toEqual([1, 3]);
  });

  it('lists only what an access allows: its organisations, its paths, and public published ones', async () => {
    await paths.publish({
      key: 'path-v1:B+ML+2026+a',
      definition: { visibility: 'public' },
      publishedBy: null,
      now: LATER,
    });
    const keys = async (access: { orgs: string[]; paths: string[] }) =>
      (await paths.list({ access, limit: 10, offset: 0 })).items.map((path) => path.key).sort();
    expect(await keys({ orgs: [], paths: [] })).toEqual(['path-v1:B+ML+2026+a']);
    expect(await keys({ orgs: ['A'], paths: [] })).toEqual(['path-v1:A+DS+2026+a', 'path-v1:B+ML+2026+a']);
    expect(await keys({ orgs: [], paths: ['path-v1:B+WEB+2026+a'] })).toEqual([
      'path-v1:B+ML+2026+a',
      'path-v1:B+WEB+2026+a',
    ]);
    expect((await paths.get('path-v1:B+ML+2026+a'))!.visibility).toBe('public');
  });

  it('lists the paths whose draft has a step for a course: that key exactly, any case differing', async () => {
    const keys = async (course: string) =>
      (await paths.list({ access: 'all', course, limit: 10, offset: 0 })).items.map((path) => path.key);
    expect(await keys('course-v1:A+B+C')).toEqual(['path-v1:A+DS+2026+a']);
    expect(await keys('course-v1:a+b+c')).toEqual([]);
    expect(await keys('course-v1:A+B')).toEqual([]);
  });

  it('archives', async () => {
    await paths.setStatus('path-v1:B+WEB+2026+a', 'archived', LATER);
    expect((await paths.get('path-v1:B+WEB+2026+a'))!.status).toBe('archived');
  });
});
