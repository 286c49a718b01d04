import { expect, it } from 'vitest';
import { auditChange } from './audit-change.ts';

it('reads the version moved between, or the source of an enrollment', () => {
  expect(auditChange('version_changed', { version: 1 }, { version: 2 })).toEqual({
    kind: 'version',
    from: 1,
    to: 2,
  });
  expect(auditChange('version_changed', null, { version: 2 })).toEqual({
    kind: 'version',
    from: null,
    to: 2,
  });
  expect(auditChange('enrolled', null, { active: true, version: 1, source: 'csv' })).toEqual({
    kind: 'source',
    source: 'csv',
  });
  expect(auditChange('unenrolled', { active: true }, { active: false })).toEqual({ kind: 'none' });
  expect(auditChange('pending_removed', { email: 'a@b.org' }, null)).toEqual({ kind: 'none' });
});
