// A course's run in words: its dates and whether it is open, no end only when the catalog says so.
import { createIntl } from 'react-intl';
import { expect, it } from 'vitest';
import { courseRunText } from './course-run-text.ts';

const intl = createIntl({ locale: 'en-GB', defaultLocale: 'en-GB', messages: {} });
const NOW = Date.parse('2026-03-01T00:00:00Z');

it('says when a course runs, and says nothing it does not know', () => {
  const run = (startsAt: string | null, endsAt: string | null) =>
    courseRunText(intl, { startsAt, endsAt }, NOW);
  expect(run('2026-01-05T00:00:00Z', '2026-02-20T00:00:00Z')).toBe(
    '5 January 2026 – 20 February 2026 · ended',
  );
  expect(run('2026-01-05T00:00:00Z', '2026-06-30T00:00:00Z')).toBe('5 January 2026 – 30 June 2026 · open');
  expect(run('2026-04-01T00:00:00Z', null)).toBe(
    'From 1 April 2026, self-paced, no end date · not started yet',
  );
  expect(run(null, '2026-06-30T00:00:00Z')).toBe('Until 30 June 2026 · open');
  expect(courseRunText(intl, null, NOW)).toBe('Not in the catalog');
  expect(courseRunText(intl, undefined, NOW)).toBeNull();
});
