// A path draft with one more step, for a course: appended to the root group, or, when the root is a
// single step, the two put under a new "all" group. Ids stay unique across the whole document.

type Node = Record<string, unknown>;

function usedIds(value: unknown, ids = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => usedIds(item, ids));
  else if (value !== null && typeof value === 'object') {
    for (const [name, inner] of Object.entries(value)) {
      if (name === 'id' && typeof inner === 'string') ids.add(inner);
      else usedIds(inner, ids);
    }
  }
  return ids;
}

/** An id in the format's alphabet ([A-Za-z0-9_-]{1,64}) that no node or tier has yet. */
function freshId(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 56) || 'step';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function withCourseStep(draft: Record<string, unknown>, course: string): Record<string, unknown> {
  const taken = usedIds(draft);
  const step = { id: freshId(course.replace(/^course-v1:/, ''), taken), course };
  const root = draft.requirements as Node | undefined;
  if (root && Array.isArray(root.children)) {
    return { ...draft, requirements: { ...root, children: [...(root.children as unknown[]), step] } };
  }
  const children = root ? [root, step] : [step];
  return { ...draft, requirements: { id: freshId('all', taken), rule: 'all', children } };
}
