// fast-check arbitraries for the engine's property tests: path definitions valid by construction, learner facts, improvements of facts, and definitions with one injected error.
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { CourseFacts, Criteria, LearnerFacts, PathDefinition, PathNode, Tier } from '../src/index.ts';

export const MAX_NODES = 30;
/** Depth of the deepest node (the root is at depth 0): groups nest up to depth 3, steps sit up to depth 4. */
export const MAX_DEPTH = 4;
export const MAX_TIERS = 3;

const RULES = ['all', 'sequence', 'atLeast'] as const;
type Rule = (typeof RULES)[number];

// ---------------------------------------------------------------------------------------------
// Walking a definition (shared with the tests).

/** One node of a definition, found in document (pre-)order. */
export interface NodeInfo<N = PathNode> {
  readonly index: number;
  readonly node: N;
  /** RFC 6901 pointer to the node. */
  readonly pointer: string;
  /** Index of the parent, -1 for the root. */
  readonly parent: number;
  /** Indexes of the ancestors, nearest first. */
  readonly ancestors: readonly number[];
  readonly children: number[];
}

/** Escapes one reference token of a JSON pointer as RFC 6901 says (`~` → `~0`, `/` → `~1`). */
export function pointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerOf(...tokens: (string | number)[]): string {
  return tokens.map((token) => '/' + pointerToken(token)).join('');
}

function walk<N>(root: N, childrenOf: (node: N) => readonly N[] | undefined): NodeInfo<N>[] {
  const infos: NodeInfo<N>[] = [];
  const visit = (node: N, pointer: string, parent: number) => {
    const index = infos.length;
    const ancestors = parent < 0 ? [] : [parent, ...infos[parent]!.ancestors];
    infos.push({ index, node, pointer, parent, ancestors, children: [] });
    if (parent >= 0) infos[parent]!.children.push(index);
    (childrenOf(node) ?? []).forEach((child, position) =>
      visit(child, `${pointer}/children/${position}`, index),
    );
  };
  visit(root, '/requirements', -1);
  return infos;
}

/** Every node of a definition in document order, with pointers and family. */
export function nodeInfos(definition: PathDefinition): NodeInfo[] {
  return walk<PathNode>(definition.requirements, (node) => ('children' in node ? node.children : undefined));
}

type Mutable = Record<string, unknown>;

function rawNodeInfos(definition: Mutable): NodeInfo<Mutable>[] {
  return walk<Mutable>(definition.requirements as Mutable, (node) =>
    Array.isArray(node.children) ? (node.children as Mutable[]) : undefined,
  );
}

export function isStepNode(node: PathNode): node is Extract<PathNode, { course: string }> {
  return 'course' in node;
}

// ---------------------------------------------------------------------------------------------
// Small value arbitraries.

const MIN_TIME = Date.parse('2025-01-01T00:00:00Z');
const MAX_TIME = Date.parse('2027-12-31T23:59:59Z');

/** An ISO 8601 time in 2025-2027 with a Z, to the second or to the millisecond. */
export const isoTimeArb: Arbitrary<string> = fc
  .tuple(fc.integer({ min: MIN_TIME, max: MAX_TIME }), fc.boolean())
  .map(([ms, whole]) =>
    whole ? new Date(ms - (ms % 1000)).toISOString().replace(/\.000Z$/, 'Z') : new Date(ms).toISOString(),
  );

/** A fraction 0..1, often one of the round values thresholds use. */
export const fractionArb: Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, 0.25, 0.5, 0.7, 0.8, 1),
  fc.double({ min: 0, max: 1, noNaN: true }),
);

const weightArb = fc.oneof(fc.constantFrom(1, 2, 3, 0.5), fc.double({ min: 0.001, max: 1000, noNaN: true }));
const creditsArb = fc.oneof(fc.constantFrom(0, 1, 2, 3, 4), fc.double({ min: 0, max: 100, noNaN: true }));
const titleArb = fc.oneof(
  fc.constantFrom('Intro', 'Core', 'Machine Learning', 'Électives ✓'),
  fc.string({ minLength: 1, maxLength: 20 }),
);
const idPrefixArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/) },
);

