// Who each node and tier is while its id changes. A React key that stays when the id is renamed:
// a key made from the id remounted the part's row, and with it the field the author had just
// clicked or tabbed into, so what they typed next was lost. And which ids still follow their
// titles: those of parts added in this editor, until the author sets the id by hand or the path is
// published (learners' progress refers to published ids, so existing ids never change by themselves).
import { useMemo, useRef } from 'react';

export interface Identities {
  /** The React key of the node or tier that has this id now. */
  readonly keyOf: (id: string) => string;
  readonly followsTitle: (id: string) => boolean;
  /** A part was just added: its id follows its title. */
  readonly added: (id: string) => void;
  /** An id changed: the part keeps its key; set by hand, it stops following its title. */
  readonly renamed: (from: string, to: string, byHand: boolean) => void;
  /** Every id stays as it is (the path is published, or the definition came from elsewhere). */
  readonly fixAll: () => void;
}

export function useIdentities(): Identities {
  const keys = useRef(new Map<string, string>());
  const following = useRef(new Set<string>());
  const made = useRef(0);
  return useMemo<Identities>(
    () => ({
      keyOf: (id) => {
        let key = keys.current.get(id);
        if (key === undefined) {
          made.current += 1;
          key = `part-${made.current}`;
          keys.current.set(id, key);
        }
        return key;
      },
      followsTitle: (id) => following.current.has(id),
      added: (id) => {
        following.current.add(id);
      },
      renamed: (from, to, byHand) => {
        const key = keys.current.get(from);
        keys.current.delete(from);
        if (key !== undefined) keys.current.set(to, key);
        if (following.current.delete(from) && !byHand) following.current.add(to);
      },
      fixAll: () => following.current.clear(),
    }),
    [],
  );
}
