// Reads a path definition file for the editor: JSON or YAML (by its name, else by its look), parsed
// with core, which says where the syntax breaks. A document the editor can show (an object with a
// tree of nodes) is taken even with problems, which the editor then shows at their fields; one it
// cannot show is refused with core's problems, to list.
import {
  DocumentSyntaxError,
  parseDocument,
  validatePath,
  type PathDefinition,
  type Problem,
} from '@learning-paths/core';
import { definitionFormat } from '../../definition-files.ts';

export type FileReading =
  | { readonly kind: 'definition'; readonly definition: PathDefinition }
  | { readonly kind: 'syntax'; readonly message: string }
  | { readonly kind: 'shape'; readonly problems: readonly Problem[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a value is a node the structure editor can draw: an id, and children that are nodes. */
function isNodeTree(value: unknown): boolean {
  if (!isObject(value) || typeof value.id !== 'string') return false;
  if (!('children' in value)) return typeof value.course === 'string';
  return Array.isArray(value.children) && value.children.every(isNodeTree);
}

function isEditable(value: unknown): value is PathDefinition {
  return (
    isObject(value) &&
    isNodeTree(value.requirements) &&
    (value.tiers === undefined || (Array.isArray(value.tiers) && value.tiers.every(isObject)))
  );
}

export function readDefinitionFile(name: string, text: string): FileReading {
  const format = definitionFormat(name);
  let document: unknown;
  try {
    document = parseDocument(text, format);
  } catch (error) {
    if (error instanceof DocumentSyntaxError) return { kind: 'syntax', message: error.message };
    throw error;
  }
  if (isEditable(document)) return { kind: 'definition', definition: document };
  return { kind: 'shape', problems: validatePath(document).errors };
}
