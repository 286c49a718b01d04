// Use case: an LMS (or an operator) pushes course facts. Each field, the built-in ones and those
// registered criteria declare, keeps the newest value by the fact's time, a repeated idempotency id
// is applied once, and the progress of every path the changed courses belong to is re-evaluated in
// the same transaction. Facts timed in the future are refused (pushed ones) or kept at the time of
// receipt (the service's own sources). Facts pushed (the API, plugins' fact sources) pass the plugins' `facts.record.before` filters first; those the
// service learned itself (LMS events, reconciliation, its own enrollments) do not: see
// recordFactsInTransaction.
import type { Problem } from '@learning-paths/core';
import { AppError } from '../../errors.ts';
import type { DataAccess } from '../../store/data-access.ts';
import { FACT_FIELDS } from '../../domain/facts.ts';
import {
  NO_CRITERION_FACTS,
  type StoredFacts,
  type Timed,
} from '../../store/repositories/fact-repository.ts';
import { canPushFacts, type Actor } from '../actor.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { refreshProgressInTransaction } from '../progress/refresh-progress.ts';
import { NO_HOOKS, type Hooks } from '../plugin-hooks.ts';
import { checkFactInputs, problemsInWords, OWN_FACT_FIELDS } from './fact-input-schema.ts';
import { canonicalTime, FUTURE_TOLERANCE_MINUTES, isFromTheFuture, latestFactTime } from './fact-times.ts';

export interface FactInput {
  readonly user: string;
  readonly course: string;
  readonly completion?: number;
  readonly grade?: number;
  readonly passed?: boolean;
  readonly enrolled?: boolean;
  /** When it happened (ISO 8601); the time of receipt when absent. */
  readonly time?: string;
  /** An idempotency id: a fact whose id was seen before is ignored. */
  readonly id?: string;
  /** Fields registered criteria declare (`CriterionDefinition.facts`), checked by checkFactInputs. */
  readonly [criterionField: string]: unknown;
}

export interface ApplyFactsResult {
  /** Facts that changed at least one stored value. */
  readonly applied: number;
  /** Facts seen before (same id) or older than what is stored for every field they carry. */
  readonly ignored: number;
  /** Facts about unknown users, each with its index in the request. */
  readonly rejected: readonly { readonly index: number; readonly message: string }[];
}

export interface ApplyFactsOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly actor: Actor;
  readonly facts: readonly FactInput[];
  /** Where the facts come from, kept with them (api, openedx…). */
  readonly source: string;
  readonly now: string;
  /** The plugins' filters and events; NO_HOOKS when absent. */
  readonly hooks?: Hooks;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function newer<T>(stored: Timed<T> | null, value: T | undefined, at: string): Timed<T> | null {
  if (value === undefined) return null;
  // Equal times: the one received later wins, as a correction sent for the same moment would.
  return stored === null || at >= stored.at ? { value, at } : null;
}

export async function applyFacts(options: ApplyFactsOptions): Promise<ApplyFactsResult> {
  if (!canPushFacts(options.actor))
    throw new AppError('forbidden', 'only administrators and service accounts may post facts');
  const future = futureProblems(options.facts, options.now);
  if (future.length > 0)
    throw new AppError(
      'invalid',
      `${future.length} fact(s) are timed more than ${FUTURE_TOLERANCE_MINUTES} minutes after the server's clock; nothing was recorded`,
      future,
    );
  const hooks = options.hooks ?? NO_HOOKS;
  if (!hooks.filtering('facts.record.before')) return recordFactsInTransaction(options);
  const input = {
    facts: options.facts.map((fact) => ({ ...fact, time: fact.time ?? options.now })),
    source: options.source,
  };
  const filtered = await hooks.filter('facts.record.before', input);
  return recordFactsInTransaction({
    ...options,
    facts: filtered === input ? options.facts : checkedFacts(filtered.facts, options.compiled),
  });
}

/** Facts as plugins' filters left them, checked as a request's are: a filter is outside code. */
function checkedFacts(facts: readonly unknown[], compiled: CompiledPaths): FactInput[] {
  const checked = checkFactInputs(facts, compiled.registry);
  if (checked.valid) return checked.facts;
  throw new AppError(
    'plugin_failed',
    `the plugins' facts.record.before filters returned invalid facts: ${problemsInWords(checked.problems)}`,
  );
}

