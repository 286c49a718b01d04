// Applies a batch of events in one transaction: the users they describe identified, facts
// about LMS user ids no user has yet parked, the facts of the others (and the parked facts of users
// known now) recorded with their progress. Each event's id is its fact's id, so a redelivered
// message changes nothing, and its time is the fact's time, so an older event never wins; an event
// timed later than the worker's clock allows (the LMS's clock is wrong) counts as received now.
import type { DataAccess } from '../../store/data-access.ts';
import type { ParkedFact } from '../../store/repositories/parked-fact-repository.ts';
import { recordFactsInTransaction, type FactInput } from '../facts/apply-facts.ts';
import { isFromTheFuture, latestFactTime } from '../facts/fact-times.ts';
import type { CompiledPaths } from '../progress/compiled-paths.ts';
import { parkedFactInput } from './attach-parked-facts.ts';
import { EVENT_SOURCE } from './event-handlers.ts';
import type { EventMessage } from './event-message.ts';
import { identifyLearnersInTransaction } from './identify-learners.ts';
import type { Hooks } from '../plugin-hooks.ts';

export interface ApplyEventsOptions {
  readonly data: DataAccess;
  readonly compiled: CompiledPaths;
  readonly messages: readonly EventMessage[];
  readonly now: string;
  /**
   * Leave the events of learners another transaction holds (another worker's batch) for later,
   * rather than wait for it: workers then share the load instead of taking turns.
   */
  readonly skipBusy?: boolean;
  /** Where the changes are reported to plugins (events, not filters: see recordFactsInTransaction). */
  readonly hooks?: Hooks;
}

export interface ApplyEventsResult {
  /** Messages whose event was handled before (applied or parked): nothing done. */
  readonly duplicates: number;
  /** Facts kept until their LMS user id belongs to a user. */
  readonly parked: number;
  /** Facts parked before and applied now, their user known at last. */
  readonly attached: number;
  /** Events timed in the future, kept at the time of receipt instead. */
  readonly clamped: number;
  /** With skipBusy: the messages left for later, untouched. */
  readonly deferred: readonly EventMessage[];
}

export async function applyEvents({
  data: outside,
  compiled,
  messages,
  now,
  skipBusy = false,
  hooks,
}: ApplyEventsOptions): Promise<ApplyEventsResult> {
  return outside.transaction(async (data) => {
    const handled = await data.parkedFacts.handledIds(messages.map((message) => message.id));
    const fresh = new Map<string, EventMessage>();
    for (const message of messages)
      if (!handled.has(message.id) && !fresh.has(message.id)) fresh.set(message.id, message);
    const events = [...fresh.values()];
    const { users, newlyKnown } = await identifyLearnersInTransaction({
      data,
      compiled,
      lmsUserIds: events.map((message) => message.event.lmsUserId),
      people: events.flatMap((message) => message.event.person ?? []),
      now,
      ...(hooks && { hooks }),
    });

    const held = skipBusy ? await data.users.lockAvailable([...users.values()].map((user) => user.id)) : null;
    const facts: FactInput[] = [];
    const toPark: ParkedFact[] = [];
    const deferred: EventMessage[] = [];
    const latest = latestFactTime(now);
    let clamped = 0;
    for (const message of events) {
      const { id, event } = message;
      const user = users.get(event.lmsUserId);
      if (user && held && !held.has(user.id)) {
        deferred.push(message);
        continue;
      }
      const fromTheFuture = isFromTheFuture(message.time, latest);
      if (fromTheFuture) clamped += 1;
      const time = fromTheFuture ? now : message.time;
      if (!user)
        toPark.push({
          id,
          lmsUserId: event.lmsUserId,
          courseKey: event.courseKey,
          values: event.values,
          time,
        });
      else facts.push({ ...event.values, user: user.username, course: event.courseKey, time, id });
    }
    await data.parkedFacts.park(toPark, now);
    const attached = await data.parkedFacts.ofLmsUsers(newlyKnown);
    for (const parked of attached) facts.push(parkedFactInput(parked, users.get(parked.lmsUserId)!.username));
    await recordFactsInTransaction({
      data,
      compiled,
      facts,
      source: EVENT_SOURCE,
      now,
      ...(hooks && { hooks }),
    });
    await data.parkedFacts.remove(attached.map((parked) => parked.id));
    return {
      duplicates: messages.length - events.length,
      parked: toPark.length,
      attached: attached.length,
      clamped,
      deferred,
    };
  });
}
