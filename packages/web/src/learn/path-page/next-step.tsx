// The suggested next step, lifted to the top of the page: what to do in it (the engine's words) and
// the button to start or resume it; or that the path is done, or that everything left is locked.
import { useIntl } from 'react-intl';
import { messages } from './messages.ts';
import type { OutlineNode } from './outline-model.ts';
import { StartCourseButton, startKind } from './start-course-button.tsx';

export function NextStep({
  root,
  suggested,
  pathKey,
  canStart,
  onChanged,
}: {
  readonly root: OutlineNode;
  readonly suggested: OutlineNode | undefined;
  readonly pathKey: string;
  readonly canStart: boolean;
  readonly onChanged: () => void;
}) {
  const intl = useIntl();
  let body;
  if (root.status === 'completed') body = <p className="mb-0">{intl.formatMessage(messages.nextDone)}</p>;
  else if (!suggested) body = <p className="mb-0">{intl.formatMessage(messages.nextNone)}</p>;
  else
    body = (
      <>
        <p className="h4 mb-1">
          <a href={`#node-${suggested.id}`}>{suggested.title}</a>
        </p>
        <p className="mb-2">
          {suggested.remaining ?? intl.formatMessage(messages.required, { requirement: suggested.summary })}
        </p>
        {canStart && suggested.step?.course?.inCatalog ? (
          <StartCourseButton
            pathKey={pathKey}
            stepId={suggested.id}
            title={suggested.title}
            kind={startKind(suggested.status, suggested.step.course.enrolled)}
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
