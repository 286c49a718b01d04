import { beforeAll, describe, expect, it } from 'vitest';
import { createFixture, DS_KEY, NOW, type Fixture } from '../../../test/service-fixture.ts';
import { testDatabases, useDatabase } from '../../../test/test-databases.ts';
import { isPathStaff } from '../actor.ts';
import { addTeamMember } from './add-team-member.ts';
import { listTeam } from './list-team.ts';
import { removeTeamMember } from './remove-team-member.ts';

describe.each(await testDatabases())('team use cases on $name', (database) => {
  const store = useDatabase(database);
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await createFixture(store());
  });
  const team = { path: DS_KEY };

  it('gives a path to someone named in another case, lists it, and takes it back', async () => {
    const { data, actors } = fixture;
    const added = await addTeamMember({
      data,
      actor: actors.author!,
      team,
      person: 'ADA',
      role: 'instructor',
      scope: `path:${DS_KEY}`,
      now: NOW,
    });
    expect(added.members.map(({ username, role, scope }) => [username, role, scope])).toEqual([
      ['author', 'author', 'org:DemoU'],
      ['ada', 'instructor', `path:${DS_KEY}`],
      ['teacher', 'instructor', `path:${DS_KEY}`],
    ]);
    const ada = { user: actors.ada!.user, grants: await data.users.grants(actors.ada!.user.id) };
    expect(isPathStaff(ada, DS_KEY)).toBe(true);
    const remove = {
      data,
      actor: actors.author!,
      team,
      username: 'ada',
      role: 'instructor' as const,
      now: NOW,
    };
    await removeTeamMember({ ...remove, scope: `path:${DS_KEY}` });
    expect((await listTeam({ data, actor: actors.author!, team })).members).toHaveLength(2);
    await expect(removeTeamMember({ ...remove, scope: `path:${DS_KEY}` })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it("refuses the path's instructor (403) and anyone else (404)", async () => {
    const list = (actor: string) => listTeam({ data: fixture.data, actor: fixture.actors[actor]!, team });
    await expect(list('teacher')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(list('outsider')).rejects.toMatchObject({ code: 'not_found' });
    await expect(list('bea')).rejects.toMatchObject({ code: 'not_found' });
  });
});
