import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { course, dataSciencePath, DS, facts, PASSED, pathOf } from '../../test/fixtures.ts';
import { createRegistry } from '../registry/create-registry.ts';
import { compilePath, evaluatePath } from './compiled-path.ts';
import { InvalidPathError } from '../validate/validate-path.ts';

const BEFORE_CAPSTONE = '2026-04-10T12:00:00Z';
const AFTER_CAPSTONE = '2026-05-10T12:00:00Z';

describe('the spec example, learner part-way', () => {
  const evaluation = evaluatePath(
    dataSciencePath(),
    facts(BEFORE_CAPSTONE, {
      [DS.intro]: { enrolled: true, completion: 0.85, grade: 0.91, passed: true },
      [DS.stats]: PASSED,
      [DS.ml]: { enrolled: true, completion: 0.5, grade: 0.62 },
      [DS.nlp]: PASSED,
      [DS.cv]: { enrolled: true, completion: 0.4 },
    }),
  );

  it('has an entry for every node', () => {
    expect(Object.keys(evaluation.nodes)).toEqual([
      'root',
      'intro',
      'core',
      'stats',
      'ml',
      'electives',
      'viz',
      'nlp',
      'cv',
      'capstone',
    ]);
    expect(evaluation.key).toBe('path-v1:DemoU+DS+2026+spring');
  });

  it('gives each node its status', () => {
    const statuses = Object.fromEntries(
      Object.entries(evaluation.nodes).map(([id, node]) => [id, node.status]),
    );
    expect(statuses).toEqual({
      root: 'in_progress',
      intro: 'completed',
      core: 'in_progress',
      stats: 'completed',
      ml: 'in_progress',
      electives: 'in_progress',
      viz: 'available',
      nlp: 'completed',
      cv: 'in_progress',
      capstone: 'locked',
    });
  });

  it('says why the capstone is locked: prerequisites, then the date', () => {
    expect(evaluation.nodes.capstone).toEqual({
      status: 'locked',
      satisfied: false,
      progress: 0,
      lockedBy: ['core', 'electives', 'date:2026-05-01T00:00:00Z'],
    });
  });

  it('computes progress as documented', () => {
    // ml: grade 0.62 of 0.7; core: mean of stats (1) and ml.
    expect(evaluation.nodes.ml!.progress).toBeCloseTo(0.62 / 0.7);
    expect(evaluation.nodes.core!.progress).toBeCloseTo((1 + 0.62 / 0.7) / 2);
    // cv: not passed, 0.9 × completion 0.4; electives: best two of (nlp 1, cv 0.36, viz 0).
    expect(evaluation.nodes.cv!.progress).toBeCloseTo(0.36);
    expect(evaluation.nodes.electives!.progress).toBeCloseTo((1 + 0.36) / 2);
    const root = (1 + (1 + 0.62 / 0.7) / 2 + (1 + 0.36) / 2 + 0) / 4;
    expect(evaluation.progress).toBeCloseTo(root);
    expect(evaluation.completed).toBe(false);
  });

  it('suggests the steps that can be worked on now, in path order', () => {
    expect(evaluation.next).toEqual(['ml', 'viz', 'cv']);
  });

  it('says what is left in plain words, each with its message', () => {
    expect(evaluation.remaining).toEqual([
      {
        node: 'ml',
        text: 'Reach a grade of 70% in course-v1:DemoU+DS120+2026 (now 62%)',
        message: {
          id: 'lp.criterion.grade.explain',
          values: { minimum: 0.7, now: 0.62, title: 'course-v1:DemoU+DS120+2026' },
        },
      },
      {
        node: 'electives',
        text: 'Complete 1 more of: course-v1:DemoU+DS230+2026, course-v1:DemoU+DS210+2026',
        message: {
          id: 'lp.rule.atLeast.explain.count',
          values: { more: 1, children: ['course-v1:DemoU+DS230+2026', 'course-v1:DemoU+DS210+2026'] },
        },
      },
    ]);
  });

  it('reports tiers with what they miss', () => {
    expect(evaluation.tiers.foundation).toEqual({
      achieved: false,
      progress: expect.closeTo((1 + (1 + 0.62 / 0.7) / 2) / 2) as number,
      missing: ['core'],
    });
    expect(evaluation.tiers.advanced!.missing).toEqual(['foundation', 'electives', 'capstone']);
    expect(evaluation.currentTier).toBeNull();
  });
});

