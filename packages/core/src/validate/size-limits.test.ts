import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { course, pathOf } from '../../test/fixtures.ts';
import { FORMAT_LIMITS } from '../definition/limits.ts';
import type { GroupNode, PathNode } from '../definition/types.ts';
import { createRegistry } from '../registry/create-registry.ts';
import type { GroupRuleDefinition } from '../registry/types.ts';
import { validatePath } from './validate-path.ts';

const step = (id: string): PathNode => ({ id, course: course(id) });

/** `levels` groups, each the only child of the one above, around one step. */
function nested(levels: number): PathNode {
  let node: PathNode = step('leaf');
  for (let level = levels; level >= 1; level--) node = { id: `g${level}`, rule: 'all', children: [node] };
  return node;
}

/** The pointer of the group at `level` (1 is the root) in `nested`. */
const groupAt = (level: number) => '/requirements' + '/children/0'.repeat(level - 1);

/** Objects and lists nested `levels` deep: [[[…]]]. */
function deepList(levels: number): unknown {
  let value: unknown = [];
  for (let level = 1; level < levels; level++) value = [value];
  return value;
}

/** The problems as pointer, English and message id. */
function problemsOf(document: unknown, registry = createRegistry()) {
  const result = validatePath(document, registry);
  return result.errors.map(({ pointer, message, translatable }) => ({
    pointer,
    message,
    id: translatable?.id,
  }));
}

describe('the length of free text', () => {
  it.each([
    ['title', (text: string) => ({ title: text }), '/title', 'title', 200],
    ['subtitle', (text: string) => ({ subtitle: text }), '/subtitle', 'subtitle', 200],
    ['duration', (text: string) => ({ duration: text }), '/duration', 'duration', 200],
    ['description', (text: string) => ({ description: text }), '/description', 'description', 10_000],
    ['image', (text: string) => ({ image: text }), '/image', 'image', 2_000],
    [
      'a skill',
      (text: string) => ({ skills: { acquired: [{ skill: text }] } }),
      '/skills/acquired/0/skill',
      'skills.acquired[0].skill',
      200,
    ],
    [
      'a tier description',
      (text: string) => ({ tiers: [{ id: 't', title: 'T', description: text, requires: ['leaf'] }] }),
      '/tiers/0/description',
      'tiers[0].description',
      10_000,
    ],
  ])('%s is refused one character over its limit, at its pointer', (_name, field, pointer, name, limit) => {
    expect(validatePath(pathOf(step('leaf'), field('x'.repeat(limit)))).valid).toBe(true);
    expect(problemsOf(pathOf(step('leaf'), field('x'.repeat(limit + 1))))).toEqual([
      { pointer, message: `${name} must be at most ${limit} characters long`, id: 'lp.problem.maxLength' },
    ]);
  });

  it('bounds node titles', () => {
    const root: GroupNode = { id: 'root', rule: 'all', children: [{ ...step('a'), title: 'x'.repeat(201) }] };
    expect(problemsOf(pathOf(root))).toEqual([
      {
        pointer: '/requirements/children/0/title',
        message: 'title must be at most 200 characters long',
        id: 'lp.problem.maxLength',
      },
    ]);
  });
});

describe('the length of keys', () => {
  /** A well-formed key of `length` characters, with letters beyond ASCII. */
  const keyOf = (prefix: string, parts: number, length: number) =>
    `${prefix}:${'Ö+'.repeat(parts - 1)}${'é'.repeat(length - prefix.length - 1 - 2 * (parts - 1))}`;

  it('accepts keys of the longest length and refuses one character more', () => {
    const longest = { key: keyOf('path-v1', 4, 255), course: keyOf('course-v1', 3, 255) };
    expect(longest.key).toHaveLength(FORMAT_LIMITS.keyLength);
    expect(validatePath(pathOf({ id: 'a', course: longest.course }, { key: longest.key })).valid).toBe(true);
    const tooLong = { key: keyOf('path-v1', 4, 256), course: keyOf('course-v1', 3, 256) };
    expect(problemsOf(pathOf({ id: 'a', course: tooLong.course }, { key: tooLong.key }))).toEqual([
      {
        pointer: '/key',
        message: 'a learning path key must be at most 255 characters long, not 256',
        id: 'lp.problem.key.tooLong',
      },
      {
        pointer: '/requirements/course',
        message: 'a course key must be at most 255 characters long, not 256',
        id: 'lp.problem.key.tooLong',
      },
    ]);
  });
});

