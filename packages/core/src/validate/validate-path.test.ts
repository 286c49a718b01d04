import { describe, expect, it } from 'vitest';
import { course, dataSciencePath, pathOf } from '../../test/fixtures.ts';
import type { Problem } from '../problems.ts';
import { assertValidPath, InvalidPathError, validatePath } from './validate-path.ts';

/** A deep, writable copy of the spec's path to break in one place. */
function broken(edit: (path: Record<string, any>) => void): unknown {
  const copy = JSON.parse(JSON.stringify(dataSciencePath())) as Record<string, any>;
  edit(copy);
  return copy;
}

/** The problems in English (problem-messages.test.ts checks their messages), each having a message. */
function errorsOf(input: unknown): Pick<Problem, 'pointer' | 'message'>[] {
  const result = validatePath(input);
  expect(result.valid).toBe(false);
  return result.errors.map(({ pointer, message, translatable }) => {
    expect(translatable?.id, message).toMatch(/^lp\.problem\./);
    return { pointer, message };
  });
}

describe('a valid definition', () => {
  it('validates and comes back typed', () => {
    const result = validatePath(dataSciencePath());
    expect(result).toEqual({ valid: true, definition: dataSciencePath(), errors: [] });
  });

  it('may name its JSON Schema', () => {
    expect(validatePath({ ...dataSciencePath(), $schema: 'https://example.org/schema.json' }).valid).toBe(
      true,
    );
  });

  it('may be a single step', () => {
    expect(validatePath(pathOf({ id: 'only', course: course('A') })).valid).toBe(true);
  });
});

describe('schema errors', () => {
  it('reports a document that is not an object', () => {
    expect(errorsOf([1, 2])).toEqual([
      { pointer: '', message: expect.stringContaining('must be an object') as string },
    ]);
  });

  it('reports missing fields', () => {
    const errors = errorsOf(broken((path) => delete path.title));
    expect(errors).toEqual([{ pointer: '/title', message: 'title is required' }]);
  });

  it('reports a missing course or rule on a node', () => {
    const errors = errorsOf(broken((path) => delete path.requirements.children[0].course));
    expect(errors).toContainEqual({
      pointer: '/requirements/children/0',
      message: 'a node needs either course (a step) or rule and children (a group)',
    });
  });

  it('reports mistyped fields with what was found', () => {
    const errors = errorsOf(broken((path) => (path.requirements.children[2].count = '2')));
    expect(errors).toContainEqual({
      pointer: '/requirements/children/2/count',
      message: 'count must be a number, not the string "2"',
    });
  });

  it('reports unknown fields with a suggestion', () => {
    const errors = errorsOf(broken((path) => (path.requirements.children[1].titel = 'Core')));
    expect(errors).toEqual([
      { pointer: '/requirements/children/1/titel', message: 'unknown field "titel" (did you mean "title"?)' },
    ]);
  });

  it('reports unknown criteria with a suggestion', () => {
    const errors = errorsOf(broken((path) => (path.requirements.children[0].criteria = { grad: 0.5 })));
    expect(errors).toEqual([
      {
        pointer: '/requirements/children/0/criteria/grad',
        message: 'unknown field "grad" (did you mean "grade"?)',
      },
    ]);
  });

  it('reports thresholds outside 0..1', () => {
    const errors = errorsOf(
      broken((path) => (path.requirements.children[0].criteria = { completion: 1.2, grade: -0.1 })),
    );
    expect(errors).toEqual([
      {
        pointer: '/requirements/children/0/criteria/completion',
        message: 'criteria.completion must be at most 1',
      },
      { pointer: '/requirements/children/0/criteria/grade', message: 'criteria.grade must be at least 0' },
    ]);
  });

  it('reports empty criteria', () => {
    const errors = errorsOf(broken((path) => (path.defaultCriteria = {})));
    expect(errors).toEqual([
      {
        pointer: '/defaultCriteria',
        message: 'criteria must name at least one of: completion, grade, passed',
      },
    ]);
  });

  it('reports passed: false, which means nothing', () => {
    const errors = errorsOf(broken((path) => (path.requirements.children[0].criteria = { passed: false })));
    expect(errors).toEqual([
      {
        pointer: '/requirements/children/0/criteria/passed',
        message: 'criteria.passed must be true, not false',
      },
    ]);
  });

  it('reports malformed path and course keys, saying what is wrong', () => {
    const errors = errorsOf(
      broken((path) => {
        path.key = 'path-v1:DemoU+DS+2026';
        path.requirements.children[0].course = 'course-v1:DemoU+DS 100+2026';
      }),
    );
    expect(errors).toEqual([
      {
        pointer: '/key',
        message: expect.stringContaining('it has 3 parts separated by "+", expected 4') as string,
      },
      {
        pointer: '/requirements/children/0/course',
        message: expect.stringContaining('its number part "DS 100" contains " "') as string,
      },
    ]);
  });

  it('reports bad ids, weights, credits, dates, levels and visibility', () => {
    const errors = errorsOf(
      broken((path) => {
        path.level = 'expert';
        path.visibility = 'hidden';
        path.requirements.children[2].children[0].id = 'has space';
        path.requirements.children[0].weight = 0;
        path.requirements.children[2].children[0].credits = -1;
        path.requirements.children[3].availableFrom = '2026-05-01';
      }),
    ).map((error) => error.pointer);
    expect(errors).toEqual([
      '/level',
      '/requirements/children/0/weight',
      '/requirements/children/2/children/0/credits',
      '/requirements/children/2/children/0/id',
      '/requirements/children/3/availableFrom',
      '/visibility',
    ]);
  });

  it('explains a date without a time zone', () => {
    const errors = errorsOf(broken((path) => (path.requirements.children[3].availableFrom = '2026-05-01')));
    expect(errors[0]!.message).toBe(
      'availableFrom must be an ISO 8601 time with a time zone, like 2026-05-01T00:00:00Z',
    );
  });

  it('reports an unknown rule with the known ones', () => {
    const errors = errorsOf(broken((path) => (path.requirements.children[1].rule = 'sequense')));
    expect(errors).toEqual([
      {
        pointer: '/requirements/children/1/rule',
        message: 'unknown rule "sequense": the rules are all, sequence, atLeast (did you mean "sequence"?)',
      },
    ]);
  });

  it('reports a rule parameter on the wrong rule', () => {
    const errors = errorsOf(broken((path) => (path.requirements.children[1].count = 1)));
    expect(errors).toEqual([{ pointer: '/requirements/children/1/count', message: 'unknown field "count"' }]);
  });

  it('reports a node that is both a step and a group', () => {
    const errors = errorsOf(broken((path) => (path.requirements.children[0].children = [])));
    expect(errors).toContainEqual({
      pointer: '/requirements/children/0',
      message: 'a node is either a step (with course) or a group (with rule and children), not both',
    });
  });

  it('reserves the id __proto__', () => {
    const errors = errorsOf(broken((path) => (path.requirements.children[2].children[0].id = '__proto__')));
    expect(errors).toEqual([
      {
        pointer: '/requirements/children/2/children/0/id',
        message: 'the id "__proto__" is reserved; choose another',
      },
    ]);
  });
});

