import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { course, dataSciencePath, pathOf } from '../../test/fixtures.ts';
import type { GroupNode } from '../definition/types.ts';
import { createRegistry } from '../registry/create-registry.ts';
import { compilePath } from './compiled-path.ts';
import { summarizeGroup, summarizeNode } from './node-summary.ts';

describe('summarizeNode', () => {
  const path = compilePath(dataSciencePath());
  const summaryOf = (id: string) => summarizeNode(path.nodes.find((node) => node.id === id)!);

  it("words a group's rule and a step's criteria, with their messages", () => {
    expect(summaryOf('electives')).toEqual({
      text: 'choose 2 of 3',
      message: { id: 'lp.rule.atLeast.summary.count', values: { count: 2, total: 3 } },
    });
    expect(summaryOf('core').text).toBe('all 2 in order');
    expect(summaryOf('intro')).toEqual({
      text: 'completion ≥ 80%',
      message: { id: 'lp.criterion.completion.summary', values: { minimum: 0.8 } },
    });
    expect(summaryOf('stats').message).toEqual({ id: 'lp.criterion.passed.summary', values: {} });
  });

  it("lists a step's several criteria in one message", () => {
    const step = compilePath(pathOf({ id: 'x', course: course('X'), criteria: { grade: 0.6, passed: true } }))
      .nodes[0]!;
    expect(summarizeNode(step)).toEqual({
      text: 'grade ≥ 60%, passed',
      message: {
        id: 'lp.step.summary',
        values: {
          criteria: [
            { id: 'lp.criterion.grade.summary', values: { minimum: 0.6 } },
            { id: 'lp.criterion.passed.summary', values: {} },
          ],
        },
      },
    });
  });
});

describe('summarizeGroup', () => {
  it('words a group of a draft by its rule', () => {
    const draft: GroupNode = { id: 'g', rule: 'atLeast', credits: 6, children: [] };
    expect(summarizeGroup(draft)).toEqual({
      text: 'at least 6 credits',
      message: { id: 'lp.rule.atLeast.summary.credits', values: { credits: 6 } },
    });
  });

  it("passes a plugin rule's plain summary on as text, and knows nothing of an unregistered rule", () => {
    const registry = createRegistry().registerGroupRule<{ readonly hint?: string }>({
      name: 'any',
      description: 'Any one child.',
      params: { hint: z.string().optional() },
      isSatisfied: (_group, children) => children.some((child) => child.satisfied),
      progress: () => 0,
      summarize: (group) => `any one (${String(group.params.hint)})`,
    });
    const draft: GroupNode = { id: 'g', rule: 'any', children: [] };
    expect(summarizeGroup({ ...draft, hint: 'x' }, registry)).toStrictEqual({
      text: 'any one (x)',
    });
    expect(summarizeGroup(draft)).toBeUndefined();
  });
});