describe('the number of entries in lists', () => {
  it('bounds prerequisites, tiers and skills', () => {
    const ids = Array.from({ length: 101 }, () => 'a');
    const root: GroupNode = {
      id: 'root',
      rule: 'all',
      children: [step('a'), { ...step('b'), prerequisites: ids }],
    };
    const tiers = Array.from({ length: 101 }, (_, index) => ({
      id: `t${index}`,
      title: 'T',
      requires: ['a'],
    }));
    const skills = { required: Array.from({ length: 101 }, () => ({ skill: 'python' })) };
    expect(problemsOf(pathOf(root, { tiers, skills }))).toEqual([
      {
        pointer: '/requirements/children/1/prerequisites',
        message: 'prerequisites must have at most 100 entries',
        id: 'lp.problem.maxEntries',
      },
      {
        pointer: '/skills/required',
        message: 'skills.required must have at most 100 entries',
        id: 'lp.problem.maxEntries',
      },
      { pointer: '/tiers', message: 'tiers must have at most 100 entries', id: 'lp.problem.maxEntries' },
    ]);
  });
});

describe('the depth of groups', () => {
  it('accepts 32 levels of groups and refuses the 33rd at its pointer, and nothing else', () => {
    expect(validatePath(pathOf(nested(32))).valid).toBe(true);
    // A prerequisite naming the step below the cut is not reported as unknown.
    const tooDeep = pathOf(nested(33), { tiers: [{ id: 't', title: 'T', requires: ['leaf'] }] });
    expect(problemsOf(tooDeep)).toEqual([
      {
        pointer: groupAt(33),
        message: 'groups may nest at most 32 levels deep; this group is one level deeper',
        id: 'lp.problem.tooDeep',
      },
    ]);
  });

  it('answers for 100,000 levels without overflowing the stack', () => {
    expect(problemsOf(pathOf(nested(100_000)))).toEqual([expect.objectContaining({ pointer: groupAt(33) })]);
  });
});

describe('the number of nodes', () => {
  /** A root group with `steps` steps under groups of 50. */
  function wide(steps: number): PathNode {
    const groups = Array.from({ length: Math.ceil(steps / 50) }, (_, group) => ({
      id: `g${group}`,
      rule: 'all',
      children: Array.from({ length: Math.min(50, steps - group * 50) }, (_, index) =>
        step(`s${group * 50 + index}`),
      ),
    }));
    return { id: 'root', rule: 'all', children: groups };
  }

  it('accepts 2,000 nodes, and the largest path still turns into JSON', () => {
    // The root, 40 groups and 1,959 steps.
    const largest = pathOf(wide(1_959));
    expect(validatePath(largest).valid).toBe(true);
    expect(JSON.parse(JSON.stringify(largest))).toEqual(largest);
  });

  it('refuses the 2,001st node at its pointer', () => {
    // The root and 40 groups, then steps: the 2,001st node is the 10th step of the 40th group.
    expect(problemsOf(pathOf(wide(1_960)))).toEqual([
      {
        pointer: '/requirements/children/39/children/9',
        message: 'a path may have at most 2000 nodes (steps and groups); this is one too many',
        id: 'lp.problem.tooManyNodes',
      },
    ]);
  });
});

describe('the depth of values', () => {
  const tooNested = (pointer: string) => ({
    pointer,
    message: 'objects and lists may nest at most 16 levels deep here',
    id: 'lp.problem.tooNested',
  });

  it('refuses a field nested more than 16 levels, at the first level too deep, without overflowing', () => {
    const root = { id: 'root', rule: deepList(100_000), children: [step('a')] } as unknown as PathNode;
    expect(problemsOf(pathOf(root, { extra: deepList(17) } as object))).toEqual([
      tooNested('/extra' + '/0'.repeat(16)),
      tooNested('/requirements/rule' + '/0'.repeat(16)),
    ]);
  });

  it('guards the parameters of plugins, whose schemas may recurse', () => {
    const registry = createRegistry().registerGroupRule({
      ...(createRegistry().groupRule('all') as GroupRuleDefinition),
      name: 'tagged',
      params: { tags: z.json().optional() },
    });
    const tagged = (tags: unknown) => pathOf({ id: 'root', rule: 'tagged', tags, children: [step('a')] });
    expect(validatePath(tagged(deepList(16)), registry).valid).toBe(true);
    expect(problemsOf(tagged(deepList(100_000)), registry)).toEqual([
      tooNested('/requirements/tags' + '/0'.repeat(16)),
    ]);
  });
});
