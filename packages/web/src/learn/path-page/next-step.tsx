// The suggested next step, lifted to the top of the page: what to do in it (the engine's words) and
// the button to start or resume it; or that the path is done, that everything left is locked, or
// that no course left runs now (and when the next opens).
import { useIntl, type IntlShape } from 'react-intl';
import type { PathEvaluation } from '@learning-paths/core';
import { formatUtcDay } from '../../shared/intl/utc-dates.ts';
import { messages } from './messages.ts';
import type { OutlineNode } from '../../shared/path-view/outline-model.ts';
import { messages as pathViewMessages } from '../../shared/path-view/messages.ts';
import { StartCourseButton, startKind } from './start-course-button.tsx';

export function NextStep({
  root,
  suggested,
  pathKey,
  canStart,
  evaluation,
  onChanged,
}: {
  readonly root: OutlineNode;
  readonly suggested: OutlineNode | undefined;
  readonly pathKey: string;
  readonly canStart: boolean;
  readonly evaluation: PathEvaluation;
  readonly onChanged: () => void;
}) {
  const intl = useIntl();
  const course = suggested?.step?.course;
  const kind = suggested?.step && course && startKind(suggested.status, course.enrolled, suggested.step.run);
  let body;
  if (root.status === 'completed') body = <p className="mb-0">{intl.formatMessage(messages.nextDone)}</p>;
  else if (!suggested) body = <p className="mb-0">{nothingNow(intl, evaluation)}</p>;
  else
    body = (
      <>
        <p className="h4 mb-1">
          <a href={`#node-${suggested.id}`}>{suggested.title}</a>
        </p>
        <p className="mb-2">
          {suggested.remaining ??
            intl.formatMessage(pathViewMessages.required, { requirement: suggested.summary })}
        </p>
        {canStart && suggested.step?.course?.inCatalog && kind ? (
          <StartCourseButton
            pathKey={pathKey}
            stepId={suggested.id}
            title={suggested.title}
            kind={kind}
            course={suggested.step.course}
            primary
            onChanged={onChanged}
          />
        ) : (
          !canStart && <p className="mb-0">{intl.formatMessage(messages.joinToStart)}</p>
        )}
      </>
    );
  return (
    <section aria-labelledby="next-title" className="lp-next mb-5">
      <h2 id="next-title" className="h3">
        {intl.formatMessage(messages.nextTitle)}
      </h2>
      {body}
    </section>
  );
}

/** Why no step is suggested: every step left is locked, or none of their courses runs now. */
function nothingNow(intl: IntlShape, { next, schedule }: PathEvaluation): string {
  if (schedule?.opensAt)
    return intl.formatMessage(messages.nextOpensOn, { date: formatUtcDay(intl, schedule.opensAt) });
  return intl.formatMessage(next.length > 0 ? messages.nextNoneNow : messages.nextNone);
}
