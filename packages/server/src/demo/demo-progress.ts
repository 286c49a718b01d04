// Varied, plausible progress for the demo's learners: on each path a learner has not started, is
// part-way through or has completed it, with course facts to match. Courses are taken in the order
// the path suggests, electives chosen at random, and only courses that have started count.
import { isStep, type PathDefinition, type PathNode } from '@learning-paths/core';
import type { FactInput } from '../services/facts/apply-facts.ts';
import { between, shuffled, wholeBetween, type Random } from './seeded-random.ts';

const HOUR = 3_600_000;

function creditsOf(node: PathNode): number {
  if (node.credits !== undefined) return node.credits;
  return isStep(node) ? 1 : node.children.reduce((sum, child) => sum + creditsOf(child), 0);
}

/**
 * The courses that satisfy a node, in document order (sequences and prerequisites follow it): every
 * child of a group, except for `atLeast`, where children drawn at random until `count` and
 * `credits` are reached.
 */
export function coursesToComplete(node: PathNode, random: Random): string[] {
  if (isStep(node)) return [node.course];
  let children = node.children;
  if (node.rule === 'atLeast') {
    const count = Math.max(node.count ?? 0, 1);
    const credits = typeof node.credits === 'number' ? node.credits : 0;
    const chosen = new Set<PathNode>();
    let total = 0;
    for (const child of shuffled(random, node.children)) {
      if (chosen.size >= count && total >= credits) break;
      chosen.add(child);
      total += creditsOf(child);
    }
    children = node.children.filter((child) => chosen.has(child));
  }
  return children.flatMap((child) => coursesToComplete(child, random));
}

export interface LearnerProgressOptions {
  readonly username: string;
  readonly definition: PathDefinition;
  /** Courses that have started: no one has results in the others yet. */
  readonly started: ReadonlySet<string>;
  readonly random: Random;
  readonly now: string;
}

/**
 * The facts of one learner on one path: a fifth have not started, a quarter have passed every
 * course that has started, the rest are part-way through. Passed courses have a completion of at least 85%
 * and a grade of at least 72%, which meets every criterion of the demo paths; the course in
 * progress stays below every threshold (completion under 75%, grade under 50%).
 */
export function learnerFacts({
  username,
  definition,
  started,
  random,
  now,
}: LearnerProgressOptions): FactInput[] {
  const roll = random();
  if (roll < 0.2) return [];
  const plan = coursesToComplete(definition.requirements, random).filter((course) => started.has(course));
  const passed = roll < 0.75 ? Math.floor(random() * plan.length) : plan.length;
  const at = (hoursAgo: number) => new Date(Date.parse(now) - hoursAgo * HOUR).toISOString();
  const facts: FactInput[] = plan.slice(0, passed).map((course, index) => ({
    user: username,
    course,
    enrolled: true,
    completion: between(random, 0.85, 1),
    grade: between(random, 0.72, 0.99),
    passed: true,
    // About two weeks per course, the last one passed a few days ago.
    time: at((passed - index) * 14 * 24 + wholeBetween(random, 0, 72)),
  }));
  const current = plan[passed];
  if (current !== undefined)
    facts.push({
      user: username,
      course: current,
      enrolled: true,
      completion: between(random, 0.05, 0.75),
      grade: between(random, 0, 0.49),
      time: at(wholeBetween(random, 1, 72)),
    });
  return facts;
}
