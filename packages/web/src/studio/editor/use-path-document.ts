// The path being edited and its life on the server: loading it, the form's definition, whether it
// has unsaved changes, saving the draft (creating the path the first time), publishing, and what
// happened (a 409 when someone else saved in between, problems at their pointers). A draft is saved
// unfinished, with the problems the server found in it; only publishing needs it valid. A failed
// save never touches the form: nothing the author wrote is lost.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PathDefinition, Problem } from '@learning-paths/core';
import { apiCall } from '../../shared/api/api-call.ts';
import { ApiError } from '../../shared/api/client.ts';
import type { Answer } from '../../shared/api/types.ts';
import { blankDefinition } from './state/blank-definition.ts';
import { editableDraft } from './state/editable-draft.ts';
import { sameDefinition } from './state/same-definition.ts';

export type PathView = Answer<'/api/v1/paths/{key}', 'get'>;

export type Loading =
  | { readonly status: 'loading' }
  | { readonly status: 'ready' }
  | { readonly status: 'failed'; readonly error: Error; readonly notFound: boolean };

export type Outcome =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  /** Saved, with the count of problems left to fix before publishing. */
  | { readonly kind: 'saved'; readonly problems: number }
  | { readonly kind: 'published'; readonly version: number; readonly learnersMoved: number }
  | { readonly kind: 'conflict' }
  | {
      readonly kind: 'failed';
      readonly during: 'save' | 'publish';
      readonly message: string;
      readonly problems: readonly Problem[];
    };

export function usePathDocument(key: string | null) {
  const [loading, setLoading] = useState<Loading>(key === null ? { status: 'ready' } : { status: 'loading' });
  /** The form holds a draft read from the server (not a new path): its problems are all shown. */
  const [reopened, setReopened] = useState(key !== null);
  const [view, setView] = useState<PathView | null>(null);
  const [definition, setDefinition] = useState<PathDefinition>(blankDefinition);
  const [saved, setSaved] = useState<PathDefinition>(blankDefinition);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  /** The key whose draft the form holds, so that the new path's first save does not reload it. */
  const held = useRef<string | null>(null);

  const take = useCallback((answer: PathView) => {
    held.current = answer.key;
    setView(answer);
    setDefinition(editableDraft(answer.draft));
    // What the editor filled in to open a draft saved elsewhere counts as a change to save.
    setSaved(answer.draft as PathDefinition);
    setReopened(true);
  }, []);

  const read = useCallback(
    async (pathKey: string) => {
      try {
        take(await apiCall('/api/v1/paths/{key}', 'get', { params: { key: pathKey } }));
        setLoading({ status: 'ready' });
      } catch (error) {
        const notFound = error instanceof ApiError && error.status === 404;
        setLoading({ status: 'failed', error: error as Error, notFound });
      }
    },
    [take],
  );

  useEffect(() => {
    if (key !== null && key !== held.current) void read(key);
  }, [key, read]);

  const saveDraft = useCallback(async (): Promise<PathView | null> => {
    setOutcome({ kind: 'busy' });
    const sent = definition;
    try {
      const answer =
        view === null
          ? await apiCall('/api/v1/paths', 'post', { query: { unfinished: 'true' }, body: sent })
          : await apiCall('/api/v1/paths/{key}/draft', 'put', {
              params: { key: view.key },
              body: { definition: sent, expectedRevision: view.draftRevision },
            });
      held.current = answer.key;
      setView(answer);
      setSaved(sent);
      setOutcome({ kind: 'saved', problems: answer.draftProblems?.length ?? 0 });
      return answer;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && view !== null)
        setOutcome({ kind: 'conflict' });
      else if (error instanceof ApiError)
        setOutcome({
          kind: 'failed',
          during: 'save',
          message: error.message,
          // A new path's key taken by another path: said at the key.
          problems: error.status === 409 ? [{ pointer: '/key', message: error.message }] : error.problems,
        });
      else setOutcome({ kind: 'failed', during: 'save', message: (error as Error).message, problems: [] });
      return null;
    }
  }, [definition, view]);

  /** Saves unsaved changes, then publishes; gives the path as saved (null when saving failed). */
  const publish = useCallback(async (): Promise<PathView | null> => {
    const current = sameDefinition(definition, saved) && view !== null ? view : await saveDraft();
    if (current === null) return null;
    setOutcome({ kind: 'busy' });
    try {
      const params = { key: current.key };
      const published = await apiCall('/api/v1/paths/{key}/publish', 'post', { params });
      setView(await apiCall('/api/v1/paths/{key}', 'get', { params }));
      setOutcome({ kind: 'published', version: published.version, learnersMoved: published.learnersMoved });
    } catch (error) {
      const problems = error instanceof ApiError ? error.problems : [];
      setOutcome({ kind: 'failed', during: 'publish', message: (error as Error).message, problems });
    }
    return current;
  }, [definition, saved, view, saveDraft]);

  /** Drops the form's changes for the draft as saved now on the server (after a conflict). */
  const reload = useCallback(async () => {
    if (view === null) return;
    setOutcome({ kind: 'idle' });
    await read(view.key);
  }, [view, read]);

  /** Changes the form; the last save's news goes (its problems were about what the form was), but
   * not a conflict, which still holds. */
  const edit = useCallback((change: (definition: PathDefinition) => PathDefinition) => {
    setDefinition(change);
    setOutcome((current) =>
      current.kind === 'busy' || current.kind === 'conflict' ? current : { kind: 'idle' },
    );
  }, []);

  return {
    loading,
    reopened,
    view,
    definition,
    dirty: !sameDefinition(definition, saved),
    outcome,
    edit,
    saveDraft,
    publish,
    reload,
  };
}
