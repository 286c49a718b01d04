// For Learn's component tests: the path page's API answer for the spec's data-science path and a learner's
// course facts, with the evaluation, lock reasons and summaries (texts and messages) from the real
// engine (core) and the server's other words filled in as the server words them.
import {
  compilePath,
  describeLock,
  summarizeNode,
  type CourseFacts,
  type Message,
  type PathDefinition,
} from '@learning-paths/core';
import example from '../../../examples/data-science/path.json' with { type: 'json' };
import type { PathPageData, TierNeed } from '../src/learn/learn-api.ts';

export const DS_KEY = 'path-v1:DemoU+DS+2026+spring';
/** Before the capstone opens (1 May 2026). */
const NOW = '2026-03-01T10:00:00Z';

export function pathPageFixture(
  facts: Record<string, CourseFacts>,
  changes: { definition?: Partial<PathDefinition>; enrolled?: boolean } = {},
): PathPageData {
  const definition = { ...(example as PathDefinition), ...changes.definition };
  const compiled = compilePath(definition);
  const evaluation = compiled.evaluate({ now: NOW, courses: facts });
  const lockReasons: Record<string, string> = {};
  const lockReasonMessages: Record<string, Message> = {};
  const summaries: Record<string, string> = {};
  const summaryMessages: Record<string, Message> = {};
  const titles: Record<string, string> = {};
  const lockNeeds: TierNeed[] = [];
  for (const node of compiled.nodes) {
    titles[node.id] = node.title;
    const summary = summarizeNode(node);
    summaries[node.id] = summary.text;
    summaryMessages[node.id] = summary.message!;
    const { status, lockedBy } = evaluation.nodes[node.id]!;
    if (status !== 'locked') continue;
    const lock = describeLock(compiled, node.id, lockedBy);
    lockReasons[node.id] = lock.text;
    lockReasonMessages[node.id] = lock.message!;
    lockNeeds.push({ ...lock, node: node.id, locked: true });
  }
  for (const tier of compiled.tiers) titles[tier.id] = tier.title;
  // What is open now, then what is locked: enough for a page to show (the server's list is finer).
  const needs: TierNeed[] = [
    ...evaluation.remaining.map((item) => ({ ...item, locked: false })),
    ...lockNeeds,
  ];
  const tierNeeds = Object.fromEntries(
    compiled.tiers.filter((tier) => !evaluation.tiers[tier.id]!.achieved).map((tier) => [tier.id, needs]),
  );
  const courses: PathPageData['courses'] = {};
  for (const node of compiled.nodes) {
    if (node.course === null) continue;
    const fact = facts[node.course];
    courses[node.course] = {
      run: node.course,
      title: node.title,
      org: 'DemoU',
      startsAt: '2026-01-01T00:00:00Z',
      endsAt: '2026-06-30T00:00:00Z',
      dateState: 'open',
      inviteOnly: false,
      inCatalog: true,
      enrolled: fact?.enrolled === true,
      completion: typeof fact?.completion === 'number' ? fact.completion : null,
      grade: typeof fact?.grade === 'number' ? fact.grade : null,
      passed: typeof fact?.passed === 'boolean' ? fact.passed : null,
    };
  }
  return {
    key: definition.key,
    version: 1,
    definition,
    enrollment: changes.enrolled === false ? null : { active: true, enrolledAt: '2026-01-15T09:00:00Z' },
    archived: false,
    evaluation,
    lockReasons,
    lockReasonMessages,
    titles,
    summaries,
    summaryMessages,
    tierNeeds,
    courses,
  };
}

const course = (code: string) => `course-v1:DemoU+${code}+2026`;

/** Intro and Statistics done, Machine Learning under its grade, one elective passed. */
export const MIDWAY: Record<string, CourseFacts> = {
  [course('DS100')]: { enrolled: true, completion: 0.9, grade: 0.8, passed: true },
  [course('DS110')]: { enrolled: true, completion: 1, grade: 0.75, passed: true },
  [course('DS120')]: { enrolled: true, completion: 0.5, grade: 0.62 },
  [course('DS210')]: { enrolled: true, completion: 1, grade: 0.9, passed: true },
};

/** As MIDWAY, with Machine Learning's grade met: the Foundation Certificate is reached. */
export const FOUNDATION: Record<string, CourseFacts> = {
  ...MIDWAY,
  [course('DS120')]: { enrolled: true, completion: 0.8, grade: 0.82, passed: true },
};
