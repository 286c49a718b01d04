// Where validation problems are shown: the JSON pointer of every field the editor renders, each
// problem assigned to the nearest of them (a problem deeper than any field, such as an unknown
// field inside a criteria object, goes to the field around it), and the DOM id of each field.
import { isStep, type PathDefinition, type Problem } from '@learning-paths/core';
import { nodeEntries } from '../state/node-tree.ts';

/** Where the path as a whole is addressed (problems with the document itself). */
export const PATH_POINTER = '';

const PATH_FIELDS = [
  'key',
  'title',
  'subtitle',
  'description',
  'image',
  'level',
  'duration',
  'timeCommitment',
  'visibility',
];
const CRITERIA = ['', '/completion', '/grade', '/passed'];
const NODE_FIELDS = ['', '/id', '/title', '/weight', '/credits', '/prerequisites', '/availableFrom'];
const STEP_FIELDS = ['/course', ...CRITERIA.map((criterion) => `/criteria${criterion}`)];
const GROUP_FIELDS = ['/rule', '/count', '/children'];
const TIER_FIELDS = ['', '/id', '/title', '/description', '/requires'];

/** The pointers of every field the editor shows for this definition. */
export function fieldPointers(definition: PathDefinition): Set<string> {
  const fields = [PATH_POINTER, '/tiers', ...PATH_FIELDS.map((field) => `/${field}`)];
  fields.push(...CRITERIA.map((criterion) => `/defaultCriteria${criterion}`));
  for (const list of ['required', 'acquired'] as const) {
    fields.push(`/skills/${list}`);
    (definition.skills?.[list] ?? []).forEach((_skill, index) =>
      fields.push(`/skills/${list}/${index}/skill`, `/skills/${list}/${index}/level`),
    );
  }
  for (const { node, pointer } of nodeEntries(definition)) {
    for (const field of [...NODE_FIELDS, ...(isStep(node) ? STEP_FIELDS : GROUP_FIELDS)])
      fields.push(pointer + field);
  }
  (definition.tiers ?? []).forEach((_tier, index) =>
    fields.push(...TIER_FIELDS.map((field) => `/tiers/${index}${field}`)),
  );
  return new Set(fields);
}

/** The field a problem belongs to: its own pointer if a field has it, else the nearest field around it. */
export function fieldOf(pointer: string, fields: ReadonlySet<string>): string {
  let candidate = pointer;
  while (candidate !== PATH_POINTER && !fields.has(candidate))
    candidate = candidate.slice(0, candidate.lastIndexOf('/'));
  return candidate;
}

/** Every problem, grouped by the field that shows it. */
export function problemsByField(
  problems: readonly Problem[],
  fields: ReadonlySet<string>,
): Map<string, Problem[]> {
  const byField = new Map<string, Problem[]>();
  for (const problem of problems) {
    const field = fieldOf(problem.pointer === '/' ? PATH_POINTER : problem.pointer, fields);
    byField.set(field, [...(byField.get(field) ?? []), problem]);
  }
  return byField;
}

/** The DOM id of a field's control, for labels, links from the problem list and focus. */
export function fieldId(pointer: string): string {
  return pointer === PATH_POINTER ? 'field-path' : `field${pointer.replace(/[^A-Za-z0-9]/g, '-')}`;
}

type EditorSection = 'details' | 'structure' | 'tiers';

/** Which part of the editor shows a pointer, and which node (to open) when it is in the structure. */
export function locate(
  definition: PathDefinition,
  pointer: string,
): { readonly section: EditorSection; readonly nodeId?: string } {
  if (pointer.startsWith('/tiers')) return { section: 'tiers' };
  if (!pointer.startsWith('/requirements')) return { section: 'details' };
  const owner = nodeEntries(definition)
    .filter((entry) => pointer === entry.pointer || pointer.startsWith(`${entry.pointer}/`))
    .at(-1);
  return owner ? { section: 'structure', nodeId: owner.node.id } : { section: 'structure' };
}
