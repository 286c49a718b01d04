// Warnings about the courses a path's steps name, from the catalog's dates: a course that has
// ended, one that ends before its step opens (or too soon after, to be taken), one that starts only
// after a later step of a sequence has ended, and one the catalog does not know (an imported
// definition). They never block saving or publishing: the author may know better (a new run is on
// its way), but learners would meet them, so they are shown at the step and before publishing.
import {
  courseOfRun,
  isStep,
  runState,
  type CourseRun,
  type PathDefinition,
  type PathNode,
  type StepNode,
} from '@learning-paths/core';

/**
 * A course's run, by what the catalog is asked for a step (catalogKeyOf); null when the catalog has
 * no such course, undefined while that is not known.
 */
export type CatalogLookup = (key: string) => CourseRun | null | undefined;

/** What the catalog is asked for a step: its run's key, or the course it follows (`org+number`). */
export function catalogKeyOf(step: StepNode): string {
  return (step.run === 'current' && courseOfRun(step.course)) || step.course;
}

export type CourseWarning = { readonly pointer: string; readonly nodeId: string } & (
  | { readonly kind: 'ended'; readonly endsAt: string }
  | { readonly kind: 'endsBeforeOpening'; readonly endsAt: string; readonly opensAt: string }
  | {
      readonly kind: 'endsSoonAfterOpening';
      readonly endsAt: string;
      readonly opensAt: string;
      /** Whole days between the step opening and the course ending. */
      readonly days: number;
    }
  | {
      readonly kind: 'startsAfterLater';
      readonly startsAt: string;
      /** The later step whose course ends first, and when. */
      readonly laterId: string;
      readonly laterEndsAt: string;
    }
  | { readonly kind: 'notInCatalog'; readonly course: string }
);

const DAY = 86_400_000;
/** Less time than this between a step opening and its course ending is too little to take it. */
export const MINIMUM_DAYS_OPEN = 14;

/** A later step's course, the one that ends first among those not yet ended. */
interface LaterEnd {
  readonly id: string;
  readonly endsAt: string;
  readonly time: number;
}

function earlier(a: LaterEnd | null, b: LaterEnd | null): LaterEnd | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.time < a.time ? b : a;
}

function time(iso: string | null | undefined): number | null {
  if (iso === null || iso === undefined) return null;
  const parsed = Date.parse(iso);
  return Number.isNaN(parsed) ? null : parsed;
}

/** Every warning, in document order, for the path as it is at `now` (ISO 8601). */
export function courseWarnings(
  definition: PathDefinition,
  lookup: CatalogLookup,
  now: string,
): CourseWarning[] {
  const nowTime = Date.parse(now);
  const warnings: CourseWarning[] = [];
  const runOf = (node: PathNode) =>
    isStep(node) && typeof node.course === 'string' ? lookup(catalogKeyOf(node)) : undefined;

  /** The course among a subtree's steps that ends first, of those still running. */
  const firstEnd = (node: PathNode): LaterEnd | null => {
    if (!isStep(node))
      return node.children.reduce<LaterEnd | null>((found, child) => earlier(found, firstEnd(child)), null);
    const ends = runOf(node)?.endsAt ?? null;
    const endTime = time(ends);
    return ends !== null && endTime !== null && endTime > nowTime
      ? { id: node.id, endsAt: ends, time: endTime }
      : null;
  };

  const checkStep = (node: StepNode, pointer: string, opensAt: string | null, later: LaterEnd | null) => {
    const run = lookup(catalogKeyOf(node));
    const at = { pointer, nodeId: node.id };
    if (run === undefined) return;
    if (run === null) {
      warnings.push({ ...at, kind: 'notInCatalog', course: node.course });
      return;
    }
    const ends = time(run.endsAt);
    if (run.endsAt !== null && ends !== null) {
      if (runState(run, nowTime) === 'ended') {
        warnings.push({ ...at, kind: 'ended', endsAt: run.endsAt });
        return;
      }
      const opens = time(opensAt);
      if (opensAt !== null && opens !== null && ends <= opens)
        warnings.push({ ...at, kind: 'endsBeforeOpening', endsAt: run.endsAt, opensAt });
      else if (opensAt !== null && opens !== null && ends - opens < MINIMUM_DAYS_OPEN * DAY)
        warnings.push({
          ...at,
          kind: 'endsSoonAfterOpening',
          endsAt: run.endsAt,
          opensAt,
          days: Math.floor((ends - opens) / DAY),
        });
    }
    const starts = time(run.startsAt);
    if (run.startsAt !== null && starts !== null && later !== null && starts > later.time)
      warnings.push({
        ...at,
        kind: 'startsAfterLater',
        startsAt: run.startsAt,
        laterId: later.id,
        laterEndsAt: later.endsAt,
      });
  };

  /** `opensAt`: the latest release date around the node; `later`: what a sequence puts after it. */
  const visit = (node: PathNode, pointer: string, aroundOpens: string | null, later: LaterEnd | null) => {
    const own = node.availableFrom ?? null;
    const opensAt = (time(own) ?? -Infinity) > (time(aroundOpens) ?? -Infinity) ? own : aroundOpens;
    if (isStep(node)) {
      if (typeof node.course === 'string') checkStep(node, pointer, opensAt, later);
      return;
    }
    // In a sequence each child comes before every later sibling; elsewhere order says nothing.
    const after: (LaterEnd | null)[] = node.children.map(() => later);
    if (node.rule === 'sequence')
      for (let index = node.children.length - 2; index >= 0; index--)
        after[index] = earlier(after[index + 1]!, firstEnd(node.children[index + 1]!));
    node.children.forEach((child, index) =>
      visit(child, `${pointer}/children/${index}`, opensAt, after[index]!),
    );
  };
  visit(definition.requirements, '/requirements', null, null);
  return warnings;
}
