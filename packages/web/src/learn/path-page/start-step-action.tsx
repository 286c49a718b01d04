// What Learn adds under each step of the outline: the button to start, resume or review its course,
// once the learner is on the path and the step and its course's dates allow it.
import type { StepAction } from '../../shared/path-view/outline-step.tsx';
import { StartCourseButton, startKind } from './start-course-button.tsx';

export function startStepAction(pathKey: string, canStart: boolean, onChanged: () => void): StepAction {
  return (node) => {
    const { course, run } = node.step;
    const kind = course && startKind(node.status, course.enrolled, run);
    if (!canStart || node.status === 'locked' || !course?.inCatalog || !kind) return null;
    return (
      <StartCourseButton
        pathKey={pathKey}
        stepId={node.id}
        title={node.title}
        kind={kind}
        course={course}
        primary={node.suggested}
        onChanged={onChanged}
      />
    );
  };
}
