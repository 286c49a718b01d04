// Dates as the learner's language writes them, in UTC as the server's sentences give them: the day
// ("1 May 2026" in British English), and the time too when it is not midnight.
import type { IntlShape } from 'react-intl';
import { valueMessages } from './server-messages.ts';

/** "1 May 2026": the UTC day of an ISO 8601 time or date. */
export function formatUtcDay(intl: IntlShape, iso: string): string {
  return intl.formatDate(iso, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "1 May 2026", or "1 May 2026, 14:30 UTC" when the time is not midnight UTC. */
export function formatUtcTime(intl: IntlShape, iso: string): string {
  const date = new Date(iso);
  const day = formatUtcDay(intl, iso);
  if (date.getUTCHours() === 0 && date.getUTCMinutes() === 0) return day;
  const time = intl.formatTime(date, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
  return intl.formatMessage(valueMessages.dateTime, { date: day, time });
}
