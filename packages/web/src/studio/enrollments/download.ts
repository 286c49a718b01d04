// Hands a CSV report or export to the instructor as a file.
import { downloadText } from '../../shared/content/download.ts';

export function downloadCsv(fileName: string, text: string): void {
  downloadText(fileName, text, 'text/csv;charset=utf-8');
}
