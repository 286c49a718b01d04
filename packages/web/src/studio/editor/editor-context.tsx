// What every part of the editor shares: the definition being edited and the one way to change it,
// renaming (which also keeps a renamed node open), which nodes are open, announcements for screen
// readers, and `reveal`, which shows and focuses the field at a JSON pointer.
import { createContext, useContext } from 'react';
import type { PathDefinition } from '@learning-paths/core';

export interface Editor {
  readonly definition: PathDefinition;
  readonly edit: (change: (definition: PathDefinition) => PathDefinition) => void;
  readonly rename: (from: string, to: string) => void;
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
