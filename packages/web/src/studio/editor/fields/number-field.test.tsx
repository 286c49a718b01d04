// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { formatScaled, parseScaled } from './number-field.tsx';

it('shows fractions as percentages without binary noise, and reads typed text back', () => {
  expect(formatScaled(0.7, 100)).toBe('70');
  expect(formatScaled(0.875, 100)).toBe('87.5');
  expect(formatScaled(undefined, 100)).toBe('');
  expect(parseScaled('70', 100)).toBe(0.7);
  expect(parseScaled(' ', 1)).toBeUndefined();
  expect(parseScaled('abc', 1)).toBeUndefined();
});
