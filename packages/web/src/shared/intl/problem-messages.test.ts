import { createIntl } from 'react-intl';
import { reportIntlError } from './intl-errors.ts';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  courseKeyWords,
  createRegistry,
  problemAt,
  validateFacts,
  validatePath,
  type GroupRuleDefinition,
  type Problem,
} from '@learning-paths/core';
import { formatProblem } from './format-words.ts';
import { problemMessages } from './problem-messages.ts';

/** British English, the language of the engine's English text. */
const english = createIntl({ locale: 'en-GB', defaultLocale: 'en-GB', messages: {} });

const step = (id: string, extra: object = {}) => ({ id, course: `course-v1:T+${id}+2026`, ...extra });

/** A small valid path, to break in one place or several. */
function broken(edit: (path: Record<string, any>) => void): unknown {
  const path: Record<string, any> = {
    key: 'path-v1:T+P+2026+g',
    title: 'Path',
    requirements: {
      id: 'root',
      rule: 'all',
      children: [
        step('intro'),
        { id: 'core', rule: 'sequence', children: [step('stats'), step('ml')] },
        { id: 'electives', rule: 'atLeast', count: 1, children: [step('viz', { credits: 3 }), step('nlp')] },
      ],
    },
    tiers: [{ id: 'foundation', title: 'Foundation', requires: ['intro'] }],
  };
  edit(path);
  return path;
}

/** A plugin rule whose parameters have the bounds the built-in schemas do not use. */
const registry = createRegistry().registerGroupRule({
  ...(createRegistry().groupRule('all') as GroupRuleDefinition),
  name: 'bounded',
  params: {
    tags: z.array(z.string()).min(2).max(3).optional(),
    code: z.string().min(2).max(4).optional(),
    ratio: z.number().lt(1).optional(),
  },
});

const children = (path: Record<string, any>) => path.requirements.children as any[];

/** Lists nested `levels` deep: [[[…]]]. */
function deepList(levels: number): unknown {
  let value: unknown = [];
  for (let level = 1; level < levels; level++) value = [value];
  return value;
}

/** Documents that are broken in every way core says, with a few ways of each. */
const BROKEN: unknown[] = [
  [1, 2],
  broken((path) => {
    children(path).push(5, { id: 'both', course: 'course-v1:T+X+2026', rule: 'all', children: [] });
    children(path).push({ id: 'neither' }, { id: 'ruleless', children: [step('r1')] });
    children(path).push({ id: 'typo', rule: 'sequense', children: [step('t1')] });
    children(path).push({ id: 'odd', rule: 5, children: [step('o1')] });
    children(path).push({ id: 'empty', rule: 'all', children: [] });
    path.defaultCriteria = {};
  }),
  broken((path) => {
    delete path.title;
    path.colour = 'red';
    path.titel = 'Path';
    path.level = 'expert';
    path.visibility = 'private';
    children(path)[0].criteria = { completion: 1.2, grade: -0.1, passed: false };
    children(path)[0].weight = 0;
    children(path)[1].count = 1;
    children(path)[2].count = '2';
    path.subtitle = '';
    path.tiers[0].requires = [];
    path.tiers[0].description = 7;
    path.duration = [];
    path.image = {};
    path.timeCommitment = null;
  }),
  broken((path) => {
    path.title = true;
    children(path)[2].count = 1.5;
    children(path)[0].availableFrom = '2026-05-01';
    children(path)[0].id = 'has space';
    children(path)[1].id = '__proto__';
    path.skills = 5;
  }),
  broken((path) => {
    path.key = 'path-v1:T+P+2026';
    children(path)[0].course = 'course-v1:T+A B+2026';
    children(path)[1].children[0].course = 'course-v1:T++2026';
  }),
  broken((path) => {
    path.key = 'path-v1:TP2026';
    path.tiers = 'none';
  }),
  broken((path) => (path.key = 'course-v1:T+P+2026')),
  broken((path) => {
    path.key = `path-v1:T+P+2026+${'g'.repeat(250)}`;
    children(path)[0].notes = deepList(17);
    let group = path.requirements;
    for (let level = 2; level <= 33; level++) {
      group.children.push({ id: `level${level}`, rule: 'all', children: [step(`l${level}`)] });
      group = group.children.at(-1);
    }
  }),
  broken((path) => {
    children(path).push(...Array.from({ length: 2_000 }, (_, index) => step(`many${index}`)));
  }),
  broken((path) => {
    path.tiers.push({ id: 'intro', title: 'Again', requires: ['intor', 'nothing'] });
    children(path)[1].children[1].course = 'course-v1:T+intro+2026';
  }),
  broken((path) => {
    children(path)[0].prerequisites = ['intro'];
    children(path)[1].children[0].prerequisites = ['core'];
    children(path)[2].prerequisites = ['viz'];
    children(path)[1].prerequisites = ['foundation'];
    path.tiers[0].requires = ['core'];
  }),
  broken((path) => {
    children(path)[1].children[1].prerequisites = ['electives'];
    children(path)[2].prerequisites = ['ml'];
  }),
  broken((path) => {
    children(path)[0].run = 'current';
    children(path).push(step('again'));
    children(path).at(-1).course = children(path)[0].course.replace('+2026', '+2027');
  }),
  broken((path) => {
    children(path)[2].count = 3;
    children(path)[2].credits = 4.5;
    children(path).push({ id: 'loose', rule: 'atLeast', children: [step('l1')] });
  }),
  broken((path) => {
    children(path).push({
      id: 'few',
      rule: 'bounded',
      tags: ['a'],
      code: 'a',
      ratio: 1,
      children: [step('f1')],
    });
    children(path).push({
      id: 'many',
      rule: 'bounded',
      tags: ['a', 'b', 'c', 'd'],
      code: 'abcde',
      children: [step('m1')],
    });
  }),
];

