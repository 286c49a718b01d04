// Search-as-you-type in the course catalog: the author types part of a title or key, matching
// courses are listed as they type, each with when it runs and one button that picks it (to add it
// to a group, to change a step's course); a course already in the path is marked and cannot be
// picked again.
import { useState } from 'react';
import { Button, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { isStep } from '@learning-paths/core';
import { useEditor } from '../editor-context.tsx';
import { nodeEntries } from '../state/node-tree.ts';
import { courseRunText } from './course-run-text.ts';
import { useCourseSearch, type CatalogCourse } from './use-course-search.ts';
import { messages } from './messages.ts';

export function CourseSearch({
  inputId,
  label,
  pickText,
  pickLabel,
  onPick,
  autoFocus = false,
}: {
  readonly inputId: string;
  readonly label: string;
  /** The pick button's visible text ("Add", "Choose"). */
  readonly pickText: string;
  /** The pick button's full label, naming the course. */
  readonly pickLabel: (course: CatalogCourse) => string;
  readonly onPick: (course: CatalogCourse) => void;
  readonly autoFocus?: boolean;
}) {
  const intl = useIntl();
  const { definition } = useEditor();
  const [text, setText] = useState('');
  const search = useCourseSearch(text);
  const inPath = new Set(nodeEntries(definition).flatMap(({ node }) => (isStep(node) ? [node.course] : [])));
  return (
    <div className="course-search">
      <Form.Group controlId={inputId} className="mb-1">
        <Form.Label>{label}</Form.Label>
        <Form.Control
          type="search"
          autoComplete="off"
          autoFocus={autoFocus}
          value={text}
          placeholder={intl.formatMessage(messages.searchPlaceholder)}
          aria-describedby={`${inputId}-status`}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setText(event.target.value)}
        />
      </Form.Group>
      <p id={`${inputId}-status`} className="small text-gray-700 mb-1" aria-live="polite">
        {search.status === 'searching' && intl.formatMessage(messages.searching)}
        {search.status === 'failed' && intl.formatMessage(messages.searchFailed, { error: search.error })}
        {search.status === 'done' && intl.formatMessage(messages.found, { count: search.total })}
        {search.status === 'done' &&
          search.total > search.items.length &&
          ` ${intl.formatMessage(messages.moreFound, { shown: search.items.length, total: search.total })}`}
      </p>
      {search.status === 'done' && search.items.length > 0 && (
        <ul className="list-unstyled course-results">
          {search.items.map((course) => (
            <li key={course.key} className="course-result">
              <span>
                {course.title}
                <span className="d-block small text-gray-700">{course.key}</span>
                <span className="d-block small text-gray-700">{courseRunText(intl, course)}</span>
              </span>
              {inPath.has(course.key) ? (
                <span className="small text-gray-700">{intl.formatMessage(messages.inPath)}</span>
              ) : (
                <Button
                  size="sm"
                  variant="outline-primary"
                  aria-label={pickLabel(course)}
                  onClick={() => onPick(course)}
                >
                  {pickText}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
