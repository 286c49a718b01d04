// "Where learners are": how many of the path's learners stand at each step and in which position
// ("41 learners are waiting on Statistics"), each count a link to the learner list filtered to them
// (the filter kept in the page's query string, so the list can be bookmarked).
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router-dom';
import { whereWords } from './current-step.ts';
import type { StepCount } from './enrollments-api.ts';
import { DEFAULT_QUERY, writeLearnerQuery } from './learner-query.ts';
import { messages } from './messages.ts';

export function WhereLearnersAre({ counts }: { readonly counts: readonly StepCount[] }) {
  const intl = useIntl();
  const [params] = useSearchParams();
  const filtered = (entry: StepCount) =>
    writeLearnerQuery(
      { ...DEFAULT_QUERY, step: entry.stepId ?? '', position: entry.position },
      params,
    ).toString();
  return (
    <section id="where" aria-labelledby="where-heading" className="lp-section">
      <h2 id="where-heading" className="h3">
        {intl.formatMessage(messages.whereHeading)}
      </h2>
      {counts.length === 0 ? (
        <p>{intl.formatMessage(messages.whereNone)}</p>
      ) : (
        <ul className="lp-where">
          {counts.map((entry) => (
            <li key={`${entry.position}:${entry.stepId ?? ''}`}>
              {intl.formatMessage(messages.whereCount, {
                count: entry.count,
                where: whereWords(intl, entry.position, entry.stepTitle),
                link: (chunks) => (
                  <Link
                    to={{ search: `?${filtered(entry)}`, hash: '#learners' }}
                    className="font-weight-bold"
                  >
                    {chunks}
                  </Link>
                ),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
