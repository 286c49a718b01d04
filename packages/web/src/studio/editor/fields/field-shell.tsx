// The frame of one labelled field: its label, the control (labelled by id), help text and the
// validation problems at its pointer, announced with the control (aria-describedby).
import type { ReactNode } from 'react';
import { Form } from '@openedx/paragon';
import { fieldId } from '../validation/field-pointers.ts';

export function FieldShell({
  pointer,
  label,
  help,
  problems,
  className,
  children,
}: {
  readonly pointer: string;
  readonly label: ReactNode;
  readonly help?: ReactNode;
  readonly problems: readonly string[];
  readonly className?: string;
  readonly children: ReactNode;
}) {
  return (
    <Form.Group controlId={fieldId(pointer)} isInvalid={problems.length > 0} className={className}>
      <Form.Label>{label}</Form.Label>
      {children}
      {help && <Form.Control.Feedback type="default">{help}</Form.Control.Feedback>}
      {problems.map((message) => (
        <Form.Control.Feedback key={message} type="invalid">
          {message}
        </Form.Control.Feedback>
      ))}
    </Form.Group>
  );
}

/** A group of controls (checkboxes, radios, several inputs) under a legend, with its problems. */
export function FieldsetShell({
  pointer,
  legend,
  help,
  problems,
  children,
}: {
  readonly pointer: string;
  readonly legend: ReactNode;
  readonly help?: ReactNode;
  readonly problems: readonly string[];
  readonly children: ReactNode;
}) {
  const id = fieldId(pointer);
  const described = [help ? `${id}-help` : '', problems.length > 0 ? `${id}-problems` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className="editor-fieldset mb-3"
      aria-describedby={described || undefined}
    >
      <legend className="h5 mb-2">{legend}</legend>
      {help && (
        <p id={`${id}-help`} className="small text-gray-700 mb-2">
          {help}
        </p>
      )}
      {children}
      {problems.length > 0 && (
        <div id={`${id}-problems`}>
          {problems.map((message) => (
            <Form.Text key={message} type="invalid">
              {message}
            </Form.Text>
          ))}
        </div>
      )}
    </fieldset>
  );
}