describe('titles', () => {
  it('come from the catalog where a step has no title of its own', () => {
    const titles: Record<string, string> = {
      [DS.ml]: 'Machine Learning',
      [DS.viz]: 'Visualization',
      [DS.cv]: 'Computer Vision',
    };
    const evaluation = evaluatePath(
      dataSciencePath(),
      facts(BEFORE_CAPSTONE, { [DS.stats]: PASSED, [DS.ml]: { grade: 0.62 }, [DS.nlp]: PASSED }),
      {
        courseTitle: (key) => titles[key],
      },
    );
    expect(evaluation.remaining.map((item) => item.text)).toContain(
      'Reach a grade of 70% in Machine Learning (now 62%)',
    );
    expect(evaluation.remaining.map((item) => item.text)).toContain(
      'Complete 1 more of: Visualization, Computer Vision',
    );
  });
});

describe('statuses', () => {
  const sequence = pathOf({
    id: 'root',
    rule: 'sequence',
    children: [
      { id: 'a', course: course('A') },
      { id: 'b', course: course('B') },
    ],
  });

  it('a course never touched is available', () => {
    expect(evaluatePath(sequence, facts(BEFORE_CAPSTONE)).nodes.a!.status).toBe('available');
  });

  it('enrolment alone makes a step in progress', () => {
    expect(
      evaluatePath(sequence, facts(BEFORE_CAPSTONE, { [course('A')]: { enrolled: true } })).nodes.a!.status,
    ).toBe('in_progress');
  });

  it('progress makes a step in progress', () => {
    expect(
      evaluatePath(sequence, facts(BEFORE_CAPSTONE, { [course('A')]: { completion: 0.1 } })).nodes.a!.status,
    ).toBe('in_progress');
  });

  it('a satisfied step is completed even while locked: prior learning counts', () => {
    const evaluation = evaluatePath(sequence, facts(BEFORE_CAPSTONE, { [course('B')]: PASSED }));
    expect(evaluation.nodes.b).toEqual({ status: 'completed', satisfied: true, progress: 1, lockedBy: [] });
    expect(evaluation.nodes.a!.status).toBe('available');
  });

  it('an unsatisfied earlier sibling in a sequence locks the later ones', () => {
    expect(evaluatePath(sequence, facts(BEFORE_CAPSTONE)).nodes.b!.lockedBy).toEqual(['a']);
  });

  it('a locked ancestor locks everything inside, naming the nearest locked ancestor', () => {
    const path = pathOf({
      id: 'root',
      rule: 'all',
      children: [
        { id: 'first', course: course('F') },
        {
          id: 'outer',
          rule: 'all',
          prerequisites: ['first'],
          children: [{ id: 'inner', rule: 'all', children: [{ id: 'deep', course: course('D') }] }],
        },
      ],
    });
    const evaluation = evaluatePath(path, facts(BEFORE_CAPSTONE));
    expect(evaluation.nodes.outer!.lockedBy).toEqual(['first']);
    expect(evaluation.nodes.inner!.lockedBy).toEqual(['outer']);
    expect(evaluation.nodes.deep!.lockedBy).toEqual(['inner']);
  });

  it('a release date locks until that time, inclusive of the moment it opens', () => {
    const path = pathOf({
      id: 'root',
      rule: 'all',
      children: [{ id: 'later', course: course('L'), availableFrom: '2026-05-01T00:00:00Z' }],
    });
    expect(evaluatePath(path, facts('2026-04-30T23:59:59Z')).nodes.later!.lockedBy).toEqual([
      'date:2026-05-01T00:00:00Z',
    ]);
    expect(evaluatePath(path, facts('2026-05-01T00:00:00Z')).nodes.later!.status).toBe('available');
    expect(
      evaluatePath(path, { now: new Date('2026-05-02T00:00:00Z'), courses: {} }).nodes.later!.status,
    ).toBe('available');
  });

  it('a tier can be a prerequisite', () => {
    const path = pathOf(
      {
        id: 'root',
        rule: 'all',
        children: [
          { id: 'a', course: course('A') },
          { id: 'b', course: course('B'), prerequisites: ['t1'] },
        ],
      },
      { tiers: [{ id: 't1', title: 'Tier 1', requires: ['a'] }] },
    );
    expect(evaluatePath(path, facts(BEFORE_CAPSTONE)).nodes.b!.lockedBy).toEqual(['t1']);
    expect(evaluatePath(path, facts(BEFORE_CAPSTONE, { [course('A')]: PASSED })).nodes.b!.status).toBe(
      'available',
    );
  });
});

