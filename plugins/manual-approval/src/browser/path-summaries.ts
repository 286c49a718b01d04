// For the learners page, where every row has its own Review button: a path's approval steps and who
// is waiting, loaded once for all the rows (not once a row) and shared through a small store, loaded
// again after a decision and once it is 30 seconds old.
import { useEffect, useSyncExternalStore } from 'react';
import type { ApprovalStep } from '../approval-steps.ts';
import type { ApprovalApi } from './approval-api.ts';

export interface PathSummary {
  readonly steps: readonly ApprovalStep[];
  readonly commentRequiredOnDecline: boolean;
  /** Waiting requests by learner. */
  readonly waiting: ReadonlyMap<string, number>;
}

const FRESH_FOR_MS = 30_000;

interface Entry {
  readonly loadedAt: number;
  readonly summary: PathSummary | null;
  readonly loading: boolean;
}

const entries = new Map<string, Entry>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function set(pathKey: string, entry: Entry): void {
  entries.set(pathKey, entry);
  for (const listener of listeners) listener();
}

async function summaryOf(api: ApprovalApi, pathKey: string): Promise<PathSummary> {
  const { steps, commentRequiredOnDecline } = await api.approvalSteps(pathKey);
  const waiting = new Map<string, number>();
  if (steps.length > 0)
    for (const item of (await api.requests(pathKey, 'waiting')).items)
      waiting.set(item.learner, (waiting.get(item.learner) ?? 0) + 1);
  return { steps, commentRequiredOnDecline, waiting };
}

function ensure(api: ApprovalApi, pathKey: string, force = false): void {
  const entry = entries.get(pathKey);
  if (entry?.loading || (!force && entry && Date.now() - entry.loadedAt < FRESH_FOR_MS)) return;
  const previous = entry?.summary ?? null;
  set(pathKey, { loadedAt: Date.now(), summary: previous, loading: true });
  summaryOf(api, pathKey).then(
    (summary) => set(pathKey, { loadedAt: Date.now(), summary, loading: false }),
    // Shown as before (nothing, the first time), tried again once the entry is old.
    () => set(pathKey, { loadedAt: Date.now(), summary: previous, loading: false }),
  );
}

/** The path's summary, null until it has loaded. */
export function usePathSummary(api: ApprovalApi, pathKey: string): PathSummary | null {
  const summary = useSyncExternalStore(subscribe, () => entries.get(pathKey)?.summary ?? null);
  useEffect(() => ensure(api, pathKey), [api, pathKey]);
  return summary;
}

/** Loads the path's summary again, for every row: after a decision changed who is waiting. */
export function refreshPathSummary(api: ApprovalApi, pathKey: string): void {
  ensure(api, pathKey, true);
}
