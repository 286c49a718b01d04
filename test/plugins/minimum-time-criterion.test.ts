// A criterion registered from outside @learning-paths/core, through the public API only, and used
// end to end: validation of definitions and facts, the JSON Schema, evaluation and explanations.
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  compilePath,
  createRegistry,
  pathDefinitionJsonSchema,
  validateFacts,
  validatePath,
  type CriterionDefinition,
} from '@learning-paths/core';

/** "Spend at least N minutes in the course", read from a `minutesSpent` course fact. */
const minimumTime: CriterionDefinition<number> = {
  name: 'minutesSpent',
  description: 'Minimum time spent in the course, in minutes.',
  schema: z.int().positive(),
  facts: { minutesSpent: z.number().min(0) },
  isSatisfied: (minimum, course) => ((course.minutesSpent as number | undefined) ?? 0) >= minimum,
  progress: (minimum, course) => Math.min(1, ((course.minutesSpent as number | undefined) ?? 0) / minimum),
  explain: (minimum, course, title) =>
    `Spend ${minimum} minutes in ${title} (now ${(course.minutesSpent as number | undefined) ?? 0})`,
  summarize: (minimum) => `≥ ${minimum} minutes`,
};

const registry = createRegistry().registerCriterion(minimumTime);
const definition = {
  key: 'path-v1:Plug+TIME+2026+a',
  title: 'Time on task',
  requirements: {
    id: 'root',
    rule: 'all',
    children: [
      {
        id: 'reading',
        title: 'Reading Club',
        course: 'course-v1:Plug+R1+2026',
        criteria: { minutesSpent: 120 },
      },
      {
        id: 'lab',
        title: 'Lab',
        course: 'course-v1:Plug+L1+2026',
        criteria: { minutesSpent: 60, passed: true },
      },
    ],
  },
};

describe('a criterion from a plugin', () => {
  it('is accepted by validation only where registered', () => {
    expect(validatePath(definition, registry)).toMatchObject({ valid: true });
    const withoutPlugin = validatePath(definition);
    expect(withoutPlugin.errors).toContainEqual({
      pointer: '/requirements/children/0/criteria/minutesSpent',
      message: 'unknown field "minutesSpent"',
      translatable: { id: 'lp.problem.unknownField', values: { field: 'minutesSpent' } },
    });
  });

  it('validates its parameter with its own schema', () => {
    const bad = structuredClone(definition);
    bad.requirements.children[0]!.criteria = { minutesSpent: -5 };
    expect(validatePath(bad, registry).errors).toEqual([
      {
        pointer: '/requirements/children/0/criteria/minutesSpent',
        message: 'criteria.minutesSpent must be greater than 0',
        // Core words the plugin's schema too, so that this sentence is translated like its own.
        translatable: { id: 'lp.problem.minExclusive', values: { field: 'criteria.minutesSpent', limit: 0 } },
      },
    ]);
  });

  it('adds its fact field to facts validation', () => {
    const facts = { courses: { 'course-v1:Plug+R1+2026': { minutesSpent: 30 } } };
    expect(validateFacts(facts, registry).valid).toBe(true);
    expect(validateFacts(facts).valid).toBe(false);
    expect(
      validateFacts({ courses: { 'course-v1:Plug+R1+2026': { minutesSpent: 'long' } } }, registry).errors[0]!
        .pointer,
    ).toBe('/courses/course-v1:Plug+R1+2026/minutesSpent');
  });

  it('appears in the JSON Schema', () => {
    expect(JSON.stringify(pathDefinitionJsonSchema(registry))).toContain(
      'Minimum time spent in the course, in minutes.',
    );
    expect(JSON.stringify(pathDefinitionJsonSchema())).not.toContain('minutesSpent');
  });

  it('drives satisfaction, progress, statuses and explanations', () => {
    const path = compilePath(definition, { registry });
    const evaluation = path.evaluate({
      now: '2026-06-01T00:00:00Z',
      courses: {
        'course-v1:Plug+R1+2026': { minutesSpent: 150 },
        'course-v1:Plug+L1+2026': { minutesSpent: 30, passed: true },
      },
    });
    expect(evaluation.nodes.reading).toEqual({
      status: 'completed',
      satisfied: true,
      progress: 1,
      lockedBy: [],
    });
    expect(evaluation.nodes.lab!.status).toBe('in_progress');
    expect(evaluation.nodes.lab!.progress).toBeCloseTo((0.5 + 1) / 2);
    expect(evaluation.remaining).toEqual([{ node: 'lab', text: 'Spend 60 minutes in Lab (now 30)' }]);
    expect(path.nodes.find((node) => node.id === 'reading')!.criteria[0]!.summarize(120)).toBe(
      '≥ 120 minutes',
    );
  });

  it('cannot break the progress contract: the engine keeps unsatisfied progress below 1', () => {
    const sloppy = createRegistry().registerCriterion({ ...minimumTime, progress: () => 7 });
    const evaluation = compilePath(definition, { registry: sloppy }).evaluate({
      now: '2026-06-01T00:00:00Z',
      courses: {},
    });
    expect(evaluation.nodes.reading!.progress).toBeLessThan(1);
    expect(evaluation.nodes.reading!.progress).toBeGreaterThan(0.99);
  });
});
