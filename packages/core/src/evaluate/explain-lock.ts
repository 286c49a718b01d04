// Why a node is locked, in a learner's words and as a message, from its `lockedBy` entries:
// "Unlocks after Core and Electives; opens on 1 May 2026".
import { wording, type MessageValue, type Wording } from '../registry/wording.ts';
import { DATE_REASON_PREFIX } from './types.ts';
import type { CompiledPath } from './compiled-path.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "1 May 2026", with the UTC time when it is not midnight: "1 May 2026, 14:30 UTC". */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  const day = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  const hours = date.getUTCHours();
  const minutes = date.getUTCMinutes();
  if (hours === 0 && minutes === 0) return day;
  return `${day}, ${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')} UTC`;
}

/** Titles joined as a person writes a list: "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The sentence for a node's `lockedBy` list; empty when the list is. */
export function explainLock(path: CompiledPath, nodeId: string, lockedBy: readonly string[]): string {
  return describeLock(path, nodeId, lockedBy).text;
}

/**
 * The sentence for a node's `lockedBy` list with its message: `lp.lock.` followed by the parts
 * there are, in this order, joined with dots (`lp.lock.after`, `lp.lock.after.opens`, …
 * `lp.lock.after.opens.ancestor`); values `titles` (list), `date` (ISO 8601) and `ancestor`.
 * Empty text and no message when the list is empty.
 */
export function describeLock(path: CompiledPath, nodeId: string, lockedBy: readonly string[]): Wording {
  const node = path.nodes[path.slotOf.get(nodeId) ?? -1];
  const titles: string[] = [];
  let date: string | undefined;
  let ancestor: string | undefined;
  for (const reason of lockedBy) {
    if (reason.startsWith(DATE_REASON_PREFIX)) {
      date = reason.slice(DATE_REASON_PREFIX.length);
      continue;
    }
    const slot = path.slotOf.get(reason);
    if (slot === undefined) continue;
    const { title } = path.entryOfSlot(slot);
    if (node && isAncestor(path, slot, node.index)) ancestor = title;
    else titles.push(title);
  }
  const parts: string[] = [];
  const keys: string[] = [];
  const values: Record<string, MessageValue> = {};
  if (titles.length > 0) {
    parts.push(`unlocks after ${listInWords(titles)}`);
    keys.push('after');
    values.titles = titles;
  }
  if (date !== undefined) {
    parts.push(`opens on ${formatDate(date)}`);
    keys.push('opens');
    values.date = date;
  }
  if (ancestor !== undefined) {
    parts.push(`part of ${ancestor}, which is locked`);
    keys.push('ancestor');
    values.ancestor = ancestor;
  }
  if (parts.length === 0) return { text: '' };
  const text = parts.join('; ');
  return wording(text[0]!.toUpperCase() + text.slice(1), `lp.lock.${keys.join('.')}`, values);
}

function isAncestor(path: CompiledPath, candidate: number, node: number): boolean {
  for (let current = path.nodes[node]!.parent; current >= 0; current = path.nodes[current]!.parent) {
    if (current === candidate) return true;
  }
  return false;
}
