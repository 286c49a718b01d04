// An event as the use cases take it, whatever brought it (the Redis event bus today): what it says
// about a learner, with the id and time that make it a fact.
import type { LearnerEvent } from './event-handlers.ts';

export interface EventMessage {
  /** The event's id: the fact's idempotency id, the same on every redelivery. */
  readonly id: string;
  /** When it happened, ISO 8601 UTC: the fact's time, so that an older event never wins. */
  readonly time: string;
  readonly event: LearnerEvent;
}
