// The flat view of a definition's node tree that the validation checks share.

/** One node of the document as found while walking it, well-formed or not. */
export interface NodeRecord {
  /** The node's object in the document. */
  readonly node: Readonly<Record<string, unknown>>;
  readonly pointer: string;
  /** Index of the parent record, -1 for the root. */
  readonly parent: number;
  /** 'invalid' when the node is neither a recognisable step nor a group. */
  readonly kind: 'step' | 'group' | 'invalid';
  /** Indexes of the child records, in document order. */
  readonly children: number[];
  /** The id when it is a string, for the checks that follow the shape check. */
  readonly id: string | undefined;
  /** True when the node's own fields passed the schema (its children are records of their own). */
  readonly wellFormed: boolean;
}

/** A tier as found in the document. */
export interface TierRecord {
  readonly tier: Readonly<Record<string, unknown>>;
  readonly pointer: string;
  readonly id: string | undefined;
}

/** Strings of a list field, with their positions, ignoring entries of the wrong type. */
export function stringEntries(value: unknown): [string, number][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown, index): [string, number][] =>
    typeof entry === 'string' ? [[entry, index]] : [],
  );
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether the record at `ancestor` contains the one at `node`, at any depth. */
export function isAncestorRecord(nodes: readonly NodeRecord[], ancestor: number, node: number): boolean {
  for (let current = nodes[node]?.parent ?? -1; current >= 0; current = nodes[current]!.parent)
    if (current === ancestor) return true;
  return false;
}
