// One step of the outline: its course, the learner's results against what the step requires, what
// is still to do (the engine's words), why it is locked, why its course's dates allow no start and
// what to do, and whatever action the app adds (Learn: start or resume it; Studio's view: none).
import type { ReactNode } from 'react';
import { percent } from '@learning-paths/core';
import { useIntl } from 'react-intl';
import { formatUtcDay } from '../intl/utc-dates.ts';
import { CourseDates } from './course-dates.tsx';
import type { OutlineNode, OutlineStep as Step } from './outline-model.ts';
import { NodeNotes } from './node-notes.tsx';
import { messages } from './messages.ts';

function Results({ step, locked }: { readonly step: Step; readonly locked: boolean }) {
  const intl = useIntl();
  const course = step.course;
  if (!course) return <p className="mb-1">{intl.formatMessage(messages.courseMissing)}</p>;
  const parts: string[] = [];
  if (course.completion !== null)
    parts.push(intl.formatMessage(messages.completion, { value: percent(course.completion) }));
  if (course.grade !== null) parts.push(intl.formatMessage(messages.grade, { value: percent(course.grade) }));
  if (course.passed !== null)
    parts.push(intl.formatMessage(course.passed ? messages.passed : messages.notPassed));
  if (parts.length === 0 && locked && !course.enrolled) return null;
  if (parts.length === 0)
    return (
      <p className="mb-1">
        {intl.formatMessage(course.enrolled ? messages.enrolledInCourse : messages.noResults)}
      </p>
    );
  return (
    <p className="mb-1">
      {intl.formatMessage(messages.results)} {intl.formatList(parts, { type: 'unit' })}
    </p>
  );
}

/** A step of the outline, with its course. */
export type StepNode = OutlineNode & { readonly step: Step };

/** What an app adds under each step (Learn: the button to start it); none when absent. */
export type StepAction = (node: StepNode) => ReactNode;

export function OutlineStepDetails({
  node,
  action,
}: {
  readonly node: StepNode;
  readonly action?: StepAction | undefined;
}) {
  const intl = useIntl();
  const { course } = node.step;
  return (
    <div className="lp-step">
      {course && (
        <p className="small text-gray-700 mb-1">
          {course.title !== node.title && <>{course.title} · </>}
          {course.org && <>{course.org} · </>}
          <CourseDates startsAt={course.startsAt} endsAt={course.endsAt} dateState={course.dateState} />
        </p>
      )}
      <Results step={node.step} locked={node.status === 'locked'} />
      {node.summary && (
        <p className="mb-1">{intl.formatMessage(messages.required, { requirement: node.summary })}</p>
      )}
      <NodeNotes node={node} />
      <DateNote node={node} />
      {action?.(node)}
    </div>
  );
}

/** Why a step not completed offers no action by its course's dates, and what to do instead. */
function DateNote({ node }: { readonly node: OutlineNode & { readonly step: Step } }) {
  const intl = useIntl();
  const { course, run } = node.step;
  if (!course || node.status === 'completed') return null;
  if (run === 'ended' && course.endsAt !== null)
    return (
      <p className="lp-date-note mb-1">
        {intl.formatMessage(messages.stepEnded, { date: formatUtcDay(intl, course.endsAt) })}
      </p>
    );
  // A locked step's lock says when it opens; "start it then" would promise too much.
  if (run === 'upcoming' && course.startsAt !== null && node.status !== 'locked')
    return (
      <p className="lp-date-note mb-1">
        {intl.formatMessage(messages.stepUpcoming, { date: formatUtcDay(intl, course.startsAt) })}
      </p>
    );
  return null;
}
