// Validation problems as a list, each at its JSON pointer and in the author's language: those of a
// file or a request that was refused, in the dialogs and alerts that say so.
import { useIntl } from 'react-intl';
import type { Problem } from '@learning-paths/core';
import { formatProblem } from '../shared/intl/format-words.ts';

export function ProblemList({ problems }: { readonly problems: readonly Problem[] }) {
  const intl = useIntl();
  return (
    <ul className="mb-0">
      {problems.map((problem) => (
        <li key={`${problem.pointer}\n${problem.message}`}>
          <code>{problem.pointer || '/'}</code> {formatProblem(intl, problem)}
        </li>
      ))}
    </ul>
  );
}