describe('identity and reference errors', () => {
  it('reports a duplicate id at the later place, across nodes and tiers', () => {
    const errors = errorsOf(broken((path) => (path.tiers[1].id = 'core')));
    expect(errors).toEqual([
      {
        pointer: '/tiers/1/id',
        message:
          'the id "core" is already used at /requirements/children/1; ids must be unique across nodes and tiers',
      },
    ]);
  });

  it('reports prerequisites and tier requirements naming nothing', () => {
    const errors = errorsOf(
      broken((path) => {
        path.requirements.children[3].prerequisites = ['core', 'electivs'];
        path.tiers[1].requires = ['foundation', 'nothing'];
      }),
    );
    expect(errors).toEqual([
      {
        pointer: '/requirements/children/3/prerequisites/1',
        message: '"electivs" is not the id of any node or tier (did you mean "electives"?)',
      },
      { pointer: '/tiers/1/requires/1', message: '"nothing" is not the id of any node or tier' },
    ]);
  });

  it('reports a course that appears in two steps', () => {
    const errors = errorsOf(
      broken((path) => (path.requirements.children[2].children[2].course = 'course-v1:DemoU+DS100+2026')),
    );
    expect(errors).toEqual([
      {
        pointer: '/requirements/children/2/children/2/course',
        message:
          'the course course-v1:DemoU+DS100+2026 is already a step at /requirements/children/0; a course may appear only once in a path',
      },
    ]);
  });
});

