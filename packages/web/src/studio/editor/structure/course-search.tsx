// Adds catalog courses to a group: the author types part of a title or key, matching courses are
// listed as they type, and each is added with one button (a course already in the path is marked).
import { useState } from 'react';
import { Button, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { isStep, type GroupNode } from '@learning-paths/core';
import { useEditor } from '../editor-context.tsx';
import { nodeEntries, nodeTitle } from '../state/node-tree.ts';
import { addNode, newStep } from '../state/tree-edits.ts';
import { useCourseSearch, type CatalogCourse } from './use-course-search.ts';
import { messages } from './messages.ts';

export function CourseSearch({ group }: { readonly group: GroupNode }) {
  const intl = useIntl();
  const { definition, edit, announce } = useEditor();
  const [text, setText] = useState('');
  const search = useCourseSearch(text);
  const groupTitle = nodeTitle(group);
  const inPath = new Set(nodeEntries(definition).flatMap(({ node }) => (isStep(node) ? [node.course] : [])));
  const add = (course: CatalogCourse) => {
    const step = newStep(definition, course);
    edit((current) => addNode(current, group.id, step));
    announce(intl.formatMessage(messages.added, { title: course.title, group: groupTitle }));
  };
  const inputId = `course-search-${group.id}`;
  return (
    <div className="course-search">
      <Form.Group controlId={inputId} className="mb-1">
        <Form.Label>{intl.formatMessage(messages.searchLabel, { group: groupTitle })}</Form.Label>
        <Form.Control
          type="search"
          autoComplete="off"
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
              </span>
              {inPath.has(course.key) ? (
                <span className="small text-gray-700">{intl.formatMessage(messages.inPath)}</span>
              ) : (
                <Button
                  size="sm"
                  variant="outline-primary"
                  aria-label={intl.formatMessage(messages.addCourseLabel, {
                    title: course.title,
                    group: groupTitle,
                  })}
                  onClick={() => add(course)}
                >
                  {intl.formatMessage(messages.addCourse)}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