/** Every problem core finds in those documents and in facts, and the malformed keys' own words. */
function everyProblem(): Problem[] {
  return [
    ...BROKEN.flatMap((document) => validatePath(document, registry).errors),
    ...validateFacts({ now: 'soon', courses: { 'course-v1:T+1': { passed: 'yes' } } }).errors,
    ...validateFacts([]).errors,
    problemAt('/key', courseKeyWords(7 as unknown as string)!),
  ];
}

describe('the English default messages of problems', () => {
  it('read exactly as core’s English for every problem, and every id has been read', () => {
    const seen = new Set<string>();
    for (const problem of everyProblem()) {
      const id = problem.translatable?.id;
      expect(id, problem.message).toBeDefined();
      expect(Object.hasOwn(problemMessages, id!), id).toBe(true);
      expect(formatProblem(english, problem)).toBe(problem.message);
      seen.add(id!);
    }
    expect([...seen].sort()).toEqual(Object.keys(problemMessages).sort());
  });

  it('are translated, with their lists in the reader’s language', () => {
    const french = createIntl({
      locale: 'fr',
      onError: reportIntlError,
      defaultLocale: 'en-GB',
      messages: {
        'lp.problem.notAlternative':
          '{field} doit être {alternatives}, pas {given, select, string {la chaîne {value}} other {{value}}}',
        'lp.problem.missingRule': 'un groupe a besoin d’une règle : {rules}',
      },
    });
    const [visibility] = validatePath(broken((path) => (path.visibility = 'private'))).errors;
    expect(formatProblem(french, visibility!)).toBe(
      'visibility doit être "invite_only" ou "public", pas la chaîne "private"',
    );
    const [ruleless] = validatePath(broken((path) => delete path.requirements.rule)).errors;
    expect(formatProblem(french, ruleless!)).toBe(
      'un groupe a besoin d’une règle : all, sequence et atLeast',
    );
    // A plugin's plain sentence has no message and reads as it was written.
    expect(formatProblem(french, { pointer: '/x', message: 'a pair has two children' })).toBe(
      'a pair has two children',
    );
  });
});
