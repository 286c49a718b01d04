// Definitions and facts shared by the engine's unit tests: the spec's data-science path and
// small builders for one-off paths.
import type { CourseFacts, LearnerFacts } from '../src/facts/types.ts';
import type { PathDefinition, PathNode } from '../src/definition/types.ts';

export const DS = {
  intro: 'course-v1:DemoU+DS100+2026',
  stats: 'course-v1:DemoU+DS110+2026',
  ml: 'course-v1:DemoU+DS120+2026',
  viz: 'course-v1:DemoU+DS210+2026',
  nlp: 'course-v1:DemoU+DS220+2026',
  cv: 'course-v1:DemoU+DS230+2026',
  capstone: 'course-v1:DemoU+DS300+2026',
} as const;

/** The example of spec section 1, verbatim (no step titles). */
export function dataSciencePath(): PathDefinition {
  return {
    key: 'path-v1:DemoU+DS+2026+spring',
    title: 'Data Science Foundations',
    visibility: 'invite_only',
    defaultCriteria: { passed: true },
    requirements: {
      id: 'root',
      title: 'Programme',
      rule: 'all',
      children: [
        { id: 'intro', course: DS.intro, criteria: { completion: 0.8 } },
        {
          id: 'core',
          title: 'Core',
          rule: 'sequence',
          children: [
            { id: 'stats', course: DS.stats },
            { id: 'ml', course: DS.ml, criteria: { grade: 0.7 } },
          ],
        },
        {
          id: 'electives',
          title: 'Electives',
          rule: 'atLeast',
          count: 2,
          children: [
            { id: 'viz', course: DS.viz, credits: 3 },
            { id: 'nlp', course: DS.nlp, credits: 3 },
            { id: 'cv', course: DS.cv, credits: 4 },
          ],
        },
        {
          id: 'capstone',
          course: DS.capstone,
          prerequisites: ['core', 'electives'],
          availableFrom: '2026-05-01T00:00:00Z',
        },
      ],
    },
    tiers: [
      { id: 'foundation', title: 'Foundation Certificate', requires: ['intro', 'core'] },
      { id: 'advanced', title: 'Advanced Certificate', requires: ['foundation', 'electives', 'capstone'] },
    ],
  };
}

/** A one-off path around a root node. */
export function pathOf(requirements: PathNode, extra: Partial<PathDefinition> = {}): PathDefinition {
  return { key: 'path-v1:T+P+2026+g', title: 'Test path', requirements, ...extra };
}

/** `course-v1:T+<name>+2026` */
export function course(name: string): string {
  return `course-v1:T+${name}+2026`;
}

export function facts(now: string, courses: Record<string, CourseFacts> = {}): LearnerFacts {
  return { now, courses };
}

export const PASSED: CourseFacts = { enrolled: true, completion: 1, grade: 0.9, passed: true };