/** A non-empty combination of completion, grade and passed. */
export const criteriaArb: Arbitrary<Criteria> = fc
  .record(
    { completion: fractionArb, grade: fractionArb, passed: fc.constant(true as const) },
    { requiredKeys: [], noNullPrototype: true },
  )
  .map((criteria): Criteria => (Object.keys(criteria).length > 0 ? criteria : { passed: true }));

/** `arb` one time in `oneIn`, else null. */
function sometimes<T>(arb: Arbitrary<T>, oneIn: number): Arbitrary<T | null> {
  return fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });
}

// ---------------------------------------------------------------------------------------------
// Valid definitions.

/** The random choices for one node; `buildDefinition` turns a list of them into a valid tree. */
interface RawNode {
  readonly group: boolean;
  /** Which open group (on the path from the root to the last node) becomes the parent. */
  readonly parentPick: number;
  readonly rule: Rule;
  readonly atLeastBy: 'count' | 'credits' | 'both';
  readonly countFraction: number;
  readonly creditsFraction: number;
  readonly idPrefix: string;
  readonly title: string | null;
  readonly criteria: Criteria | null;
  readonly weight: number | null;
  readonly credits: number | null;
  readonly availableFrom: string | null;
  readonly prerequisitePicks: readonly number[] | null;
}

interface RawTier {
  readonly idPrefix: string;
  readonly title: string;
  readonly description: string | null;
  readonly picks: readonly number[];
}

interface RawDefinition {
  readonly nodes: readonly RawNode[];
  readonly tiers: readonly RawTier[];
  readonly keyGroup: string;
  readonly title: string;
  readonly defaultCriteria: Criteria | null;
  readonly visibility: 'invite_only' | 'public' | null;
}

