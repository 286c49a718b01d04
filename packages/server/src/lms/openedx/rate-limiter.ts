// Spaces calls out to at most N a second. One limiter serves everything that talks to an LMS, so a
// reconciliation never floods it and a learner's enrollment waits at most a few slots behind one.
import { setTimeout as sleep } from 'node:timers/promises';

export class RateLimiter {
  #next = 0;

  constructor(private readonly perSecond: number) {}

  /** Resolves when the caller's turn comes. */
  async wait(): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.#next);
    this.#next = at + 1000 / this.perSecond;
    if (at > now) await sleep(at - now);
  }
}
