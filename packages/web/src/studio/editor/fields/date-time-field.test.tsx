// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './date-time-field.tsx';

it('shows release dates in UTC, whatever offset they were written with, and stores them with Z', () => {
  expect(toLocalInput('2026-05-01T00:00:00Z')).toBe('2026-05-01T00:00');
  expect(toLocalInput('2026-05-01T02:30:00+02:00')).toBe('2026-05-01T00:30');
  expect(toLocalInput('not a date')).toBe('');
  expect(toLocalInput(undefined)).toBe('');
  expect(fromLocalInput('2026-05-01T00:00')).toBe('2026-05-01T00:00:00Z');
  expect(fromLocalInput('2026-05-01T00:00:30')).toBe('2026-05-01T00:00:30Z');
  expect(fromLocalInput('')).toBeUndefined();
});
