// @vitest-environment jsdom
// Who a part is while its id changes: its key stays, and its id follows its title only while new
// and not set by hand, never after publishing.
import { renderHook } from '@testing-library/react';
import { expect, it } from 'vitest';
import { useIdentities } from './use-identities.ts';

it('keeps a part’s key through renames, and lets only new parts follow their titles', () => {
  const { result } = renderHook(() => useIdentities());
  const identities = result.current;
  const core = identities.keyOf('core');
  expect(identities.keyOf('core')).toBe(core);
  expect(identities.followsTitle('core')).toBe(false);

  identities.renamed('core', 'core-courses', true);
  expect(identities.keyOf('core-courses')).toBe(core);
  expect(identities.keyOf('core')).not.toBe(core);

  identities.added('group');
  const group = identities.keyOf('group');
  identities.renamed('group', 'options', false);
  expect([identities.keyOf('options'), identities.followsTitle('options')]).toEqual([group, true]);
  identities.renamed('options', 'choice', true);
  expect(identities.followsTitle('choice')).toBe(false);

  identities.added('tier');
  identities.fixAll();
  expect(identities.followsTitle('tier')).toBe(false);
});
