// The imaginary learner's results, one fieldset per course of the path (with the status they
// give it): completion, grade, enrolled and passed, with shortcuts for full marks and clearing.
import { Button, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { isStep, type PathDefinition, type PathEvaluation } from '@learning-paths/core';
import { NumberInput } from '../fields/number-field.tsx';
import { nodeEntries, nodeTitle } from '../state/node-tree.ts';
import { withFields } from '../state/references.ts';
import { StatusBadge } from './status-badge.tsx';
import { COMPLETED, type WhatIfResult, type WhatIfResults } from './what-if-facts.ts';
import { messages } from './messages.ts';

export function WhatIfInputs({
  definition,
  results,
  evaluation,
  onChange,
}: {
  readonly definition: PathDefinition;
  readonly results: WhatIfResults;
  /** What the results give, to show each course's status where its results are set. */
  readonly evaluation: PathEvaluation | null;
  readonly onChange: (results: WhatIfResults) => void;
}) {
  const intl = useIntl();
  const steps = nodeEntries(definition).flatMap(({ node }) => (isStep(node) ? [node] : []));
  const set = (course: string, result: WhatIfResult | undefined) =>
    onChange(withFields(results, { [course]: result }));
  const patch = (course: string, field: keyof WhatIfResult, value: unknown) =>
    set(course, withFields(results[course] ?? {}, { [field]: value }));
  return (
    <div className="what-if-inputs">
      {steps.map((step) => {
        const result = results[step.course] ?? {};
        const title = nodeTitle(step);
        const id = `what-if-${step.id}`;
        const checkbox = (field: 'enrolled' | 'passed', label: string) => (
          <Form.Checkbox
            id={`${id}-${field}`}
            checked={result[field] === true}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
              patch(step.course, field, event.target.checked || undefined)
            }
          >
            {label}
          </Form.Checkbox>
        );
        const percentage = (field: 'completion' | 'grade', label: string) => (
          <Form.Group controlId={`${id}-${field}`} className="mb-2">
            <Form.Label>{label}</Form.Label>
            <NumberInput
              value={result[field]}
              scale={100}
              max={100}
              onChange={(value) => patch(step.course, field, value)}
            />
          </Form.Group>
        );
        return (
          <fieldset key={step.id} className="what-if-course editor-fieldset mb-3">
            <legend className="h5 mb-2">
              {title} {evaluation && <StatusBadge status={evaluation.nodes[step.id]!.status} />}
            </legend>
            <div className="what-if-numbers">
              {percentage('completion', intl.formatMessage(messages.completion))}
              {percentage('grade', intl.formatMessage(messages.grade))}
            </div>
            <div className="what-if-checks">
              {checkbox('enrolled', intl.formatMessage(messages.enrolled))}
              {checkbox('passed', intl.formatMessage(messages.passed))}
              <span className="button-row what-if-shortcuts">
                <Button
                  size="sm"
                  variant="outline-primary"
                  aria-label={intl.formatMessage(messages.completeLabel, { title })}
                  onClick={() => set(step.course, COMPLETED)}
                >
                  {intl.formatMessage(messages.complete)}
                </Button>
                <Button
                  size="sm"
                  variant="tertiary"
                  aria-label={intl.formatMessage(messages.clearLabel, { title })}
                  onClick={() => set(step.course, undefined)}
                >
                  {intl.formatMessage(messages.clear)}
                </Button>
              </span>
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
