// The course warnings' check: ended, not in the catalog, not yet known, ending before or soon after
// the step opens, starting after a later step of a sequence has ended.
import { describe, expect, it } from 'vitest';
import type { PathDefinition } from '@learning-paths/core';
import example from '../../../../../../examples/data-science/path.json' with { type: 'json' };
import type { CourseRun } from '@learning-paths/core';
import { courseWarnings } from './course-warnings.ts';

const path = example as unknown as PathDefinition;
const NOW = '2026-03-01T00:00:00Z';
/** Every course of the example runs from January to December 2026 unless a test says otherwise. */
const OPEN: CourseRun = { startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-12-31T00:00:00Z' };
const catalog =
  (runs: Readonly<Record<string, CourseRun | null>>) =>
  (course: string): CourseRun | null | undefined =>
    course in runs ? runs[course] : OPEN;
const course = (number: string) => `course-v1:DemoU+${number}+2026`;

describe('course warnings', () => {
  it('says nothing when every course runs while its step is open', () => {
    expect(courseWarnings(path, catalog({}), NOW)).toEqual([]);
  });

  it('warns about ended courses and unknown ones, and says nothing while a course is not looked up yet', () => {
    const runs: Readonly<Record<string, CourseRun | null | undefined>> = {
      [course('DS100')]: { startsAt: '2025-09-01T00:00:00Z', endsAt: '2026-02-01T00:00:00Z' },
      [course('DS110')]: null,
      [course('DS120')]: undefined,
    };
    const warnings = courseWarnings(path, (key) => (key in runs ? runs[key] : OPEN), NOW);
    expect(warnings).toEqual([
      { pointer: '/requirements/children/0', nodeId: 'intro', kind: 'ended', endsAt: '2026-02-01T00:00:00Z' },
      {
        pointer: '/requirements/children/1/children/0',
        nodeId: 'stats',
        kind: 'notInCatalog',
        course: course('DS110'),
      },
    ]);
  });

  it('warns when a course ends before its step or an enclosing group opens, or too soon after', () => {
    const children = [...(path.requirements as { children: readonly object[] }).children];
    children[2] = { ...children[2], availableFrom: '2026-06-01T00:00:00Z' };
    const opening = { ...path, requirements: { ...path.requirements, children } } as PathDefinition;
    const warnings = courseWarnings(
      opening,
      catalog({
        [course('DS210')]: { startsAt: null, endsAt: '2026-05-31T00:00:00Z' },
        [course('DS220')]: { startsAt: null, endsAt: '2026-06-02T00:00:00Z' },
        // The capstone's own date (1 May) counts; there is none around it.
        [course('DS300')]: { startsAt: null, endsAt: '2026-05-10T00:00:00Z' },
      }),
      NOW,
    );
    expect(
      warnings.map((warning) => [warning.nodeId, warning.kind, 'days' in warning ? warning.days : null]),
    ).toEqual([
      ['viz', 'endsBeforeOpening', null],
      ['nlp', 'endsSoonAfterOpening', 1],
      ['capstone', 'endsSoonAfterOpening', 9],
    ]);
  });

  it('warns when a course starts after a later step of a sequence has ended, naming the first to end', () => {
    const nested = {
      ...path,
      requirements: {
        id: 'root',
        rule: 'sequence',
        children: [
          { id: 'a', course: course('A') },
          {
            id: 'later',
            rule: 'all',
            children: [
              { id: 'b', course: course('B') },
              { id: 'c', course: course('C') },
            ],
          },
        ],
      },
      tiers: undefined,
    } as PathDefinition;
    const warnings = courseWarnings(
      nested,
      catalog({
        [course('A')]: { startsAt: '2026-09-01T00:00:00Z', endsAt: null },
        [course('B')]: { startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-08-01T00:00:00Z' },
        [course('C')]: { startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-07-01T00:00:00Z' },
      }),
      NOW,
    );
    expect(warnings).toEqual([
      {
        pointer: '/requirements/children/0',
        nodeId: 'a',
        kind: 'startsAfterLater',
        startsAt: '2026-09-01T00:00:00Z',
        laterId: 'c',
        laterEndsAt: '2026-07-01T00:00:00Z',
      },
    ]);
    // Under "all" order says nothing.
    const unordered = { ...nested, requirements: { ...nested.requirements, rule: 'all' } } as PathDefinition;
    expect(
      courseWarnings(
        unordered,
        catalog({ [course('A')]: { startsAt: '2026-09-01T00:00:00Z', endsAt: null } }),
        NOW,
      ),
    ).toEqual([]);
  });
});
