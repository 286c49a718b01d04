// Derived values of a node that validation, compilation and display agree on.

/** A node's credits: as written, else 1 for a step and the sum of its children's for a group. */
export function resolvedCredits(written: unknown, isStep: boolean, childCredits: readonly number[]): number {
  if (typeof written === 'number') return written;
  if (isStep) return 1;
  let sum = 0;
  for (const credits of childCredits) sum += credits;
  return sum;
}

/** A node's weight: as written, else 1. */
export function resolvedWeight(written: unknown): number {
  return typeof written === 'number' ? written : 1;
}

/** What a learner reads for a node: its title, else the course's title or key, else its id. */
export function displayTitle(
  node: { readonly id?: unknown; readonly title?: unknown; readonly course?: unknown },
  courseTitle?: (courseKey: string) => string | undefined,
): string {
  if (typeof node.title === 'string') return node.title;
  if (typeof node.course === 'string') return courseTitle?.(node.course) ?? node.course;
  return String(node.id);
}
