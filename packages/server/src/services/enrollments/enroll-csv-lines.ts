// Use case: staff enroll the learners of a CSV file's first column (Studio's upload, the API's
// text/csv body). Each result says its line of the file; a line that is not CSV ("line 9: unmatched
// quote") is a result of its own, in its place, while the other lines are enrolled.
import type { CsvLine } from '../../formats/csv.ts';
import { pathForStaff } from '../paths/path-access.ts';
import {
  assertEnrollable,
  enrollLearners,
  type EnrollLearnersOptions,
  type EnrollmentResult,
} from './enroll-learners.ts';

/** How much of a line that is not CSV its result repeats. */
const SHOWN_TEXT = 100;

export async function enrollCsvLines(
  options: Omit<EnrollLearnersOptions, 'learners' | 'lines'> & { readonly lines: readonly CsvLine[] },
): Promise<EnrollmentResult[]> {
  const cells = options.lines.flatMap((line) => ('cell' in line ? [line] : []));
  const unreadable = options.lines.flatMap((line): EnrollmentResult[] =>
    'problem' in line
      ? [
          {
            learner: line.text.length > SHOWN_TEXT ? `${line.text.slice(0, SHOWN_TEXT)}…` : line.text,
            result: 'invalid',
            detail: line.problem.text,
            message: line.problem.message!,
            line: line.line,
          },
        ]
      : [],
  );
  // A file of unreadable lines only still needs a path the caller may enroll learners on.
  if (cells.length === 0) {
    assertEnrollable(await pathForStaff(options.data.paths, options.actor, options.pathKey));
    return unreadable;
  }
  const enrolled = await enrollLearners({
    ...options,
    learners: cells.map((line) => line.cell),
    lines: cells.map((line) => line.line),
  });
  // In the file's order; a learner a plugin's filter added has no line and comes first.
  return [...enrolled, ...unreadable].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
