// The times facts carry. Each field keeps its newest fact by time, so a fact timed in the future
// would outlast every real update: none may be further ahead of the server's clock than clocks
// differ (FUTURE_TOLERANCE_MINUTES).

/** How far ahead of the server's clock a fact's time may be: clocks differ by seconds, not years. */
export const FUTURE_TOLERANCE_MINUTES = 5;

/** The form every stored time has, which compares by its text. */
const CANONICAL_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** A fact's time in the stored form; most arrive in it already, and parsing each costs. */
export function canonicalTime(time: string): string {
  return CANONICAL_TIME.test(time) ? time : new Date(time).toISOString();
}

/** The latest time, in the stored form, a fact received at `now` may carry. */
export function latestFactTime(now: string): string {
  return new Date(Date.parse(now) + FUTURE_TOLERANCE_MINUTES * 60_000).toISOString();
}

/** Whether a time in the stored form is later than `latest` (from latestFactTime). */
export function isFromTheFuture(time: string, latest: string): boolean {
  // Past the year 9999 the form starts with "+" and no longer compares as text.
  return time > latest || time.startsWith('+');
}
