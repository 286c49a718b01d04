// What a statement says about a course (the verb-to-fact table of README.md), which course its
// activity counts for, and the grade a score gives.
import { describe, expect, it } from 'vitest';
import { courseOf } from '../src/facts/activity-courses.ts';
import { factFields, gradeOf, VERBS } from '../src/facts/statement-facts.ts';
import type { XapiStatement } from '../src/statements/statement-types.ts';

function statement(verb: string, result?: object): XapiStatement {
  return {
    actor: { mbox: 'mailto:a@b.org' },
    verb: { id: verb },
    object: { id: 'urn:x:quiz' },
    ...(result ? { result } : {}),
  };
}

describe('facts from statements', () => {
  it('reads completion, passed and grade from the verb and result', () => {
    const score = { score: { scaled: 0.7 } };
    expect(factFields(statement(VERBS.completed))).toEqual({ completion: 1 });
    expect(factFields(statement(VERBS.completed, score))).toEqual({ completion: 1, grade: 0.7 });
    expect(factFields(statement(VERBS.passed, score))).toEqual({ passed: true, grade: 0.7 });
    expect(factFields(statement(VERBS.failed, { score: { scaled: -0.2 } }))).toEqual({
      passed: false,
      grade: 0,
    });
    expect(factFields(statement(VERBS.scored, score))).toEqual({ grade: 0.7 });
    expect(factFields(statement(VERBS.answered, { ...score, completion: true }))).toEqual({
      completion: 1,
      grade: 0.7,
    });
    // Any verb with result.completion true completes; other verbs' scores are no grade.
    expect(
      factFields(statement('http://adlnet.gov/expapi/verbs/progressed', { ...score, completion: true })),
    ).toEqual({
      completion: 1,
    });
    expect(factFields(statement('http://adlnet.gov/expapi/verbs/experienced', score))).toBeNull();
    expect(factFields(statement(VERBS.scored))).toBeNull();
  });

  it('scales a raw score within min and max when scaled is absent', () => {
    expect(gradeOf({ raw: 6, max: 8 })).toBe(0.75);
    expect(gradeOf({ raw: 15, min: 10, max: 20 })).toBe(0.5);
    expect(gradeOf({ raw: 6 })).toBeNull();
    expect(gradeOf({ scaled: 1, raw: 0, max: 8 })).toBe(1);
    expect(gradeOf(undefined)).toBeNull();
  });

  it('maps an activity by its exact id first, else by the longest prefix', () => {
    const mappings = [
      { activity: 'https://x.org/', course: 'course-v1:X+A+1', match: 'prefix' as const },
      { activity: 'https://x.org/b/', course: 'course-v1:X+B+1', match: 'prefix' as const },
      { activity: 'https://x.org/b/quiz', course: 'course-v1:X+C+1', match: 'exact' as const },
    ];
    expect(courseOf('https://x.org/b/quiz', mappings)).toBe('course-v1:X+C+1');
    expect(courseOf('https://x.org/b/quiz2', mappings)).toBe('course-v1:X+B+1');
    expect(courseOf('https://x.org/a', mappings)).toBe('course-v1:X+A+1');
    expect(courseOf('https://y.org/a', mappings)).toBeNull();
  });
});
