// What happened to a learner's approvals on the path, newest first, in sentences.
import { useId } from 'react';
import { useIntl } from 'react-intl';
import type { AuditEntry, StepApproval } from '../views.ts';
import { messages } from './messages.ts';
import { LIST, USER_TEXT } from './styles.ts';

export function History({
  entries,
  steps,
}: {
  readonly entries: readonly AuditEntry[];
  readonly steps: readonly StepApproval[];
}) {
  const intl = useIntl();
  const id = useId();
  if (entries.length === 0) return null;
  const titleOf = (step: string) => steps.find((candidate) => candidate.step === step)?.title ?? step;
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="h4">
        {intl.formatMessage(messages.history)}
      </h3>
      <ul className="small" style={LIST}>
        {entries.map((entry) => (
          <li key={entry.id}>
            {intl.formatMessage(messages.historyEntry, {
              date: intl.formatDate(entry.at, { dateStyle: 'medium', timeStyle: 'short' }),
              action: entry.action,
              step: titleOf(entry.step),
              actor: entry.actor,
            })}
            {entry.comment !== null && (
              <q className="d-block text-gray-700" style={USER_TEXT}>
                {entry.comment}
              </q>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