const rawNodeArb: Arbitrary<RawNode> = fc.record({
  group: fc.boolean(),
  parentPick: fc.nat(),
  rule: fc.constantFrom(...RULES),
  atLeastBy: fc.constantFrom('count' as const, 'credits' as const, 'both' as const),
  countFraction: fc.double({ min: 0, max: 1, noNaN: true }),
  creditsFraction: fc.oneof(fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
  idPrefix: idPrefixArb,
  title: sometimes(titleArb, 2),
  criteria: sometimes(criteriaArb, 2),
  weight: sometimes(weightArb, 3),
  credits: sometimes(creditsArb, 3),
  availableFrom: sometimes(isoTimeArb, 4),
  prerequisitePicks: sometimes(fc.array(fc.nat(), { maxLength: 3 }), 3),
});

const rawTierArb: Arbitrary<RawTier> = fc.record({
  idPrefix: idPrefixArb,
  title: titleArb,
  description: sometimes(fc.string({ minLength: 1, maxLength: 20 }), 3),
  picks: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
});

const rawDefinitionArb: Arbitrary<RawDefinition> = fc.record({
  nodes: fc.array(rawNodeArb, { minLength: 1, maxLength: MAX_NODES, size: 'max' }),
  tiers: fc.array(rawTierArb, { maxLength: MAX_TIERS }),
  keyGroup: fc.oneof(fc.constant('g'), fc.stringMatching(/^[A-Za-z0-9_~.:-]{1,8}$/)),
  title: titleArb,
  defaultCriteria: sometimes(criteriaArb, 3),
  visibility: sometimes(fc.constantFrom('invite_only' as const, 'public' as const), 3),
});

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * Builds a valid definition from raw choices. Nodes are placed in document (pre-)order: each new
 * node becomes a child of a group on the path from the root to the previous node, so the raw list
 * is the pre-order. Ids are unique because each carries its own index after an optional prefix and
 * `_` (or is `n<i>` / `t<i>` without a prefix). Prerequisites only name nodes whose whole subtree
 * precedes the node (earlier in document order and not an ancestor), and tiers whose transitive
 * node requirements all do, so no cycle can arise.
 */
function buildDefinition(raw: RawDefinition): PathDefinition {
  const raws = raw.nodes;
  const rootIsGroup = raws.length > 1;
  const count = rootIsGroup ? raws.length : 1;
  const parent: number[] = [-1];
  const depth: number[] = [0];
  const children: number[][] = [[]];
  let open: number[] = rootIsGroup ? [0] : [];
  for (let i = 1; i < count; i++) {
    const at = raws[i]!.parentPick % open.length;
    const p = open[at]!;
    open = open.slice(0, at + 1);
    parent.push(p);
    depth.push(depth[p]! + 1);
    children.push([]);
    children[p]!.push(i);
    if (raws[i]!.group && depth[i]! < MAX_DEPTH) open.push(i);
  }
  // A node that was meant to be a group but received no children becomes a step.
  const isGroup = children.map((list) => list.length > 0);
  /** The last index in each node's subtree. */
  const end = new Array<number>(count);
  for (let i = count - 1; i >= 0; i--) end[i] = isGroup[i] ? end[children[i]!.at(-1)!]! : i;

  const nodeIds = raws.slice(0, count).map((r, i) => (r.idPrefix ? `${r.idPrefix}_${i}` : `n${i}`));
  const tierIds = raw.tiers.map((r, k) => (r.idPrefix ? `${r.idPrefix}_${count + k}` : `t${k}`));

  // Tiers require nodes and earlier tiers; `tierReach` is the last document index they depend on.
  const tierReach: number[] = [];
  const tiers: Tier[] = raw.tiers.map((rawTier, k) => {
    const candidates = [
      ...nodeIds.map((id, m) => ({ id, reach: end[m]! })),
      ...tierIds.slice(0, k).map((id, t) => ({ id, reach: tierReach[t]! })),
    ];
    const chosen = unique(rawTier.picks.map((pick) => candidates[pick % candidates.length]!));
    tierReach.push(Math.max(-1, ...chosen.map((candidate) => candidate.reach)));
    return {
      id: tierIds[k]!,
      title: rawTier.title,
      ...(rawTier.description !== null ? { description: rawTier.description } : {}),
      requires: chosen.map((candidate) => candidate.id),
    };
  });

  const built = new Array<PathNode>(count);
  const credits = new Array<number>(count);
  for (let i = count - 1; i >= 0; i--) {
    const r = raws[i]!;
    const node: Mutable = { id: nodeIds[i] };
    if (r.title !== null) node.title = r.title;
    if (isGroup[i]) {
      const kids = children[i]!;
      let childCredits = 0;
      for (const child of kids) childCredits += credits[child]!;
      node.rule = r.rule;
      if (r.rule === 'atLeast') {
        // For atLeast, `credits` is the rule's target (and so also the group's own credits).
        if (r.atLeastBy !== 'credits')
          node.count = 1 + Math.min(kids.length - 1, Math.floor(r.countFraction * kids.length));
        if (r.atLeastBy !== 'count') node.credits = childCredits * r.creditsFraction;
      } else if (r.credits !== null) node.credits = r.credits;
      credits[i] = typeof node.credits === 'number' ? node.credits : childCredits;
      node.children = kids.map((child) => built[child]!);
    } else {
      node.course = `course-v1:Org+C${i}+2026`;
      if (r.criteria !== null) node.criteria = { ...r.criteria };
      if (r.credits !== null) node.credits = r.credits;
      credits[i] = r.credits ?? 1;
    }
    if (r.weight !== null) node.weight = r.weight;
    if (r.prerequisitePicks !== null) {
      const candidates = [
        ...nodeIds.filter((_, m) => m < i && end[m]! < i),
        ...tierIds.filter((_, t) => tierReach[t]! < i),
      ];
      node.prerequisites =
        candidates.length === 0
          ? []
          : unique(r.prerequisitePicks.map((pick) => candidates[pick % candidates.length]!));
    }
    if (r.availableFrom !== null) node.availableFrom = r.availableFrom;
    built[i] = node as unknown as PathNode;
  }

  return {
    key: `path-v1:Org+P+2026+${raw.keyGroup}`,
    title: raw.title,
    ...(raw.visibility !== null ? { visibility: raw.visibility } : {}),
    ...(raw.defaultCriteria !== null ? { defaultCriteria: { ...raw.defaultCriteria } } : {}),
    requirements: built[0]!,
    ...(tiers.length > 0 ? { tiers } : {}),
  };
}

/** Valid path definitions (by construction; never filtered through the validator). */
export function validDefinitionArb(): Arbitrary<PathDefinition> {
  return rawDefinitionArb.map(buildDefinition);
}

// ---------------------------------------------------------------------------------------------
// Facts.

/** Any subset of a course's facts. */
export const courseFactsArb: Arbitrary<CourseFacts> = fc.record(
  { enrolled: fc.boolean(), completion: fractionArb, grade: fractionArb, passed: fc.boolean() },
  { requiredKeys: [], noNullPrototype: true },
);

/** The course keys of a definition's steps, in document order. */
export function coursesOf(definition: PathDefinition): string[] {
  return nodeInfos(definition).flatMap(({ node }) => (isStepNode(node) ? [node.course] : []));
}

/** Facts of one learner for a definition: each step's course absent or with any subset of facts. */
export function factsArb(definition: PathDefinition): Arbitrary<LearnerFacts> {
  const courses = coursesOf(definition);
  const dates = nodeInfos(definition).flatMap(({ node }) =>
    node.availableFrom === undefined ? [] : [node.availableFrom],
  );
  // Sometimes exactly a release date, to test the boundary.
  const nowArb = dates.length > 0 ? fc.oneof(isoTimeArb, isoTimeArb, fc.constantFrom(...dates)) : isoTimeArb;
  return fc
    .record({
      now: nowArb,
      // Each course is absent one time in four.
      facts: fc.tuple(
        ...courses.map(() =>
          fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: courseFactsArb }),
        ),
      ),
    })
    .map(({ now, facts }) => ({
      now,
      courses: Object.fromEntries(
        courses.flatMap((course, i) => (facts[i] === null ? [] : [[course, facts[i]!]])),
      ),
    }));
}

