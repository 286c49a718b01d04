// The path page's outline: the definition's tree of groups and steps, each with what the page shows
// of it, all read from the API's answer: title, status and progress from the live evaluation, what
// it asks and why it is locked in the server's words, what is left in it (the engine's
// `remaining`), whether it is the suggested next step, and for a step its course and results. The
// server's words are rendered in the learner's language from their messages.
import type { IntlShape } from 'react-intl';
import { isStep, resolvedCredits, type NodeStatus, type PathNode, type RunState } from '@learning-paths/core';
import { formatWords } from '../intl/format-words.ts';
import type { PathPageData, StepCourse } from './path-page-data.ts';

export interface OutlineStep {
  readonly courseKey: string;
  /** Absent when the course is not in the catalog. */
  readonly course: StepCourse | undefined;
  /** Where the course's run stands (the evaluation's schedule); null when its dates are unknown. */
  readonly run: RunState | null;
}

export interface OutlineNode {
  readonly id: string;
  readonly title: string;
  /** 0 for the root. */
  readonly depth: number;
  readonly status: NodeStatus;
  readonly progress: number;
  /** What it asks, in a few words: "choose 2 of 3", "grade ≥ 70%". */
  readonly summary: string;
  readonly lockReason: string | null;
  /** What is still needed in it, as the engine says it; null when nothing is or it is locked. */
  readonly remaining: string | null;
  /** The first step that can be taken now (the schedule's `next`): the one the path suggests. */
  readonly suggested: boolean;
  /** Set for steps. */
  readonly step: OutlineStep | null;
  readonly children: readonly OutlineNode[];
  /** How many children are completed (groups). */
  readonly done: number;
  /** Credits earned of those it asks or is worth; null on paths that do not count credits. */
  readonly credits: { readonly earned: number; readonly of: number } | null;
}

/** A path counts credits when any node sets them: then every node shows its credits. */
function countsCredits(node: PathNode): boolean {
  return node.credits !== undefined || (!isStep(node) && node.children.some(countsCredits));
}

export function buildOutline(page: PathPageData, intl: IntlShape): OutlineNode {
  const { evaluation } = page;
  const remaining = new Map(evaluation.remaining.map((item) => [item.node, item]));
  const suggested = (evaluation.schedule?.next ?? evaluation.next)[0];
  const runs = evaluation.schedule?.steps ?? {};
  const withCredits = countsCredits(page.definition.requirements);
  /** What a node is worth, and for a group what its satisfied children earn (a satisfied node earns its worth). */
  const creditsOf = (node: PathNode, children: readonly OutlineNode[]) => {
    const worth = resolvedCredits(
      node.credits,
      isStep(node),
      children.map((child) => child.credits!.of),
    );
    if (evaluation.nodes[node.id]!.satisfied) return { earned: worth, of: worth };
    const earned = children.reduce(
      (sum, child) => sum + (child.status === 'completed' ? child.credits!.of : 0),
      0,
    );
    return { earned: Math.min(earned, worth), of: worth };
  };
  const visit = (node: PathNode, depth: number): OutlineNode => {
    const result = evaluation.nodes[node.id]!;
    const children = isStep(node) ? [] : node.children.map((child) => visit(child, depth + 1));
    const lockReason = page.lockReasons[node.id];
    const left = remaining.get(node.id);
    return {
      id: node.id,
      title: page.titles[node.id] ?? node.id,
      depth,
      status: result.status,
      progress: result.progress,
      summary: formatWords(intl, {
        text: page.summaries[node.id] ?? '',
        message: page.summaryMessages[node.id],
      }),
      lockReason:
        lockReason === undefined
          ? null
          : formatWords(intl, { text: lockReason, message: page.lockReasonMessages[node.id] }),
      remaining: left ? formatWords(intl, left) : null,
      suggested: node.id === suggested,
      step: isStep(node)
        ? { courseKey: node.course, course: page.courses[node.course], run: runs[node.id] ?? null }
        : null,
      children,
      done: children.filter((child) => child.status === 'completed').length,
      credits: withCredits ? creditsOf(node, children) : null,
    };
  };
  return visit(page.definition.requirements, 0);
}

/** Every step of the outline, in the path's order. */
export function stepsOf(node: OutlineNode): OutlineNode[] {
  return node.step ? [node] : node.children.flatMap(stepsOf);
}
