// Pages plugins add to Learn (slot learn.pages): each served at /learn/{path}, with a link in the
// header of both apps. A bundle's pages are checked before any of its registrations apply
// (browser-plugins.ts): a page without a label, or whose path is malformed, one of Learn's own or
// taken by an earlier page, fails the whole bundle, which then leaves nothing behind.
import type { SlotMessage, SlotOptions } from '@learning-paths/plugin-api';
import type { IntlShape } from 'react-intl';
import { slotInsertions, type SlotInsertion } from './plugin-slots.tsx';

export const LEARN_PAGES_SLOT = 'learn.pages';

/** One path segment: the page's address reads well and needs no encoding. */
const PAGE_PATH = /^[a-z][a-z0-9-]{0,39}$/;

/** The first segments of Learn's own routes (learn-app.tsx), and `explore`, kept for Learn. */
const LEARN_OWN_PATHS: readonly string[] = ['paths', 'explore'];

export interface PluginPage {
  readonly path: string;
  readonly label: string | SlotMessage;
  readonly insertion: SlotInsertion;
}

/** The pages plugins added, in the order their bundles inserted them. */
export function pluginPages(): PluginPage[] {
  return slotInsertions(LEARN_PAGES_SLOT).flatMap((insertion) =>
    insertion.path === undefined || insertion.label === undefined
      ? []
      : [{ path: insertion.path, label: insertion.label, insertion }],
  );
}

/** A tab's or a page's label in the page's language. */
export function formatSlotLabel(intl: IntlShape, label: string | SlotMessage): string {
  return typeof label === 'object' ? intl.formatMessage(label) : label;
}

function isLabel(label: unknown): boolean {
  if (typeof label === 'string') return label.trim() !== '';
  const message = label as Partial<SlotMessage> | null;
  return typeof message?.id === 'string' && typeof message.defaultMessage === 'string';
}

/**
 * Throws, saying why, unless every page among a bundle's insertions has a label and a free path of
 * the right form; pages the bundle itself inserts twice at one path count as taken.
 */
export function checkPages(insertions: readonly { slotId: string; options: SlotOptions }[]): void {
  const taken = new Set(pluginPages().map((page) => page.path));
  for (const { slotId, options } of insertions) {
    if (slotId !== LEARN_PAGES_SLOT) continue;
    const { path, label } = options;
    if (typeof path !== 'string' || !PAGE_PATH.test(path))
      throw new Error(
        `the page path ${String(path)} is not 1 to 40 lower-case letters, digits and hyphens from a letter`,
      );
    if (LEARN_OWN_PATHS.includes(path)) throw new Error(`the page path ${path} is Learn's own`);
    if (taken.has(path)) throw new Error(`the page path ${path} is taken already`);
    if (!isLabel(label)) throw new Error(`the page at ${path} has no label`);
    taken.add(path);
  }
}
