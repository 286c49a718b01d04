// A step's course: shown as its key, whether the step follows the course from run to run (`run:
// current`), and "Change course", which opens the catalog search; the course picked replaces the
// step's (and its title), and focus goes back to the button.
import { useRef, useState } from 'react';
import { Button, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { StepNode } from '@learning-paths/core';
import { useEditor } from '../editor-context.tsx';
import { FieldShell } from '../fields/field-shell.tsx';
import { useField } from '../fields/problems-context.tsx';
import { nodeTitle } from '../state/node-tree.ts';
import { changeCourse, updateNode } from '../state/tree-edits.ts';
import { fieldId } from '../validation/field-pointers.ts';
import { CourseSearch } from './course-search.tsx';
import type { CatalogCourse } from './use-course-search.ts';
import { messages } from './messages.ts';

export function ChangeCourse({ node, pointer }: { readonly node: StepNode; readonly pointer: string }) {
  const intl = useIntl();
  const { edit, announce } = useEditor();
  const { problems } = useField(`${pointer}/course`);
  const [searching, setSearching] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const title = nodeTitle(node);
  const pick = (course: CatalogCourse) => {
    edit((current) => changeCourse(current, node.id, course));
    setSearching(false);
    announce(intl.formatMessage(messages.courseChanged, { title: course.title }));
    toggle.current?.focus();
  };
  return (
    <>
      <FieldShell
        pointer={`${pointer}/course`}
        label={intl.formatMessage(messages.course)}
        problems={problems}
      >
        <Form.Control plaintext readOnly value={node.course} />
      </FieldShell>
      <Form.Group controlId={`${fieldId(pointer)}-follow`} className="mb-2">
        <Form.Checkbox
          checked={node.run === 'current'}
          aria-describedby={`${fieldId(pointer)}-follow-help`}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
            edit((current) =>
              updateNode(current, node.id, { run: event.target.checked ? 'current' : undefined }),
            )
          }
        >
          {intl.formatMessage(messages.followCourse)}
        </Form.Checkbox>
        <Form.Text id={`${fieldId(pointer)}-follow-help`}>
          {intl.formatMessage(messages.followCourseHelp, { course: node.course })}
        </Form.Text>
      </Form.Group>
      <Button
        ref={toggle}
        variant="outline-primary"
        size="sm"
        className="mb-3"
        aria-expanded={searching}
        aria-label={intl.formatMessage(messages.changeCourseLabel, { title })}
        onClick={() => setSearching(!searching)}
      >
        {intl.formatMessage(messages.changeCourse)}
      </Button>
      {searching && (
        <CourseSearch
          inputId={`change-course-${node.id}`}
          label={intl.formatMessage(messages.changeCourseSearch, { title })}
          pickText={intl.formatMessage(messages.chooseCourse)}
          pickLabel={(course) =>
            intl.formatMessage(messages.chooseCourseLabel, { course: course.title, title })
          }
          onPick={pick}
          autoFocus
        />
      )}
    </>
  );
}
