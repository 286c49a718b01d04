// Evaluation (spec section 4): a pure function of a compiled definition and one learner's facts.
// Three passes over flat arrays: satisfaction and progress bottom-up from the facts alone, tiers,
// then locks and statuses top-down; `next` and `remaining` follow from those.
import { joinClauses } from '../rules/format.ts';
import { NOT_STARTED, type CourseFacts, type LearnerFacts } from '../facts/types.ts';
import { courseOfRun } from '../keys.ts';
import {
  listedWording,
  toWording,
  type PlainMessage,
  type RuleWords,
  type Wording,
} from '../registry/wording.ts';
import {
  compileStructure,
  type CompileOptions,
  type CompiledNode,
  type CompiledTier,
  type CompiledStructure,
} from './compile.ts';
import { createRecordFactory, type RecordFactory } from './record-factory.ts';
import {
  AVAILABLE_OUTCOME,
  COMPLETED_OUTCOME,
  LockReasons,
  lockReason,
  NOT_LOCKED,
  type LockReason,
} from './shared-outcomes.ts';
import type { NodeEvaluation, PathEvaluation, RemainingItem, TierEvaluation } from './types.ts';

const LOCKED = 0;
const AVAILABLE = 1;
const IN_PROGRESS = 2;
const COMPLETED = 3;

/** The largest number below 1: the most an unsatisfied node's progress may show. */
const BELOW_ONE = 1 - Number.EPSILON / 2;

/** Enforces the progress contract whatever a rule returns: within 0..1, and 1 exactly when satisfied. */
function normalizeProgress(progress: number, satisfied: boolean): number {
  if (satisfied) return 1;
  if (!(progress > 0)) return 0;
  return progress < 1 ? progress : BELOW_ONE;
}

// Learners evaluated together usually share the time of evaluation: parse it once.
let lastNowText = '1970-01-01T00:00:00Z';
let lastNowMs = 0;

function toEpochMs(now: LearnerFacts['now']): number {
  if (now === lastNowText) return lastNowMs;
  const ms = typeof now === 'number' ? now : typeof now === 'string' ? Date.parse(now) : now.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`facts.now is not a valid time: ${String(now)}`);
  if (typeof now === 'string') {
    lastNowText = now;
    lastNowMs = ms;
  }
  return ms;
}

/**
 * A definition prepared for evaluation. Create it once per definition (compilation validates) and
 * call `evaluate` for each learner. Not re-entrant: one evaluation runs at a time per instance.
 */
export class CompiledPath implements CompiledStructure {
  readonly definition;
  readonly nodes;
  readonly tiers;
  readonly tierOrder;
  readonly slotOf;
  // Scratch space reused by every evaluation.
  readonly #satisfied: Uint8Array;
  readonly #progress: Float64Array;
  readonly #status: Uint8Array;
  readonly #lockedAncestor: Int32Array;
  readonly #satisfiedAncestor: Uint8Array;
  readonly #courseFacts: CourseFacts[];
  /** Lock reasons by slot (node index, then node count + tier index), and each node's date. */
  readonly #slotReasons: readonly LockReason[];
  readonly #dateReasons: readonly (LockReason | null)[];
  readonly #reasons = new LockReasons();
  /** How each step scores for a learner who never touched its course (criteria are pure). */
  readonly #untouchedSatisfied: Uint8Array;
  readonly #untouchedProgress: Float64Array;
  readonly #untouchedItem: (RemainingItem | undefined)[];
  #stepProgress = 0;
  /** The courses steps follow (`run: current`); empty for paths of exact runs only. */
  readonly #followed: ReadonlySet<string>;
  /** For each step that follows its course, the run whose facts counted in this evaluation. */
  readonly #takenRun: (string | null)[];
  readonly #makeNodeRecord: RecordFactory<NodeEvaluation>;
  readonly #makeTierRecord: RecordFactory<TierEvaluation>;

