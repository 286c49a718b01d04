import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { course, dataSciencePath, pathOf } from '../../test/fixtures.ts';
import { validateFacts } from '../facts/validate-facts.ts';
import { courseKeyWords } from '../keys.ts';
import { createRegistry } from '../registry/create-registry.ts';
import type { GroupRuleDefinition } from '../registry/types.ts';
import { validatePath } from './validate-path.ts';

/** The spec's path with one change; its problems as [pointer, message id, values]. */
function messagesOf(edit: (path: Record<string, any>) => void, registry = createRegistry()) {
  const copy = JSON.parse(JSON.stringify(dataSciencePath())) as Record<string, any>;
  edit(copy);
  return validatePath(copy, registry).errors.map((problem) => [
    problem.pointer,
    problem.translatable?.id,
    problem.translatable?.values,
  ]);
}

describe('the messages of problems', () => {
  it('give the values of each sentence, with a suggestion in its own message', () => {
    expect(
      messagesOf((path) => {
        path.tiers[1].id = 'core';
        path.tiers[0].requires = ['intor'];
        path.requirements.children[1].rule = 'sequense';
      }),
    ).toEqual([
      [
        '/requirements/children/1/rule',
        'lp.problem.unknownRule.guess',
        { value: '"sequense"', rules: ['all', 'sequence', 'atLeast'], guess: 'sequence' },
      ],
      ['/tiers/0/requires/0', 'lp.problem.unknownReference.guess', { reference: 'intor', guess: 'intro' }],
      ['/tiers/1/id', 'lp.problem.duplicateId', { id: 'core', pointer: '/requirements/children/1' }],
    ]);
  });

  it('say what was found instead of what was expected, and the bounds', () => {
    expect(
      messagesOf((path) => {
        path.title = 7;
        path.visibility = 'private';
        path.requirements.children[0].criteria = { completion: 1.5 };
        path.requirements.children[0].weight = 0;
      }),
    ).toEqual([
      [
        '/requirements/children/0/criteria/completion',
        'lp.problem.max',
        { field: 'criteria.completion', limit: 1 },
      ],
      ['/requirements/children/0/weight', 'lp.problem.minExclusive', { field: 'weight', limit: 0 }],
      [
        '/title',
        'lp.problem.wrongType',
        { field: 'title', expected: 'string', given: 'literal', value: '7' },
      ],
      [
        '/visibility',
        'lp.problem.notAlternative',
        {
          field: 'visibility',
          alternatives: ['"invite_only"', '"public"'],
          given: 'string',
          value: '"private"',
        },
      ],
    ]);
  });

  it('word malformed keys, cycles and unsatisfiable groups', () => {
    expect(
      messagesOf((path) => {
        path.key = 'path-v1:DemoU+DS+2026';
        path.requirements.children[1].children[0].prerequisites = ['ml'];
        path.requirements.children[2].count = 4;
      }),
    ).toEqual([
      [
        '/key',
        'lp.problem.key.partCount',
        {
          kind: 'path',
          text: 'path-v1:DemoU+DS+2026',
          count: 3,
          expected: 4,
          shape: 'path-v1:org+number+run+group',
        },
      ],
      [
        '/requirements/children/1/children/0/prerequisites/0',
        'lp.problem.cycle',
        { id: 'stats', target: 'ml', cycle: 'stats → ml → stats' },
      ],
      ['/requirements/children/2/count', 'lp.problem.atLeast.countAboveChildren', { count: 4, total: 3 }],
    ]);
  });

  it('are left out where a plugin gives plain strings', () => {
    const registry = createRegistry().registerGroupRule({
      ...(createRegistry().groupRule('all') as GroupRuleDefinition),
      name: 'pair',
      params: {
        label: z
          .string()
          .refine((text) => text !== 'x', 'label must not be x')
          .optional(),
      },
      check: (_group, children, report) => children.length !== 2 && report(null, 'a pair has two children'),
    });
    const pair = (extra: object) =>
      validatePath(
        pathOf({ id: 'p', rule: 'pair', children: [{ id: 'a', course: course('A') }], ...extra }),
        registry,
      ).errors;
    expect(pair({})).toEqual([{ pointer: '/requirements', message: 'a pair has two children' }]);
    expect(pair({ label: 'x' })).toEqual([
      { pointer: '/requirements/label', message: 'label must not be x' },
    ]);
  });

  it('come with the problems of learner facts too', () => {
    const facts = validateFacts({ now: 'soon', courses: { 'course-v1:A+B': {} } }).errors;
    expect(facts.map((problem) => problem.translatable)).toEqual([
      { id: 'lp.problem.timeFormat', values: { field: 'now', example: '2026-05-10T12:00:00Z' } },
      courseKeyWords('course-v1:A+B')!.message,
    ]);
  });
});