/** The facts timed later than the server's clock allows, at their pointers in the request. */
function futureProblems(facts: readonly FactInput[], now: string): Problem[] {
  const latest = latestFactTime(now);
  return facts.flatMap((fact, index) =>
    fact.time !== undefined && isFromTheFuture(canonicalTime(fact.time), latest)
      ? [
          {
            pointer: `/facts/${index}/time`,
            message: `the time ${fact.time} is more than ${FUTURE_TOLERANCE_MINUTES} minutes after the server's clock (${now}); a fact is timed when it happened`,
          },
        ]
      : [],
  );
}

/**
 * Applies facts the service itself learned (an LMS enrollment it made, an event it consumed):
 * applyFacts without its checks (who may post, facts from the future) nor its filters, in the
 * caller's transaction (one of its own when the caller holds none). Filters do not apply here: these
 * facts report what already happened in the LMS, which refusing would not undo (a refused event
 * batch would only be retried, then dead-lettered), and they are recorded in transactions that hold
 * the learners' locks, where a plugin's code must not run. Plugins see them through events.
 */
export async function recordFactsInTransaction(
  options: Omit<ApplyFactsOptions, 'actor'>,
): Promise<ApplyFactsResult> {
  const { facts, source, now } = options;
  const latest = latestFactTime(now);
  return options.data.transaction(async (data) => {
    // Held until the transaction ends, so that concurrent facts never evaluate a stale read.
    const users = await data.users.lockByUsername(facts.map((fact) => fact.user));
    const rejected: { index: number; message: string }[] = [];
    const known = facts.flatMap((fact, index) => {
      const userId = users.get(fact.user);
      if (userId !== undefined) return [{ fact, index, userId }];
      rejected.push({ index, message: `no user has the username ${fact.user}` });
      return [];
    });
    const ids = known.flatMap(({ fact }) => (fact.id === undefined ? [] : [fact.id]));
    const fresh = await data.facts.claimIds(ids, now);
    const userIds = [...new Set(known.map(({ userId }) => userId))];
    const stored = await data.facts.ofUsers(userIds);
    const hooks = options.hooks ?? NO_HOOKS;

    const changed = new Map<string, Mutable<StoredFacts>>();
    let applied = 0;
    const seenIds = new Set<string>();
    for (const { fact, userId } of known) {
      if (fact.id !== undefined) {
        // Only the first fact with an id not seen before is applied, even within one request.
        if (!fresh.has(fact.id) || seenIds.has(fact.id)) continue;
        seenIds.add(fact.id);
      }
      const time = fact.time === undefined ? now : canonicalTime(fact.time);
      // A wrong clock at the source must not freeze the field: such a fact counts as received now.
      const at = isFromTheFuture(time, latest) ? now : time;
      const ofUser = stored.get(userId)!;
      const before = ofUser.get(fact.course);
      // A copy of one object, which V8 clones fast: this runs for every fact of a batch.
      const current: Mutable<StoredFacts> = before
        ? { ...before }
        : {
            userId,
            courseKey: fact.course,
            completion: null,
            grade: null,
            passed: null,
            enrolled: null,
            criteria: NO_CRITERION_FACTS,
            source,
            updatedAt: now,
          };
      let won = false;
      for (const field of FACT_FIELDS) {
        const value = newer<number | boolean>(current[field], fact[field], at);
        if (value === null) continue;
        (current as Record<(typeof FACT_FIELDS)[number], Timed<number | boolean> | null>)[field] = value;
        won = true;
      }
      for (const field in fact) {
        if (OWN_FACT_FIELDS.has(field)) continue;
        const value = newer(current.criteria[field] ?? null, fact[field], at);
        if (value === null) continue;
        // A new object: the one read is shared with the facts kept as they were before.
        current.criteria = { ...current.criteria, [field]: value };
        won = true;
      }
      if (!won) continue;
      applied += 1;
      current.source = source;
      current.updatedAt = now;
      ofUser.set(fact.course, current);
      changed.set(`${userId} ${fact.course}`, current);
    }
    await data.facts.write([...changed.values()]);
    const changedCourses = new Map<number, Set<string>>();
    for (const fact of changed.values())
      changedCourses.set(fact.userId, (changedCourses.get(fact.userId) ?? new Set()).add(fact.courseKey));
    await refreshProgressInTransaction({
      data,
      compiled: options.compiled,
      userIds: [...changedCourses.keys()],
      changedCourses,
      facts: stored,
      usernames: new Map([...users].map(([username, userId]) => [userId, username])),
      hooks,
      now,
    });
    return { applied, ignored: known.length - applied, rejected };
  });
}
