// When a learner's digest is due: from the digest hour of each UTC day, once a day, whatever the
// hourly runs' drift.
import { describe, expect, it } from 'vitest';
import { digestDue } from '../src/digest.ts';

describe('digestDue', () => {
  it('waits for the digest hour of the day', () => {
    expect(digestDue('2030-01-10T06:59:59.000Z', 7, null)).toBe(false);
    expect(digestDue('2030-01-10T07:00:00.000Z', 7, null)).toBe(true);
  });

  it('sends at most one digest a day', () => {
    expect(digestDue('2030-01-10T08:10:00.000Z', 7, '2030-01-10T07:05:00.000Z')).toBe(false);
    expect(digestDue('2030-01-10T23:59:00.000Z', 7, '2030-01-10T07:05:00.000Z')).toBe(false);
    expect(digestDue('2030-01-11T07:04:00.000Z', 7, '2030-01-10T07:05:00.000Z')).toBe(true);
  });

  it('makes up for a run that drifted past the hour', () => {
    expect(digestDue('2030-01-11T08:01:00.000Z', 7, '2030-01-10T07:59:00.000Z')).toBe(true);
  });

  it('takes midnight as an hour like any other', () => {
    expect(digestDue('2030-01-10T00:00:30.000Z', 0, '2030-01-09T00:10:00.000Z')).toBe(true);
    expect(digestDue('2030-01-10T23:00:00.000Z', 0, '2030-01-10T00:00:30.000Z')).toBe(false);
  });
});
