// The editor's "Requires approval by staff": it adds approval to what a step asks (the path's default
// criteria made the step's own), and taking it away again leaves the step as it was.
import type { PathDefinition, StepNode } from '@learning-paths/core';
import { describe, expect, it } from 'vitest';
import { requiresApproval, withApproval } from '../src/browser/step-criteria.ts';

const step: StepNode = { id: 'portfolio', title: 'Portfolio', course: 'course-v1:DemoU+P1+2026' };
const path = (defaultCriteria?: PathDefinition['defaultCriteria']): PathDefinition => ({
  key: 'path-v1:DemoU+P+2026+x',
  title: 'P',
  requirements: { id: 'root', rule: 'all', children: [step] },
  ...(defaultCriteria ? { defaultCriteria } : {}),
});

describe('switching approval on a step', () => {
  it("adds approval to the path's default criteria, and back", () => {
    const definition = path({ completion: 0.8 });
    const approved = withApproval(definition, step, true);
    expect(approved.criteria).toEqual({ completion: 0.8, approvedByStaff: true });
    expect(requiresApproval(definition, approved)).toBe(true);
    expect(withApproval(definition, approved, false)).toEqual(step);
  });

  it('keeps the step’s own criteria, and uses { passed: true } when the path names no default', () => {
    const own = { ...step, criteria: { grade: 0.7 } };
    expect(withApproval(path(), own, true).criteria).toEqual({ grade: 0.7, approvedByStaff: true });
    expect(withApproval(path(), step, true).criteria).toEqual({ passed: true, approvedByStaff: true });
    expect(withApproval(path(), { ...own, criteria: { grade: 0.7, approvedByStaff: true } }, false)).toEqual(
      own,
    );
  });

  it('leaves a step that asked only for approval to the default, never to empty criteria', () => {
    const only = { ...step, criteria: { approvedByStaff: true } };
    expect(withApproval(path(), only, false)).toEqual(step);
  });

  it('follows a default that asks for approval, and takes it off that one step', () => {
    const definition = path({ passed: true, approvedByStaff: true });
    expect(requiresApproval(definition, step)).toBe(true);
    expect(withApproval(definition, step, false).criteria).toEqual({ passed: true });
  });
});
