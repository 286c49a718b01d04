// Deterministic generators for the engine benchmark: a large path mixing every rule,
// prerequisites, release dates and tiers, and learners with varied facts.
import type { CourseFacts, LearnerFacts } from '../src/facts/types.ts';
import type { GroupNode, PathDefinition, PathNode, StepNode } from '../src/definition/types.ts';

/** A small fast seeded random generator (mulberry32), so every run measures the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A path of 5 × 4 × 2 groups holding 5 steps each (200 steps): the root, three levels of groups,
 * the steps on the fourth level. Rules rotate through all, sequence and atLeast (by count, by
 * credits, by both); every second second-level group requires the previous top-level group; some
 * groups open on a date; three tiers build on each other.
 */
export function generateLargePath(): PathDefinition {
  let course = 0;
  const criteriaCycle = [
    { passed: true as const },
    { grade: 0.7 },
    { completion: 0.8 },
    { completion: 0.9, grade: 0.6 },
  ];
  const step = (): StepNode => {
    const n = course++;
    return {
      id: `s${n}`,
      course: `course-v1:Bench+C${n}+2026`,
      criteria: criteriaCycle[n % 4]!,
      credits: 1 + (n % 4),
    };
  };
  const group = (
    id: string,
    variant: number,
    children: PathNode[],
    extra: Partial<GroupNode> = {},
  ): GroupNode => {
    switch (variant % 5) {
      case 0:
        return { id, rule: 'all', children, ...extra };
      case 1:
        return { id, rule: 'sequence', children, ...extra };
      case 2:
        return { id, rule: 'atLeast', count: Math.ceil(children.length / 2), children, ...extra };
      case 3:
        return { id, rule: 'atLeast', credits: 4, children, ...extra };
      default:
        return { id, rule: 'atLeast', count: 1, credits: 2, children, ...extra };
    }
  };
  const top: GroupNode[] = [];
  for (let a = 0; a < 5; a++) {
    const middle: GroupNode[] = [];
    for (let b = 0; b < 4; b++) {
      const lower: GroupNode[] = [];
      for (let c = 0; c < 2; c++) {
        lower.push(group(`g${a}-${b}-${c}`, a + b + c, [step(), step(), step(), step(), step()]));
      }
      const extra: Partial<GroupNode> = {
        ...(a > 0 && b % 2 === 1 ? { prerequisites: [`g${a - 1}`] } : {}),
        ...(b === 3 ? { availableFrom: `2026-0${a + 2}-01T00:00:00Z` } : {}),
      };
      middle.push(group(`g${a}-${b}`, a + b + 1, lower, extra));
    }
    top.push(group(`g${a}`, a === 2 ? 1 : 0, middle));
  }
  return {
    key: 'path-v1:Bench+Large+2026+all',
    title: 'Generated 200-step path',
    requirements: { id: 'root', rule: 'all', children: top },
    tiers: [
      { id: 'tier1', title: 'Tier 1', requires: ['g0', 'g1'] },
      { id: 'tier2', title: 'Tier 2', requires: ['tier1', 'g2', 'g3'] },
      { id: 'tier3', title: 'Tier 3', requires: ['tier2', 'g4'] },
    ],
  };
}

/** Learners who have touched a random share of the given courses, with random results. */
export function generateLearners(courseKeys: readonly string[], count: number, seed: number): LearnerFacts[] {
  const random = seededRandom(seed);
  const learners: LearnerFacts[] = [];
  for (let i = 0; i < count; i++) {
    const engagement = random();
    const courses: Record<string, CourseFacts> = {};
    for (const key of courseKeys) {
      if (random() > engagement) continue;
      const completion = Math.round(random() * 100) / 100;
      const grade = Math.round(random() * completion * 100) / 100;
      courses[key] = { enrolled: true, completion, grade, passed: grade >= 0.6 };
    }
    learners.push({ now: `2026-0${1 + (i % 9)}-15T12:00:00Z`, courses });
  }
  return learners;
}
