// Use case: what a learner's path page shows: the published definition, the live evaluation, each
// locked part's reason and each part's requirement in words (English text, and messages for the
// page to translate), what each tier still needs, and for each step's course its catalog entry and
// the learner's own results.
import {
  describeLock,
  type Message,
  type PathDefinition,
  type PathEvaluation,
  type Wording,
} from '@learning-paths/core';
import type { Actor } from '../actor.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { evaluateLearner } from '../progress/evaluate-learner.ts';
import type { DataAccess } from '../../store/data-access.ts';
import { dateState, type DateState } from './date-state.ts';
import { nodeSummaries } from './node-summaries.ts';
import { tierNeeds, type TierNeed } from './tier-needs.ts';

export interface StepCourse {
  /** The run the step sends the learner to: the one it names, unless it follows its course. */
  readonly run: string;
  readonly title: string;
  readonly org: string;
  readonly startsAt: string | null;
  readonly endsAt: string | null;
  readonly dateState: DateState;
  readonly inviteOnly: boolean;
  readonly inCatalog: boolean;
  readonly enrolled: boolean;
  readonly completion: number | null;
  readonly grade: number | null;
  readonly passed: boolean | null;
}

export interface PathPage {
  readonly key: string;
  readonly version: number;
  readonly definition: PathDefinition;
  readonly enrollment: { readonly active: boolean; readonly enrolledAt: string } | null;
  /** Archived by its staff: learners on it keep their progress; no one new may join. */
  readonly archived: boolean;
  readonly evaluation: PathEvaluation;
  /** Why each locked node or tier is locked, in words. */
  readonly lockReasons: Record<string, string>;
  /** The lock reasons as messages, by id. */
  readonly lockReasonMessages: Record<string, Message>;
  /** Titles of every node and tier, by id. */
  readonly titles: Record<string, string>;
  /** What each node asks, in a few words: "choose 2 of 3", "grade ≥ 70%". */
  readonly summaries: Record<string, string>;
  /** The summaries as messages, by id; a plugin rule's plain summary has none. */
  readonly summaryMessages: Record<string, Message>;
  /** What each tier not achieved yet still needs, in words. */
  readonly tierNeeds: Record<string, TierNeed[]>;
  readonly courses: Record<string, StepCourse>;
}

export async function pathPage(options: {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly actor: Actor;
  readonly pathKey: string;
  /** The learner whose page it is; the caller when absent (evaluateLearner's access rules). */
  readonly username?: string;
  readonly now: string;
}): Promise<PathPage> {
  const { compiled, evaluation, facts, catalog, enrollment, version, learner, path } =
    await evaluateLearner(options);
  const enrolledCourses = new Set(
    (await options.data.courseEnrollments.ofUser(learner.id)).map((entry) => entry.courseKey),
  );
  const courses: Record<string, StepCourse> = {};
  for (const node of compiled.nodes) {
    if (node.course === null) continue;
    // A step that follows its course shows the run it sends the learner to, and the facts of the
    // run that counted; under the key the step names, as every step's course is looked up.
    const key = evaluation.schedule?.courses?.[node.id] ?? node.course;
    const course = catalog.get(key);
    const fact = facts.get(evaluation.runs?.[node.id] ?? key);
    courses[node.course] = {
      run: key,
      title: course?.title ?? key,
      org: course?.org ?? '',
      startsAt: course?.startsAt ?? null,
      endsAt: course?.endsAt ?? null,
      dateState: dateState(course?.startsAt ?? null, course?.endsAt ?? null, options.now),
      inviteOnly: course?.inviteOnly ?? false,
      inCatalog: course !== undefined,
      enrolled: enrolledCourses.has(key) || fact?.enrolled?.value === true,
      completion: fact?.completion?.value ?? null,
      grade: fact?.grade?.value ?? null,
      passed: fact?.passed?.value ?? null,
    };
  }
  const locks: Record<string, Wording> = {};
  const titles: Record<string, string> = {};
  for (const node of compiled.nodes) {
    titles[node.id] = node.title;
    const result = evaluation.nodes[node.id]!;
    if (result.status === 'locked') locks[node.id] = describeLock(compiled, node.id, result.lockedBy);
  }
  for (const tier of compiled.tiers) titles[tier.id] = tier.title;
  const [lockReasons, lockReasonMessages] = textsAndMessages(locks);
  const [summaries, summaryMessages] = textsAndMessages(nodeSummaries(compiled));
  return {
    key: options.pathKey,
    version,
    definition: compiled.definition,
    enrollment: enrollment && { active: enrollment.isActive, enrolledAt: enrollment.createdAt },
    archived: path.status === 'archived',
    evaluation,
    lockReasons,
    lockReasonMessages,
    titles,
    summaries,
    summaryMessages,
    tierNeeds: tierNeeds(compiled, evaluation),
    courses,
  };
}

/** Words by id as the page answers them: their texts, and beside them the messages there are. */
function textsAndMessages(words: Record<string, Wording>): [Record<string, string>, Record<string, Message>] {
  const texts: Record<string, string> = {};
  const messages: Record<string, Message> = {};
  for (const [id, { text, message }] of Object.entries(words)) {
    texts[id] = text;
    if (message) messages[id] = message;
  }
  return [texts, messages];
}