describe('next and remaining', () => {
  it('leave out steps of a group that is already satisfied', () => {
    const path = pathOf({
      id: 'root',
      rule: 'atLeast',
      count: 1,
      children: [
        { id: 'a', course: course('A') },
        { id: 'b', course: course('B') },
      ],
    });
    const evaluation = evaluatePath(
      path,
      facts(BEFORE_CAPSTONE, { [course('A')]: PASSED, [course('B')]: { completion: 0.5 } }),
    );
    expect(evaluation.completed).toBe(true);
    expect(evaluation.nodes.b!.status).toBe('in_progress');
    expect(evaluation.next).toEqual([]);
    expect(evaluation.remaining).toEqual([]);
  });

  it('join several unmet criteria of one step', () => {
    const path = pathOf({
      id: 'x',
      course: course('X'),
      title: 'Excel',
      criteria: { completion: 0.8, grade: 0.6, passed: true },
    });
    const evaluation = evaluatePath(
      path,
      facts(BEFORE_CAPSTONE, { [course('X')]: { completion: 0.5, grade: 0.7 } }),
    );
    expect(evaluation.remaining).toEqual([
      {
        node: 'x',
        text: 'Complete 80% of Excel (now 50%) and pass Excel',
        message: {
          id: 'lp.step.remaining',
          values: {
            clauses: [
              { id: 'lp.criterion.completion.explain', values: { minimum: 0.8, now: 0.5, title: 'Excel' } },
              { id: 'lp.criterion.passed.explain', values: { title: 'Excel' } },
            ],
          },
        },
      },
    ]);
  });

  it("carry a plugin's plain sentence as text, without a message or inside the step's list", () => {
    const attended = {
      name: 'attended',
      description: 'Attended the course.',
      schema: z.literal(true),
      isSatisfied: () => false,
      progress: () => 0,
      explain: (_param: true, _course: unknown, title: string) => `Attend ${title}`,
      summarize: () => 'attended',
    };
    const registry = createRegistry().registerCriterion(attended);
    const alone = pathOf({ id: 'x', course: course('X'), title: 'Lab', criteria: { attended: true } });
    expect(evaluatePath(alone, facts(BEFORE_CAPSTONE), { registry }).remaining).toStrictEqual([
      { node: 'x', text: 'Attend Lab' },
    ]);
    const mixed = pathOf({
      id: 'x',
      course: course('X'),
      title: 'Lab',
      criteria: { passed: true, attended: true },
    });
    const [item] = evaluatePath(mixed, facts(BEFORE_CAPSTONE), { registry }).remaining;
    expect(item).toEqual({
      node: 'x',
      text: 'Pass Lab and attend Lab',
      message: {
        id: 'lp.step.remaining',
        values: { clauses: [{ id: 'lp.criterion.passed.explain', values: { title: 'Lab' } }, 'Attend Lab'] },
      },
    });
  });

  it('share the words of a course nobody has touched between learners', () => {
    const path = compilePath(dataSciencePath());
    const first = path.evaluate(facts(BEFORE_CAPSTONE)).remaining;
    const second = path.evaluate(facts(BEFORE_CAPSTONE)).remaining;
    expect(second[0]).toBe(first[0]);
    expect(Object.isFrozen(first[0])).toBe(true);
    expect(first[0]).toEqual({
      node: 'intro',
      text: 'Complete 80% of course-v1:DemoU+DS100+2026 (now 0%)',
      message: {
        id: 'lp.criterion.completion.explain',
        values: { minimum: 0.8, now: 0, title: 'course-v1:DemoU+DS100+2026' },
      },
    });
  });

  it('leave out locked parts', () => {
    const evaluation = evaluatePath(dataSciencePath(), facts(BEFORE_CAPSTONE));
    expect(evaluation.next).toEqual(['intro', 'stats', 'viz', 'nlp', 'cv']);
    expect(evaluation.remaining.map((item) => item.node)).toEqual(['intro', 'stats', 'electives']);
  });
});