  constructor(definition: unknown, options: CompileOptions = {}) {
    const structure = compileStructure(definition, options);
    this.definition = structure.definition;
    this.nodes = structure.nodes;
    this.tiers = structure.tiers;
    this.tierOrder = structure.tierOrder;
    this.slotOf = structure.slotOf;
    const slots = this.nodes.length + this.tiers.length;
    this.#satisfied = new Uint8Array(slots);
    this.#progress = new Float64Array(slots);
    this.#status = new Uint8Array(this.nodes.length);
    this.#lockedAncestor = new Int32Array(this.nodes.length);
    this.#satisfiedAncestor = new Uint8Array(this.nodes.length);
    this.#courseFacts = new Array<CourseFacts>(this.nodes.length).fill(NOT_STARTED);
    this.#untouchedSatisfied = new Uint8Array(this.nodes.length);
    this.#untouchedProgress = new Float64Array(this.nodes.length);
    this.#untouchedItem = new Array<RemainingItem | undefined>(this.nodes.length);
    this.#followed = new Set(this.nodes.flatMap((node) => (node.follows === null ? [] : [node.follows])));
    this.#takenRun = new Array<string | null>(this.nodes.length).fill(null);
    for (const node of this.nodes) {
      if (node.course === null) continue;
      this.#untouchedSatisfied[node.index] = this.#scoreStep(node, NOT_STARTED) ? 1 : 0;
      this.#untouchedProgress[node.index] = this.#stepProgress;
    }
    this.#slotReasons = [
      ...this.nodes.map((node) => lockReason(node.id)),
      ...this.tiers.map((tier) => lockReason(tier.id)),
    ];
    this.#dateReasons = this.nodes.map((node) =>
      node.dateReason === '' ? null : lockReason(node.dateReason),
    );
    this.#makeNodeRecord = createRecordFactory(this.nodes.map((node) => node.id));
    this.#makeTierRecord = createRecordFactory(this.tiers.map((tier) => tier.id));
  }

  evaluate(facts: LearnerFacts): PathEvaluation {
    const now = toEpochMs(facts.now);
    this.#scoreNodes(facts.courses);
    const tiers = this.#scoreTiers();
    const next: string[] = [];
    const nodes = this.#lockNodes(now, next);
    const root = this.#satisfied[0] === 1;
    let currentTier: string | null = null;
    for (const tier of this.tiers) if (this.#satisfied[this.nodes.length + tier.index]) currentTier = tier.id;
    const evaluation: PathEvaluation = {
      key: this.definition.key,
      completed: root,
      progress: this.#progress[0]!,
      nodes,
      tiers,
      currentTier,
      next,
      remaining: this.#remaining(),
    };
    return this.#followed.size === 0 ? evaluation : { ...evaluation, runs: this.#runsTaken() };
  }

  /** The runs that counted for the steps that follow their course, by step id. */
  #runsTaken(): Record<string, string> {
    const runs: Record<string, string> = {};
    for (const node of this.nodes) {
      const run = this.#takenRun[node.index];
      if (node.follows !== null && run) runs[node.id] = run;
    }
    return runs;
  }

  /** The learner's runs of each followed course, by course; null when the path follows none. */
  #runsByCourse(courses: LearnerFacts['courses']): Map<string, string[]> | null {
    if (this.#followed.size === 0) return null;
    this.#takenRun.fill(null);
    const byCourse = new Map<string, string[]>();
    for (const run in courses) {
      if (!Object.hasOwn(courses, run)) continue;
      const course = courseOfRun(run);
      if (course === null || !this.#followed.has(course)) continue;
      const runs = byCourse.get(course);
      if (runs) runs.push(run);
      else byCourse.set(course, [run]);
    }
    return byCourse;
  }

  /**
   * Scores a step that follows its course against each run the learner has facts for, keeping
   * the best: a run that satisfies it, else the one furthest along (the first of equals, in the
   * facts' order). Returns false with #takenRun null when the learner has none.
   */
  #scoreFollowingStep(
    node: CompiledNode,
    runs: readonly string[],
    courses: LearnerFacts['courses'],
  ): boolean {
    let best: string | null = null;
    let bestSatisfied = false;
    let bestProgress = -1;
    for (const run of runs) {
      const satisfied = this.#scoreStep(node, courses[run]!);
      if (satisfied && !bestSatisfied) {
        best = run;
        bestSatisfied = true;
        bestProgress = 1;
      } else if (!bestSatisfied && this.#stepProgress > bestProgress) {
        best = run;
        bestProgress = this.#stepProgress;
      }
    }
    this.#takenRun[node.index] = best;
    this.#courseFacts[node.index] = best === null ? NOT_STARTED : courses[best]!;
    this.#stepProgress = bestProgress;
    return bestSatisfied;
  }

  /** Pass 1: satisfaction and progress of every node from the facts alone, children first. */
  #scoreNodes(courses: LearnerFacts['courses']): void {
    const satisfied = this.#satisfied;
    const progress = this.#progress;
    const courseFacts = this.#courseFacts;
    const nodes = this.nodes;
    const runsByCourse = this.#runsByCourse(courses);
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i]!;
      let isSatisfied: boolean;
      let value: number;
      if (node.course !== null) {
        // Paths of exact runs pay one comparison here; a step that follows its course and has
        // runs in the facts is scored against each.
        const followedRuns = node.follows === null ? undefined : runsByCourse!.get(node.follows);
        if (followedRuns !== undefined) {
          isSatisfied = this.#scoreFollowingStep(node, followedRuns, courses);
          value = this.#stepProgress;
        }
        // hasOwn first: a missing course then costs one lookup, not a walk up the prototype chain.
        else if (Object.hasOwn(courses, node.course)) {
          const course = courses[node.course]!;
          courseFacts[i] = course;
          isSatisfied = this.#scoreStep(node, course);
          value = this.#stepProgress;
        } else {
          // A course never touched scores the same for every learner: computed once, at construction.
          courseFacts[i] = NOT_STARTED;
          isSatisfied = this.#untouchedSatisfied[i] === 1;
          value = this.#untouchedProgress[i]!;
        }
      } else {
        const outcomes = node.outcomes;
        for (let k = 0; k < outcomes.length; k++) {
          const child = node.children[k]!;
          outcomes[k]!.satisfied = satisfied[child] === 1;
          outcomes[k]!.progress = progress[child]!;
        }
        isSatisfied = node.rule!.isSatisfied(node.group, outcomes);
        value = isSatisfied ? 1 : node.rule!.progress(node.group, outcomes);
      }
      satisfied[i] = isSatisfied ? 1 : 0;
      progress[i] = normalizeProgress(value, isSatisfied);
    }
  }

  /**
   * A step's criteria against one course's facts: returns whether all hold and leaves the mean of
   * their progress in #stepProgress (a met criterion counts 1 without asking).
   */
  #scoreStep(node: CompiledNode, course: CourseFacts): boolean {
    const { criteria, criterionParams } = node;
    let isSatisfied = true;
    let value = 0;
    for (let k = 0; k < criteria.length; k++) {
      const criterion = criteria[k]!;
      if (criterion.isSatisfied(criterionParams[k], course)) {
        value += 1;
      } else {
        isSatisfied = false;
        value += criterion.progress(criterionParams[k], course);
      }
    }
    this.#stepProgress = value / criteria.length;
    return isSatisfied;
  }

  /** Pass 2: tiers, after the tiers they require. A tier's progress is the mean of what it requires. */
  #scoreTiers(): Record<string, TierEvaluation> {
    const satisfied = this.#satisfied;
    const progress = this.#progress;
    const base = this.nodes.length;
    for (const index of this.tierOrder) {
      const tier = this.tiers[index]!;
      let achieved = true;
      let sum = 0;
      for (const slot of tier.requires) {
        if (!satisfied[slot]) achieved = false;
        sum += progress[slot]!;
      }
      satisfied[base + index] = achieved ? 1 : 0;
      progress[base + index] = normalizeProgress(sum / tier.requires.length, achieved);
    }
    // A fresh (young) array: storing new objects into a long-lived one costs the garbage
    // collector a remembered-set entry per store.
    const results: TierEvaluation[] = [];
    for (const tier of this.tiers) {
      const missing: string[] = [];
      for (const slot of tier.requires) if (!satisfied[slot]) missing.push(this.entryOfSlot(slot).id);
      results[tier.index] = {
        achieved: satisfied[base + tier.index] === 1,
        progress: progress[base + tier.index]!,
        missing,
      };
    }
    return this.#makeTierRecord(results);
  }

  /**
   * Pass 3: locks and statuses, parents first; `next` collects the unsatisfied, unlocked steps
   * with no satisfied ancestor group, in document order.
   */
  #lockNodes(now: number, next: string[]): Record<string, NodeEvaluation> {
    const satisfied = this.#satisfied;
    const status = this.#status;
    const lockedAncestor = this.#lockedAncestor;
    const satisfiedAncestor = this.#satisfiedAncestor;
    const progressOf = this.#progress;
    const courseFacts = this.#courseFacts;
    const nodes = this.nodes;
    // A fresh, young array: storing new objects into a long-lived one would cost the garbage
    // collector a remembered-set entry per store.
    const results = new Array<NodeEvaluation>(nodes.length);
    const reasons = this.#reasons;
    const slotReasons = this.#slotReasons;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const parent = node.parent;
      lockedAncestor[i] = parent < 0 ? -1 : status[parent] === LOCKED ? parent : lockedAncestor[parent]!;
      satisfiedAncestor[i] =
        parent >= 0 && (satisfied[parent] === 1 || satisfiedAncestor[parent] === 1) ? 1 : 0;
      const isSatisfied = satisfied[i] === 1;
      reasons.reset();
      if (!isSatisfied) {
        const { prerequisites, gatingSiblings } = node;
        for (let k = 0; k < prerequisites.length; k++) {
          if (!satisfied[prerequisites[k]!]) reasons.add(slotReasons[prerequisites[k]!]!);
        }
        for (let k = 0; k < gatingSiblings.length; k++) {
          if (!satisfied[gatingSiblings[k]!]) reasons.add(slotReasons[gatingSiblings[k]!]!);
        }
        if (node.availableFrom > now) reasons.add(this.#dateReasons[i]!);
        if (lockedAncestor[i]! >= 0) reasons.add(slotReasons[lockedAncestor[i]!]!);
      }
      const progress = progressOf[i]!;
      const code = isSatisfied
        ? COMPLETED
        : reasons.first !== null
          ? LOCKED
          : progress > 0 || (node.course !== null && courseFacts[i]!.enrolled === true)
            ? IN_PROGRESS
            : AVAILABLE;
      status[i] = code;
      if (node.course !== null && code !== COMPLETED && code !== LOCKED && satisfiedAncestor[i] === 0) {
        next.push(node.id);
      }
      results[i] =
        code === COMPLETED
          ? COMPLETED_OUTCOME
          : code === AVAILABLE
            ? AVAILABLE_OUTCOME
            : code === LOCKED
              ? reasons.lockedOutcome(progress)
              : { status: 'in_progress', satisfied: false, progress, lockedBy: NOT_LOCKED };
    }
    return this.#makeNodeRecord(results);
  }

  /**
   * What is left, for each unsatisfied, unlocked part: a rule that explains its group as a whole
   * (atLeast) speaks for its children; other groups let each child speak.
   */
  #remaining(): RemainingItem[] {
    const items: RemainingItem[] = [];
    const stack = [0];
    while (stack.length > 0) {
      const node = this.nodes[stack.pop()!]!;
      const code = this.#status[node.index];
      if (code === COMPLETED || code === LOCKED) continue;
      if (node.course !== null) {
        items.push(this.#explainStep(node));
        continue;
      }
      const rule = node.rule!;
      let words: RuleWords | undefined;
      if (rule.explain) {
        for (let k = 0; k < node.children.length; k++)
          node.outcomes[k]!.locked = this.#status[node.children[k]!] === LOCKED;
        words = rule.explain(node.group, node.outcomes);
      }
      if (words !== undefined) items.push(remainingItem(node.id, toWording(words)));
      else for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]!);
    }
    return items;
  }

  #explainStep(node: CompiledNode): RemainingItem {
    const course = this.#courseFacts[node.index]!;
    if (course !== NOT_STARTED) return remainingItem(node.id, this.#describeStep(node, course));
    // Shared by every learner who has not touched the course, as the frozen node outcomes are.
    return (this.#untouchedItem[node.index] ??= Object.freeze(
      remainingItem(node.id, this.#describeStep(node, NOT_STARTED)),
    ));
  }

  /** The unmet criteria of a step, in words, joined with "and": message `lp.step.remaining` { clauses }. */
  #describeStep(node: CompiledNode, course: CourseFacts): Wording {
    const { criteria, criterionParams } = node;
    let single: Wording<PlainMessage> | undefined;
    let clauses: Wording<PlainMessage>[] | undefined;
    for (let k = 0; k < criteria.length; k++) {
      const criterion = criteria[k]!;
      if (criterion.isSatisfied(criterionParams[k], course)) continue;
      const clause = toWording(criterion.explain(criterionParams[k], course, node.title));
      if (single === undefined) single = clause;
      else (clauses ??= [single]).push(clause);
    }
    if (!clauses) return single ?? { text: '' };
    const text = joinClauses(clauses.map((clause) => clause.text));
    return listedWording(text, 'lp.step.remaining', 'clauses', clauses);
  }

  /** The node or tier in a slot: a node index, or the node count plus a tier index. */
  entryOfSlot(slot: number): CompiledNode | CompiledTier {
    return slot < this.nodes.length ? this.nodes[slot]! : this.tiers[slot - this.nodes.length]!;
  }

  /** The title of a node or tier, for people; the id itself when no node or tier has it. */
  titleOf(id: string): string {
    const slot = this.slotOf.get(id);
    return slot === undefined ? id : this.entryOfSlot(slot).title;
  }
}

/** A `remaining` entry; with no `message` field at all when the words have none (a plugin's string). */
function remainingItem(node: string, { text, message }: Wording): RemainingItem {
  return message === undefined ? { node, text } : { node, text, message };
}

/** Compiles (and so validates) a definition; reuse the result for many learners. */
export function compilePath(definition: unknown, options: CompileOptions = {}): CompiledPath {
  return new CompiledPath(definition, options);
}

/** Evaluates one learner; for many learners on one path, compile it once with compilePath. */
export function evaluatePath(
  definition: unknown,
  facts: LearnerFacts,
  options: CompileOptions = {},
): PathEvaluation {
  return compilePath(definition, options).evaluate(facts);
}
