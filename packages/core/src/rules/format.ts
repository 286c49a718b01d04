// Number and list wording shared by the built-in rules' explanations.

/**
 * A fraction as a whole percentage, rounded down so that 69.6% never reads as the 70% it has not
 * reached; the tiny offset absorbs binary noise (0.29 * 100 is 28.999999999999996).
 */
export function percent(fraction: number): string {
  const whole = wholePercent(fraction);
  // Explanations are written for every learner on every evaluation: reuse the common strings.
  return PERCENTS[whole] ?? `${whole}%`;
}

/** A fraction rounded down as `percent` rounds it, for a message that a UI shows as a percentage. */
export function percentValue(fraction: number): number {
  return wholePercent(fraction) / 100;
}

function wholePercent(fraction: number): number {
  return Math.floor(fraction * 100 + 1e-9);
}

const PERCENTS: readonly string[] = Array.from({ length: 101 }, (_, whole) => `${whole}%`);

/** A number without trailing zeros: 3, 2.5. */
export function formatNumber(value: number): string {
  return String(roundedNumber(value));
}

/** A number rounded to two decimals, as `formatNumber` writes it: for messages. */
export function roundedNumber(value: number): number {
  return Math.round(value * 100) / 100;
}

/** "credit" or "credits". */
export function plural(count: number, singular: string, pluralForm = singular + 's'): string {
  return count === 1 ? singular : pluralForm;
}

/** Joins clauses with "and", lower-casing the first letter of every clause after the first. */
export function joinClauses(clauses: readonly string[]): string {
  let text = clauses[0] ?? '';
  for (let i = 1; i < clauses.length; i++)
    text += ' and ' + clauses[i]![0]!.toLowerCase() + clauses[i]!.slice(1);
  return text;
}

/** A fact read as a number in 0..1, absent or malformed counting as 0. */
export function fraction(value: unknown): number {
  return typeof value === 'number' && value > 0 ? (value < 1 ? value : 1) : 0;
}
