import { expect, it } from 'vitest';
import { canAuthor, grantedOrganisations } from './grants.ts';

it('finds the organisations of the grants of some roles, none when one covers all', () => {
  const grants = [
    { role: 'author', scope: 'org:OpenTech' },
    { role: 'author', scope: 'org:DemoU' },
    { role: 'instructor', scope: 'org:Other' },
    { role: 'instructor', scope: 'path:path-v1:A+B+C+D' },
  ];
  expect(grantedOrganisations(grants, ['author'])).toEqual(['DemoU', 'OpenTech']);
  expect(grantedOrganisations(grants, ['author', 'instructor'])).toEqual(
    ['DemoU', 'Other', 'OpenTech'].sort(),
  );
  expect(
    grantedOrganisations([...grants, { role: 'instructor', scope: '*' }], ['author', 'instructor']),
  ).toEqual([]);
});

it('knows who may author which organisation’s paths', () => {
  const author = {
    isAdmin: false,
    roles: [
      { role: 'author', scope: 'org:DemoU' },
      { role: 'instructor', scope: '*' },
    ],
  };
  expect(canAuthor(author, 'DemoU')).toBe(true);
  expect(canAuthor(author, 'OpenTech')).toBe(false);
  expect(canAuthor(author)).toBe(true);
  expect(canAuthor({ isAdmin: false, roles: [{ role: 'instructor', scope: '*' }] })).toBe(false);
  expect(canAuthor({ isAdmin: true, roles: [] }, 'OpenTech')).toBe(true);
});