export type ImprovementAction = 'completion' | 'grade' | 'passed' | 'enrolled' | 'add';

/** Which course to improve and how; `amount` (0..1) is the share of the way to 1 that a raise goes. */
export interface Improvement {
  readonly course: string;
  readonly action: ImprovementAction;
  readonly amount: number;
  /** The facts of the course when `add` finds it absent. */
  readonly added: CourseFacts;
}

/** Applies one improvement to a copy of the facts: never lowers anything and keeps `now`. */
export function improve(facts: LearnerFacts, improvement: Improvement): LearnerFacts {
  const { course, action, amount, added } = improvement;
  const courses = structuredClone(facts.courses) as Record<string, CourseFacts>;
  const current = courses[course];
  const raise = (value: unknown) => {
    const old = typeof value === 'number' ? value : 0;
    return Math.min(1, Math.max(old, old + (1 - old) * amount));
  };
  if (action === 'add' && current === undefined) courses[course] = { ...added };
  else {
    const next: Record<string, unknown> = { ...current };
    switch (action) {
      case 'completion':
        next.completion = raise(next.completion);
        break;
      case 'grade':
        next.grade = raise(next.grade);
        break;
      case 'passed':
        next.passed = true;
        break;
      default:
        // `enrolled`, and `add` for a course that is already there.
        next.enrolled = true;
    }
    courses[course] = next;
  }
  return { now: facts.now, courses };
}

