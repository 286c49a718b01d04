// When something runs, in one phrase relative to now: "Starts on 1 May 2026", "Ends on 30 June
// 2026", "Ended on …" or self-paced. Dates are in UTC, as the engine's sentences give them, to the
// day: the hour a course opens is noise on a card.
import { useIntl } from 'react-intl';
import { formatUtcDay } from '../intl/utc-dates.ts';
import { messages } from './messages.ts';

export type DateState = 'open' | 'upcoming' | 'ended';

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
    text = intl.formatMessage(messages.startsOn, { date: formatUtcDay(intl, startsAt) });
  else if (endsAt === null) text = intl.formatMessage(messages.selfPaced);
  else
    text = intl.formatMessage(dateState === 'ended' ? messages.endedOn : messages.endsOn, {
      date: formatUtcDay(intl, endsAt),
    });
  return <span className={className}>{text}</span>;
}
