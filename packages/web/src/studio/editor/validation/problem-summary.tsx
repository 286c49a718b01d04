// Every problem of the definition in one list above the editor, each with a button that shows
// and focuses its field, so that an author (and a screen-reader user) can go through them.
import { Alert, Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { PathDefinition, Problem } from '@learning-paths/core';
import { formatProblem } from '../../../shared/intl/format-words.ts';
import { locate } from './field-pointers.ts';
import { messages } from './messages.ts';

export function ProblemSummary({
  definition,
  problems,
  onShow,
}: {
  readonly definition: PathDefinition;
  readonly problems: readonly Problem[];
  readonly onShow: (pointer: string) => void;
}) {
  const intl = useIntl();
  if (problems.length === 0) return null;
  return (
    <Alert variant="warning" className="problem-summary">
      <h2 className="h5">{intl.formatMessage(messages.heading, { count: problems.length })}</h2>
      <ul className="mb-0">
        {problems.map((problem) => {
          const message = formatProblem(intl, problem);
          return (
            <li key={`${problem.pointer}\n${problem.message}`}>
              {intl.formatMessage(messages.where, {
                section: intl.formatMessage(messages[locate(definition, problem.pointer).section]),
                message,
              })}{' '}
              <Button
                variant="link"
                size="inline"
                aria-label={intl.formatMessage(messages.showLabel, { message })}
                onClick={() => onShow(problem.pointer)}
              >
                {intl.formatMessage(messages.show)}
              </Button>
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}