describe('cycles', () => {
  it('reports a node requiring itself', () => {
    const errors = errorsOf(broken((path) => (path.requirements.children[0].prerequisites = ['intro'])));
    expect(errors).toEqual([
      { pointer: '/requirements/children/0/prerequisites/0', message: '"intro" cannot require itself' },
    ]);
  });

  it('reports a node requiring its ancestor', () => {
    const errors = errorsOf(
      broken((path) => (path.requirements.children[1].children[1].prerequisites = ['core'])),
    );
    expect(errors).toEqual([
      {
        pointer: '/requirements/children/1/children/1/prerequisites/0',
        message: '"ml" cannot require "core", which contains it: it could never unlock',
      },
    ]);
  });

  it('reports a node requiring its descendant', () => {
    const errors = errorsOf(broken((path) => (path.requirements.children[2].prerequisites = ['cv'])));
    expect(errors).toEqual([
      {
        pointer: '/requirements/children/2/prerequisites/0',
        message: '"electives" cannot require "cv", which is inside it: it could never unlock',
      },
    ]);
  });

  it('reports a cycle through sequence order', () => {
    const errors = errorsOf(
      broken((path) => (path.requirements.children[1].children[0].prerequisites = ['ml'])),
    );
    expect(errors).toEqual([
      {
        pointer: '/requirements/children/1/children/0/prerequisites/0',
        message:
          '"stats" requiring "ml" makes a cycle (stats → ml → stats), so none of them can ever be completed',
      },
    ]);
  });

  it('reports a cycle between prerequisites', () => {
    const errors = errorsOf(
      broken((path) => {
        path.requirements.children[0].prerequisites = ['capstone'];
        path.requirements.children[3].prerequisites = ['intro'];
      }),
    );
    expect(errors.map((error) => error.pointer)).toEqual([
      '/requirements/children/0/prerequisites/0',
      '/requirements/children/3/prerequisites/0',
    ]);
    expect(errors[0]!.message).toContain('intro → capstone → intro');
  });

  it('reports a cycle through tier requirements, at each edge of it', () => {
    const errors = errorsOf(broken((path) => (path.requirements.children[0].prerequisites = ['foundation'])));
    expect(errors).toEqual([
      {
        pointer: '/requirements/children/0/prerequisites/0',
        message:
          '"intro" requiring "foundation" makes a cycle (intro → foundation → intro), so none of them can ever be completed',
      },
      {
        pointer: '/tiers/0/requires/0',
        message:
          '"foundation" requiring "intro" makes a cycle (foundation → intro → foundation), so none of them can ever be completed',
      },
    ]);
  });

  it('reports tiers requiring each other', () => {
    const errors = errorsOf(broken((path) => path.tiers[0].requires.push('advanced')));
    expect(errors.map((error) => error.pointer)).toEqual(['/tiers/0/requires/2', '/tiers/1/requires/0']);
  });

  it('accepts prerequisites between siblings that are not in a cycle', () => {
    expect(
      validatePath(
        broken((path) => (path.requirements.children[2].children[2].prerequisites = ['viz', 'foundation'])),
      ).valid,
    ).toBe(true);
  });
});

describe('unsatisfiable groups', () => {
  it('reports count greater than the number of children', () => {
    const errors = errorsOf(broken((path) => (path.requirements.children[2].count = 4)));
    expect(errors).toEqual([
      {
        pointer: '/requirements/children/2/count',
        message: 'count is 4 but the group has only 3 children, so it can never be satisfied',
      },
    ]);
  });

  it('reports credits greater than the children offer', () => {
    const errors = errorsOf(broken((path) => (path.requirements.children[2].credits = 11)));
    expect(errors).toEqual([
      {
        pointer: '/requirements/children/2/credits',
        message: 'credits is 11 but the children offer only 10 together, so it can never be satisfied',
      },
    ]);
  });

  it('reports an empty group', () => {
    const errors = errorsOf(broken((path) => (path.requirements.children[1].children = [])));
    expect(errors).toContainEqual({
      pointer: '/requirements/children/1/children',
      message: 'a group needs at least one child; an empty group can never be satisfied',
    });
  });

  it('reports an atLeast group with neither count nor credits', () => {
    const errors = errorsOf(broken((path) => delete path.requirements.children[2].count));
    expect(errors).toEqual([
      {
        pointer: '/requirements/children/2',
        message: 'an atLeast group needs count (how many children), credits (how many credits), or both',
      },
    ]);
  });
});

describe('reporting', () => {
  it('reports every problem at once, in document order', () => {
    const errors = errorsOf(
      broken((path) => {
        path.key = 'bad';
        path.requirements.children[0].criteria = { completion: 2 };
        path.requirements.children[2].count = 9;
        path.tiers[0].requires = ['nope'];
      }),
    );
    expect(errors.map((error) => error.pointer)).toEqual([
      '/key',
      '/requirements/children/0/criteria/completion',
      '/requirements/children/2/count',
      '/tiers/0/requires/0',
    ]);
  });

  it('escapes pointers as RFC 6901 says', () => {
    const errors = errorsOf(broken((path) => (path.requirements.children[0]['a/b~c'] = 1)));
    expect(errors[0]!.pointer).toBe('/requirements/children/0/a~1b~0c');
  });

  it('assertValidPath throws InvalidPathError carrying the problems', () => {
    const input = broken((path) => (path.title = ''));
    expect(() => assertValidPath(input)).toThrow(InvalidPathError);
    try {
      assertValidPath(input);
    } catch (error) {
      expect((error as InvalidPathError).errors).toEqual([
        {
          pointer: '/title',
          message: 'title must not be empty',
          translatable: { id: 'lp.problem.empty', values: { field: 'title' } },
        },
      ]);
    }
  });
});
