// The answer of an evaluation (spec section 4).
import type { Message } from '../registry/wording.ts';
import type { PathSchedule } from './course-schedule.ts';

export type NodeStatus = 'locked' | 'available' | 'in_progress' | 'completed';

export interface NodeEvaluation {
  readonly status: NodeStatus;
  readonly satisfied: boolean;
  /** 0..1, exactly 1 when satisfied. */
  readonly progress: number;
  /**
   * Why the node is locked, empty when it is not: unsatisfied prerequisite ids, unsatisfied earlier
   * siblings of a sequence, `date:<availableFrom>` while that time is ahead, the nearest locked ancestor.
   * Read-only: the empty list is one frozen array shared by every unlocked node.
   */
  readonly lockedBy: readonly string[];
}

export interface TierEvaluation {
  readonly achieved: boolean;
  readonly progress: number;
  /** The ids the tier requires that are not satisfied yet. */
  readonly missing: string[];
}

/** What is still needed for one unsatisfied, unlocked part, in a learner's words. */
export interface RemainingItem {
  readonly node: string;
  readonly text: string;
  /** The text as a message for UIs to translate; absent when a plugin rule gave a plain string. */
  readonly message?: Message;
}

export interface PathEvaluation {
  readonly key: string;
  readonly completed: boolean;
  readonly progress: number;
  readonly nodes: Record<string, NodeEvaluation>;
  readonly tiers: Record<string, TierEvaluation>;
  /** The last tier, in the path's order, that is achieved; null when none is. */
  readonly currentTier: string | null;
  /** Steps the learner can work on now and whose work still counts, in the order of the path. */
  readonly next: string[];
  readonly remaining: RemainingItem[];
  /**
   * For paths with steps that follow their course (`run: current`): each such step the learner has
   * facts for, and the run whose facts counted. Absent for paths of exact runs only.
   */
  readonly runs?: Record<string, string>;
  /** The path against its courses' dates; present when the caller gave them (withSchedule). */
  readonly schedule?: PathSchedule;
}

/** The prefix of a `lockedBy` entry for a release date. */
export const DATE_REASON_PREFIX = 'date:';
