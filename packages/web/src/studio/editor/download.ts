// Saves a definition as a JSON file on the author's computer (the export of a draft or a version).
import { downloadFileName } from '@learning-paths/core';
import { downloadText } from '../../shared/content/download.ts';

/** A file name from a path key, safe on every system: `path-v1_DemoU_DS_2026_spring-draft.json`. */
export function definitionFileName(key: string, suffix: string): string {
  return downloadFileName(key || 'new-path', suffix, 'json');
}

export function downloadJson(fileName: string, value: unknown): void {
  downloadText(fileName, JSON.stringify(value, null, 2) + '\n', 'application/json');
}
