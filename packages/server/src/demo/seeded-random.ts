// A small seeded pseudo-random generator (mulberry32) and the few draws the demo needs, so that the
// same seed always gives the same institution: tests can rely on its counts.

/** A function returning numbers in [0, 1), like Math.random. */
export type Random = () => number;

export const DEMO_SEED = 20_260_501;

export function seededRandom(seed: number = DEMO_SEED): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A number in [min, max), rounded to two decimals (grades and completions read like real ones). */
export function between(random: Random, min: number, max: number): number {
  return Math.round((min + random() * (max - min)) * 100) / 100;
}

/** A whole number in [min, max]. */
export function wholeBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** The items in a random order (Fisher–Yates), leaving the array given alone. */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
