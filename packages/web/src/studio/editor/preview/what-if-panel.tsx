// The Preview section: the author sets an imaginary learner's results and a date, and sees the
// path as that learner would, evaluated live by core's engine in the browser: the progress and
// tier at the top, each course's status by its results, and the whole outcome beside them.
import { useMemo } from 'react';
import { Alert, Button, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { compilePath, percent, type PathDefinition } from '@learning-paths/core';
import { whatIfFacts, type WhatIfResults } from './what-if-facts.ts';
import { WhatIfInputs } from './what-if-inputs.tsx';
import { WhatIfOutcome } from './what-if-outcome.tsx';
import { messages } from './messages.ts';

/** What the author set up in the preview, kept by the editor while they work elsewhere. */
export interface WhatIf {
  readonly results: WhatIfResults;
  /** YYYY-MM-DD. */
  readonly date: string;
}

export function WhatIfPanel({
  definition,
  valid,
  whatIf,
  onChange,
}: {
  readonly definition: PathDefinition;
  readonly valid: boolean;
  readonly whatIf: WhatIf;
  readonly onChange: (whatIf: WhatIf) => void;
}) {
  const intl = useIntl();
  const { results, date } = whatIf;
  const setResults = (next: WhatIfResults) => onChange({ ...whatIf, results: next });
  const setDate = (next: string) => onChange({ ...whatIf, date: next });
  const path = useMemo(() => (valid ? compilePath(definition) : null), [definition, valid]);
  const evaluation = useMemo(
    () => (path && /^\d{4}-\d{2}-\d{2}$/.test(date) ? path.evaluate(whatIfFacts(results, date)) : null),
    [path, results, date],
  );
  if (!path)
    return (
      <>
        <h2 className="h3">{intl.formatMessage(messages.heading)}</h2>
        <Alert variant="warning">{intl.formatMessage(messages.invalid)}</Alert>
      </>
    );
  return (
    <>
      <h2 className="h3">{intl.formatMessage(messages.heading)}</h2>
      <p className="text-gray-700">{intl.formatMessage(messages.intro)}</p>
      <div className="button-row align-items-end mb-3">
        <Form.Group controlId="what-if-date" className="mb-0">
          <Form.Label>{intl.formatMessage(messages.date)}</Form.Label>
          <Form.Control
            type="date"
            value={date}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDate(event.target.value)}
          />
          <Form.Control.Feedback type="default">
            {intl.formatMessage(messages.dateHelp)}
          </Form.Control.Feedback>
        </Form.Group>
        <Button variant="tertiary" size="sm" onClick={() => setResults({})}>
          {intl.formatMessage(messages.clearAll)}
        </Button>
      </div>
      {evaluation && (
        <p className="h4 what-if-summary" aria-live="polite">
          {evaluation.completed
            ? intl.formatMessage(messages.completed)
            : intl.formatMessage(messages.progress, { percent: percent(evaluation.progress) })}
          {' · '}
          {evaluation.currentTier
            ? intl.formatMessage(messages.currentTier, { title: path.titleOf(evaluation.currentTier) })
            : intl.formatMessage(messages.noTier)}
        </p>
      )}
      <div className="what-if">
        <section aria-labelledby="what-if-results">
          <h3 id="what-if-results" className="h4">
            {intl.formatMessage(messages.results)}
          </h3>
          <WhatIfInputs
            definition={definition}
            results={results}
            evaluation={evaluation}
            onChange={setResults}
          />
        </section>
        <section aria-labelledby="what-if-outcome">
          <h3 id="what-if-outcome" className="h4">
            {intl.formatMessage(messages.outcome)}
          </h3>
          {evaluation && <WhatIfOutcome path={path} evaluation={evaluation} />}
        </section>
      </div>
    </>
  );
}
