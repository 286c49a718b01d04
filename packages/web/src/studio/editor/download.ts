// Saves a definition as a JSON file on the author's computer (the export of a draft or a version).
import { downloadText } from '../../shared/content/download.ts';

/** A file name from a path key, safe on every system: `path-v1_DemoU_DS_2026_spring-draft.json`. */
export function definitionFileName(key: string, suffix: string): string {
  return `${(key || 'new-path').replace(/[^A-Za-z0-9._-]+/g, '_')}-${suffix}.json`;
}

export function downloadJson(fileName: string, value: unknown): void {
  downloadText(fileName, JSON.stringify(value, null, 2) + '\n', 'application/json');
}
