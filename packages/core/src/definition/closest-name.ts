// "Did you mean …?" suggestions: the known name nearest to a misspelt one, and the sentence with it.
import { wording, type Message, type Wording } from '../registry/wording.ts';

/** The candidate within edit distance 2 of `name` (the nearest), or undefined. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * `text` with ` (did you mean "guess"?)` after it when there is a guess: message `id`, or `id.guess`
 * with the guess among the values, so that each is a whole sentence for translators.
 */
export function withGuess(text: string, id: string, values: Message['values'], guess?: string): Wording {
  if (guess === undefined) return wording(text, id, values);
  return wording(`${text} (did you mean "${guess}"?)`, `${id}.guess`, { ...values, guess });
}

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
