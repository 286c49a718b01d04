// What every part of the editor shares: the definition being edited and the one way to change it,
// renaming and retitling (which keep a renamed part open and its React key), which nodes are open,
// announcements for screen readers, and `reveal`, which shows and focuses the field at a JSON
// pointer.
import { createContext, useContext } from 'react';
import type { PathDefinition } from '@learning-paths/core';

export interface Editor {
  readonly definition: PathDefinition;
  readonly edit: (change: (definition: PathDefinition) => PathDefinition) => void;
  /** The author sets an id by hand: references follow, and the id no longer follows the title. */
  readonly rename: (from: string, to: string) => void;
  /** Sets a node's or tier's title, and its id too while that follows the title. */
  readonly retitle: (id: string, title: string | undefined) => void;
  /** A node or tier was added: its id follows its title until set by hand. */
  readonly added: (id: string) => void;
  readonly followsTitle: (id: string) => boolean;
  /** A key for lists of nodes and tiers that stays when the id changes (see use-identities.ts). */
  readonly keyOf: (id: string) => string;
  readonly expanded: ReadonlySet<string>;
  readonly setExpanded: (id: string, open: boolean) => void;
  readonly closeAll: () => void;
  /** Says something to screen-reader users (a move, an addition) through a live region. */
  readonly announce: (message: string) => void;
  /** Switches to the section showing the pointer, opens its node and focuses its field. */
  readonly reveal: (pointer: string) => void;
}

export const EditorContext = createContext<Editor | null>(null);

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor must be used inside the path editor');
  return editor;
}
