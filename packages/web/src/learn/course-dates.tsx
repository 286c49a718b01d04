// When something runs, in one phrase relative to now: "Starts on 1 May 2026", "Ends on 30 June
// 2026", "Ended on …" or self-paced. Dates are worded by core, as the engine's sentences are, to the
// day: the hour a course opens is noise on a card.
import { formatDate } from '@learning-paths/core';
import { useIntl } from 'react-intl';
import { messages } from './messages.ts';

export type DateState = 'open' | 'upcoming' | 'ended';

/** "1 May 2026": the UTC day of an ISO 8601 time, as core words dates. */
export function formatDay(iso: string): string {
  return formatDate(`${iso.slice(0, 10)}T00:00:00Z`);
}

export function CourseDates({
  startsAt,
  endsAt,
  dateState,
  className,
}: {
  readonly startsAt: string | null;
  readonly endsAt: string | null;
  readonly dateState: DateState;
  readonly className?: string;
}) {
  const intl = useIntl();
  let text: string;
  if (dateState === 'upcoming' && startsAt !== null)
    text = intl.formatMessage(messages.startsOn, { date: formatDay(startsAt) });
  else if (endsAt === null) text = intl.formatMessage(messages.selfPaced);
  else
    text = intl.formatMessage(dateState === 'ended' ? messages.endedOn : messages.endsOn, {
      date: formatDay(endsAt),
    });
  return <span className={className}>{text}</span>;
}