/** One improvement for a definition's courses (apply it with `improve`). */
export function improvementChoiceArb(definition: PathDefinition): Arbitrary<Improvement> {
  return fc.record({
    course: fc.constantFrom(...coursesOf(definition)),
    action: fc.constantFrom<ImprovementAction>('completion', 'grade', 'passed', 'enrolled', 'add'),
    amount: fc.oneof(fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
    added: courseFactsArb,
  });
}

/**
 * An improvement of the facts: one course's completion or grade raised, passed or enrolled set to
 * true, or an absent course added.
 */
export function improvementArb(definition: PathDefinition, facts: LearnerFacts): Arbitrary<LearnerFacts> {
  return improvementChoiceArb(definition).map((choice) => improve(facts, choice));
}

// ---------------------------------------------------------------------------------------------
// Injected errors.

export const INJECTION_KINDS = [
  'thresholdOutOfRange',
  'duplicateId',
  'unknownPrerequisite',
  'countTooHigh',
  'unknownField',
  'malformedCourse',
  'ancestorPrerequisite',
  'emptyGroup',
  'duplicateCourse',
  'creditsTooHigh',
] as const;
export type InjectionKind = (typeof INJECTION_KINDS)[number];

/** A definition with one error and the pointer the validator must report for it. */
export interface InjectedError {
  readonly kind: InjectionKind;
  readonly definition: unknown;
  readonly pointer: string;
}

/** Every field name the format knows, anywhere; an unknown field is none of these. */
const KNOWN_FIELDS = new Set([
  '$schema',
  'key',
  'title',
  'subtitle',
  'description',
  'image',
  'level',
  'duration',
  'timeCommitment',
  'visibility',
  'skills',
  'defaultCriteria',
  'requirements',
  'tiers',
  'id',
  'weight',
  'credits',
  'prerequisites',
  'availableFrom',
  'course',
  'criteria',
  'rule',
  'children',
  'count',
  'requires',
  'completion',
  'grade',
  'passed',
  '__proto__',
]);

const unknownFieldArb = fc
  .oneof(
    fc.constantFrom(
      'colour',
      'prerequisite',
      'credit',
      'Title',
      'a/b',
      'x~y',
      '~1',
      '',
      'constructor',
      'toString',
    ),
    fc.stringMatching(/^[a-zA-Z~/]{1,10}$/),
  )
  .filter((name) => !KNOWN_FIELDS.has(name));

const badThresholdArb = fc.oneof(
  fc.constantFrom(1.5, -0.5, 2, -1, 1.0000001, 100),
  fc.double({ min: 1.000001, max: 1e6, noNaN: true }),
  fc.double({ min: -1e6, max: -1e-6, noNaN: true }),
);

interface InjectionChoice {
  readonly definition: PathDefinition;
  readonly kind: InjectionKind;
  readonly a: number;
  readonly b: number;
  readonly extra: number;
  readonly flag: boolean;
  readonly threshold: number;
  readonly criterion: 'completion' | 'grade';
  readonly field: string;
  readonly fieldValue: unknown;
}

const MALFORMED_COURSES: readonly ((n: string) => string)[] = [
  (n) => `course-v1:Org+C${n}`,
  (n) => `course-v1:Org+C${n}+2026+extra`,
  (n) => `course-v2:Org+C${n}+2026`,
  (n) => `Org+C${n}+2026`,
  (n) => `course-v1:Org+C ${n}+2026`,
  (n) => `course-v1:+C${n}+2026`,
  (n) => `course-v1:Org+C${n}+`,
  (n) => `Org/C${n}/2026`,
  (n) => `course-v1:Org+C#${n}+2026`,
  () => '',
];

function append(owner: Mutable, field: string, value: string): number {
  const list = Array.isArray(owner[field]) ? (owner[field] as unknown[]) : [];
  list.push(value);
  owner[field] = list;
  return list.length - 1;
}

/** The resolved credits of a node (as written, else 1 for a step and the children's sum for a group). */
function resolvedCredits(infos: readonly NodeInfo<Mutable>[], index: number): number {
  const info = infos[index]!;
  if (typeof info.node.credits === 'number') return info.node.credits;
  if (info.children.length === 0) return 1;
  let sum = 0;
  for (const child of info.children) sum += resolvedCredits(infos, child);
  return sum;
}

/** Applies one injection to a copy; undefined when the definition has no place for that kind. */
function tryInject(choice: InjectionChoice, kind: InjectionKind): InjectedError | undefined {
  const definition = structuredClone(choice.definition) as unknown as Mutable;
  const infos = rawNodeInfos(definition);
  const steps = infos.filter((info) => 'course' in info.node);
  const groups = infos.filter((info) => 'children' in info.node);
  const tiers = (definition.tiers ?? []) as Mutable[];
  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
  const done = (pointer: string): InjectedError => ({ kind, definition, pointer });

  switch (kind) {
    case 'thresholdOutOfRange': {
      if (choice.flag && definition.defaultCriteria !== undefined) {
        (definition.defaultCriteria as Mutable)[choice.criterion] = choice.threshold;
        return done(pointerOf('defaultCriteria', choice.criterion));
      }
      const step = pick(steps, choice.a);
      step.node.criteria = {
        ...(step.node.criteria as Mutable | undefined),
        [choice.criterion]: choice.threshold,
      };
      return done(`${step.pointer}/criteria/${choice.criterion}`);
    }
    case 'duplicateId': {
      if (infos.length < 2) return undefined;
      const later = 1 + (choice.a % (infos.length - 1));
      const earlier = choice.b % later;
      infos[later]!.node.id = infos[earlier]!.node.id;
      return done(`${infos[later]!.pointer}/id`);
    }
    case 'unknownPrerequisite': {
      const ids = [...infos.map((info) => String(info.node.id)), ...tiers.map((tier) => String(tier.id))];
      // Generated ids end with a digit, so one ending with `x` names nothing.
      const ghost = choice.flag ? `${pick(ids, choice.b)}x` : `ghost-${choice.extra}x`;
      if (tiers.length > 0 && choice.a % 4 === 0) {
        const t = choice.b % tiers.length;
        return done(`/tiers/${t}/requires/${append(tiers[t]!, 'requires', ghost)}`);
      }
      const node = pick(infos, choice.a);
      return done(`${node.pointer}/prerequisites/${append(node.node, 'prerequisites', ghost)}`);
    }
    case 'countTooHigh': {
      if (groups.length === 0) return undefined;
      const group = pick(groups, choice.a);
      group.node.rule = 'atLeast';
      group.node.count = group.children.length + 1 + choice.extra;
      return done(`${group.pointer}/count`);
    }
    case 'creditsTooHigh': {
      if (groups.length === 0) return undefined;
      const group = pick(groups, choice.a);
      let available = 0;
      for (const child of group.children) available += resolvedCredits(infos, child);
      group.node.rule = 'atLeast';
      group.node.credits = available + 1 + choice.extra;
      return done(`${group.pointer}/credits`);
    }
    case 'unknownField': {
      const value = choice.fieldValue;
      const set = (owner: Mutable, pointer: string) => {
        Object.defineProperty(owner, choice.field, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        return done(`${pointer}/${pointerToken(choice.field)}`);
      };
      switch (choice.a % 4) {
        case 0:
          return set(definition, '');
        case 1:
          if (tiers.length > 0) {
            const t = choice.b % tiers.length;
            return set(tiers[t]!, `/tiers/${t}`);
          }
          break;
        case 2: {
          const withCriteria = steps.filter((step) => step.node.criteria !== undefined);
          if (withCriteria.length > 0) {
            const step = pick(withCriteria, choice.b);
            return set(step.node.criteria as Mutable, `${step.pointer}/criteria`);
          }
          break;
        }
      }
      const node = pick(infos, choice.b);
      return set(node.node, node.pointer);
    }
    case 'malformedCourse': {
      const step = pick(steps, choice.a);
      step.node.course = pick(MALFORMED_COURSES, choice.b)(String(step.index));
      return done(`${step.pointer}/course`);
    }
    case 'ancestorPrerequisite': {
      const candidates = infos.filter((info) => info.ancestors.length > 0);
      if (candidates.length === 0) return undefined;
      const node = pick(candidates, choice.a);
      const ancestor = infos[pick(node.ancestors, choice.b)]!;
      return done(
        `${node.pointer}/prerequisites/${append(node.node, 'prerequisites', String(ancestor.node.id))}`,
      );
    }
    case 'emptyGroup': {
      if (groups.length === 0) return undefined;
      const group = pick(groups, choice.a);
      group.node.children = [];
      return done(`${group.pointer}/children`);
    }
    case 'duplicateCourse': {
      if (steps.length < 2) return undefined;
      const later = 1 + (choice.a % (steps.length - 1));
      const earlier = choice.b % later;
      steps[later]!.node.course = steps[earlier]!.node.course;
      return done(`${steps[later]!.pointer}/course`);
    }
  }
}

/** A valid definition with one injected error, and the pointer the validator must report. */
export function injectedErrorArb(): Arbitrary<InjectedError> {
  return fc
    .record({
      definition: validDefinitionArb(),
      kind: fc.constantFrom(...INJECTION_KINDS),
      a: fc.nat(),
      b: fc.nat(),
      extra: fc.nat({ max: 5 }),
      flag: fc.boolean(),
      threshold: badThresholdArb,
      criterion: fc.constantFrom('completion' as const, 'grade' as const),
      field: unknownFieldArb,
      fieldValue: fc.constantFrom<unknown>(true, 1, 'x', null, [], {}),
    })
    .map((choice) => tryInject(choice, choice.kind) ?? tryInject(choice, 'unknownField')!);
}
