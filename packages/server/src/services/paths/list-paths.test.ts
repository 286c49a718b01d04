import { describe, expect, it } from 'vitest';
import type { RoleGrant } from '../../domain/roles.ts';
import { accessOf } from './list-paths.ts';

const actor = (grants: RoleGrant[], isAdmin = false) => ({
  user: {
    id: 1,
    username: 'u',
    email: null,
    displayName: null,
    lmsUserId: null,
    isAdmin,
    adminFromLms: false,
    createdAt: '',
    disabledAt: null,
  },
  grants,
});

describe('accessOf', () => {
  it('lets admins and staff granted everywhere see everything', () => {
    expect(accessOf(actor([], true))).toBe('all');
    expect(accessOf(actor([{ role: 'instructor', scope: '*' }]))).toBe('all');
  });

  it('limits staff to their organisations and assigned paths', () => {
    expect(
      accessOf(
        actor([
          { role: 'author', scope: 'org:DemoU' },
          { role: 'instructor', scope: 'path:path-v1:Other+P+2026+a' },
          { role: 'learner', scope: '*' },
        ]),
      ),
    ).toEqual({ orgs: ['DemoU'], paths: ['path-v1:Other+P+2026+a'] });
  });

  it('gives learners only what is public', () => {
    expect(accessOf(actor([{ role: 'learner', scope: '*' }]))).toEqual({ orgs: [], paths: [] });
  });
});