describe('tiers', () => {
  it('are achieved in order, and a completed path has everything', () => {
    const all = Object.fromEntries(Object.values(DS).map((key) => [key, PASSED]));
    const evaluation = evaluatePath(dataSciencePath(), facts(AFTER_CAPSTONE, all));
    expect(evaluation.completed).toBe(true);
    expect(evaluation.progress).toBe(1);
    expect(evaluation.tiers).toEqual({
      foundation: { achieved: true, progress: 1, missing: [] },
      advanced: { achieved: true, progress: 1, missing: [] },
    });
    expect(evaluation.currentTier).toBe('advanced');
    expect(evaluation.next).toEqual([]);
  });

  it('the current tier is the last achieved one', () => {
    const done = { [DS.intro]: PASSED, [DS.stats]: PASSED, [DS.ml]: PASSED };
    expect(evaluatePath(dataSciencePath(), facts(AFTER_CAPSTONE, done)).currentTier).toBe('foundation');
  });
});

describe('progress', () => {
  it('is never 1 for an unsatisfied node, even where a rule would round up', () => {
    const path = pathOf({ id: 's', course: course('S'), criteria: { completion: 0.3, passed: true } });
    const evaluation = evaluatePath(
      path,
      facts(BEFORE_CAPSTONE, { [course('S')]: { completion: 1, passed: false } }),
    );
    expect(evaluation.nodes.s!.satisfied).toBe(false);
    expect(evaluation.nodes.s!.progress).toBeLessThan(1);
  });

  it('weighs the children of an all group', () => {
    const path = pathOf({
      id: 'root',
      rule: 'all',
      children: [
        { id: 'big', course: course('B'), weight: 3 },
        { id: 'small', course: course('S') },
      ],
    });
    expect(evaluatePath(path, facts(BEFORE_CAPSTONE, { [course('B')]: PASSED })).progress).toBeCloseTo(0.75);
  });
});

describe('compilation', () => {
  it('refuses an invalid definition with its problems', () => {
    expect(() => compilePath({ key: 'nope' })).toThrow(InvalidPathError);
  });

  it('refuses an unreadable time', () => {
    const path = compilePath(dataSciencePath());
    // Twice: a remembered time must not let a bad one through.
    expect(() => path.evaluate({ now: 'yesterday', courses: {} })).toThrow(/not a valid time/);
    expect(() => path.evaluate({ now: 'yesterday', courses: {} })).toThrow(/not a valid time/);
    expect(() => path.evaluate({ now: '', courses: {} })).toThrow(/not a valid time/);
    expect(() => path.evaluate({ now: Number.NaN, courses: {} })).toThrow(/not a valid time/);
  });

  it('gives independent answers to successive learners on one compiled path', () => {
    const path = compilePath(dataSciencePath());
    const first = path.evaluate(facts(BEFORE_CAPSTONE, { [DS.intro]: PASSED }));
    const snapshot = JSON.parse(JSON.stringify(first)) as unknown;
    path.evaluate(facts(AFTER_CAPSTONE, Object.fromEntries(Object.values(DS).map((key) => [key, PASSED]))));
    expect(first).toEqual(snapshot);
  });

  it('answers with plain objects', () => {
    const evaluation = compilePath(dataSciencePath()).evaluate(facts(BEFORE_CAPSTONE));
    expect(Object.getPrototypeOf(evaluation.nodes)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(evaluation.tiers)).toBe(Object.prototype);
  });
});
