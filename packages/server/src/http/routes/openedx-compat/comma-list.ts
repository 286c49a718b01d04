// Comma-separated lists as the Open edX plugin's bulk API takes them ("a@x.org, b@y.org"): the
// plugin keeps the spaces and then silently matches nothing; here items are trimmed and empty ones
// (a trailing comma) dropped.
export function splitCommaList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
