// Where something with a start and an end date stands at a time: not started yet, running, ended.

export type DateState = 'open' | 'upcoming' | 'ended';

/** Open-ended on either side when a date is null. */
export function dateState(startsAt: string | null, endsAt: string | null, now: string): DateState {
  if (startsAt !== null && startsAt > now) return 'upcoming';
  if (endsAt !== null && endsAt < now) return 'ended';
  return 'open';
}
