// The usernames and emails an instructor typed or pasted: one per line, or separated by commas,
// semicolons or spaces, blanks dropped.
export function parseLearners(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}
