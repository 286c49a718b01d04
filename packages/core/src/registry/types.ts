// The extension interface for step criteria and group rules. The built-in rules use exactly this
// interface, and so will plugins: a rule brings its schema, its satisfaction and progress
// functions and the words that explain it.
import type { ZodType } from 'zod';
import type { CourseFacts } from '../facts/types.ts';
import type { PlainMessage, RuleWords } from './wording.ts';

/**
 * A step criterion, written under `criteria` in a step: `{ "grade": 0.7 }` uses the criterion
 * named `grade` with the parameter 0.7.
 *
 * Contract (the engine clamps, but a criterion must not rely on it): `progress` is within 0..1,
 * exactly 1 when `isSatisfied` holds, and never decreases when a fact improves. Every function is
 * pure: the engine computes the answers for a course with no facts once per path and reuses them.
 */
export interface CriterionDefinition<Param = unknown> {
  /** The key under `criteria`. */
  readonly name: string;
  /** One sentence for authors; it goes into the JSON Schema. */
  readonly description: string;
  /** The schema of the parameter. */
  readonly schema: ZodType<Param>;
  /** Per-course fact fields this criterion reads, beyond the standard ones, with their schemas. */
  readonly facts?: Readonly<Record<string, ZodType>>;
  isSatisfied(param: Param, course: CourseFacts): boolean;
  progress(param: Param, course: CourseFacts): number;
  /**
   * What is still needed, as an imperative sentence naming the course: "Reach a grade of 70% in ML
   * (now 62%)". A plain string, or the text with a message for UIs to translate (`wording`); the
   * message's values are plain because the engine lists a step's several sentences in one message.
   */
  explain(param: Param, course: CourseFacts, courseTitle: string): RuleWords<PlainMessage>;
  /** The requirement in a few words for outlines and editors: "grade ≥ 70%"; plain or a message, as for `explain`. */
  summarize(param: Param): RuleWords<PlainMessage>;
}

/** What a group rule sees of one child: its static description and its outcome in this evaluation. */
export interface ChildOutcome {
  readonly id: string;
  readonly title: string;
  readonly weight: number;
  readonly credits: number;
  readonly satisfied: boolean;
  readonly progress: number;
  /** Whether the child is locked; known only when `explain` is called (false before). */
  readonly locked: boolean;
}

/** What a group rule sees of its group: its id, title, own credits and the rule's parameters. */
export interface GroupInfo<Params = Readonly<Record<string, unknown>>> {
  readonly id: string;
  readonly title: string;
  readonly params: Params;
}

/** A child as seen by a rule's static check, before any evaluation. */
export interface ChildInfo {
  readonly id: string;
  readonly title: string;
  readonly weight: number;
  readonly credits: number;
}

/**
 * A group rule, written as `"rule": name` on a group. Its parameters are extra fields of the group
 * (`count` for `atLeast`).
 *
 * Contract: `progress` is within 0..1, exactly 1 when `isSatisfied` holds, and never decreases
 * when a child's progress increases or a child becomes satisfied.
 */
export interface GroupRuleDefinition<Params = Readonly<Record<string, unknown>>> {
  /** The value of `rule`. */
  readonly name: string;
  /** One sentence for authors; it goes into the JSON Schema. */
  readonly description: string;
  /** Extra fields of the group that the rule reads, with their schemas (all optional in the shape). */
  readonly params: Readonly<Record<string, ZodType>>;
  /** True when child i stays locked until every earlier child is satisfied (`sequence`). */
  readonly ordered?: boolean;
  /**
   * Static checks on one group, run by validation after the schema passed: an unsatisfiable
   * count, a missing parameter. `report(field, words)` points at the field, or at the group for
   * null; the words are a plain string, or the text with a message for UIs to translate (`wording`).
   */
  check?(
    group: GroupInfo<Params>,
    children: readonly ChildInfo[],
    report: (field: string | null, words: RuleWords) => void,
  ): void;
  isSatisfied(group: GroupInfo<Params>, children: readonly ChildOutcome[]): boolean;
  progress(group: GroupInfo<Params>, children: readonly ChildOutcome[]): number;
  /**
   * What is still needed, in a learner's words, when the rule describes its children as a whole
   * ("Complete 1 more of: NLP, Computer Vision"); the engine then lists no child separately.
   * Return undefined (or omit) to have the engine list each unsatisfied, unlocked child instead.
   * Children's `locked` is known here, so that only what the learner can work on is named.
   * A plain string, or the text with a message for UIs to translate (`wording`).
   */
  explain?(group: GroupInfo<Params>, children: readonly ChildOutcome[]): RuleWords | undefined;
  /** The rule in a few words for outlines and editors: "choose 2 of 3"; plain or a message, as for `explain`. */
  summarize(group: GroupInfo<Params>, childCount: number): RuleWords;
}
