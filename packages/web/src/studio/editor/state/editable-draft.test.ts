// A draft saved unfinished through the API opens in the editor: what its forms walk is filled in.
import { describe, expect, it } from 'vitest';
import { editableDraft } from './editable-draft.ts';

describe('editableDraft', () => {
  it('keeps a draft the editor can hold as it is', () => {
    const draft = {
      key: 'path-v1:A+B+C+D',
      title: 'T',
      requirements: { id: 'root', rule: 'all', children: [{ id: 's', course: 'course-v1:A+B+C' }] },
      tiers: [{ id: 't', title: 'T', requires: ['s'] }],
    };
    expect(editableDraft(draft)).toEqual(draft);
  });

  it('fills in a missing root, children and lists, and leaves out what is unreadable in a list', () => {
    expect(
      editableDraft({ key: 'k', title: 'T', tiers: 'none', skills: { required: [1, { skill: 's' }] } }),
    ).toEqual({
      key: 'k',
      title: 'T',
      requirements: { id: 'root', rule: 'all', children: [] },
      tiers: [],
      skills: { required: [{ skill: 's' }] },
    });
    expect(
      editableDraft({
        requirements: {
          id: 'root',
          rule: 'all',
          children: [3, { id: 'g', rule: 'all', prerequisites: 'x' }],
        },
        tiers: [{ id: 'gold' }],
      }),
    ).toEqual({
      requirements: {
        id: 'root',
        rule: 'all',
        children: [{ id: 'g', rule: 'all', prerequisites: [], children: [] }],
      },
      tiers: [{ id: 'gold', requires: [] }],
    });
  });
});
