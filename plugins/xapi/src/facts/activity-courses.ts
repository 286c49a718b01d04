// Which course an activity counts for, by a source's mappings: an exact mapping of its id wins,
// else the longest prefix mapping that starts it.

export interface ActivityMapping {
  readonly activity: string;
  readonly course: string;
  readonly match: 'exact' | 'prefix';
}

export function courseOf(activity: string, mappings: readonly ActivityMapping[]): string | null {
  const exact = mappings.find((mapping) => mapping.match === 'exact' && mapping.activity === activity);
  if (exact) return exact.course;
  const prefixes = mappings.filter(
    (mapping) => mapping.match === 'prefix' && activity.startsWith(mapping.activity),
  );
  const longest = prefixes.sort((a, b) => b.activity.length - a.activity.length)[0];
  return longest?.course ?? null;
}
