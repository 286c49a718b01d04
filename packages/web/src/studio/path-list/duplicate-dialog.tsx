// Duplicates a path: the author gives the copy's key and title; the copy is created as a draft
// from the original's draft, and opened in the editor. Problems with the key or title are said
// at those fields, others above them.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import type { Problem } from '@learning-paths/core';
import { apiCall } from '../../shared/api/api-call.ts';
import { ApiError } from '../../shared/api/client.ts';
import { formatProblem } from '../../shared/intl/format-words.ts';
import { ProblemList } from '../problem-list.tsx';
import { AppDialog } from '../../shared/layout/app-dialog.tsx';
import type { PathSummary } from './use-path-list.ts';
import { messages } from './messages.ts';

/** A suggested key for a copy: the original's with "-copy" after its last part. */
function copyKey(key: string): string {
  return `${key}-copy`;
}

export function DuplicateDialog({
  path,
  onClose,
}: {
  readonly path: PathSummary;
  readonly onClose: () => void;
}) {
  const intl = useIntl();
  const navigate = useNavigate();
  const [key, setKey] = useState(copyKey(path.key));
  const [title, setTitle] = useState(intl.formatMessage(messages.copyOf, { title: path.title }));
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const at = (pointer: string) => problems.filter((problem) => problem.pointer === pointer);
  const elsewhere = problems.filter((problem) => problem.pointer !== '/key' && problem.pointer !== '/title');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblems([]);
    setError(null);
    try {
      const original = await apiCall('/api/v1/paths/{key}', 'get', { params: { key: path.key } });
      const created = await apiCall('/api/v1/paths', 'post', {
        body: { ...(original.draft as object), key, title },
      });
      navigate(`/paths/${encodeURIComponent(created.key)}`);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409)
        setProblems([{ pointer: '/key', message: caught.message }]);
      else if (caught instanceof ApiError && caught.problems.length > 0) setProblems(caught.problems);
      else setError((caught as Error).message);
      setBusy(false);
    }
  };
  const field = (
    pointer: string,
    id: string,
    label: string,
    value: string,
    set: (value: string) => void,
    help?: string,
  ) => (
    <Form.Group controlId={id} isInvalid={at(pointer).length > 0}>
      <Form.Label>{label}</Form.Label>
      <Form.Control
        value={value}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => set(event.target.value)}
      />
      {help && <Form.Control.Feedback type="default">{help}</Form.Control.Feedback>}
      {at(pointer).map((problem) => (
        <Form.Control.Feedback key={problem.message} type="invalid">
          {formatProblem(intl, problem)}
        </Form.Control.Feedback>
      ))}
    </Form.Group>
  );
  const dialogTitle = intl.formatMessage(messages.duplicateTitle, { title: path.title });
  return (
    <AppDialog
      title={dialogTitle}
      onClose={onClose}
      cancelLabel={intl.formatMessage(messages.cancel)}
      action={
        <Button type="submit" disabled={busy}>
          {intl.formatMessage(busy ? messages.working : messages.createCopy)}
        </Button>
      }
      onSubmit={(event: FormEvent) => void submit(event)}
    >
      <p>{intl.formatMessage(messages.duplicateHelp)}</p>
      {(error || elsewhere.length > 0) && (
        <Alert variant="danger" role="alert">
          {error}
          {elsewhere.length > 0 && <ProblemList problems={elsewhere} />}
        </Alert>
      )}
      {field(
        '/key',
        'duplicate-key',
        intl.formatMessage(messages.copyKey),
        key,
        setKey,
        intl.formatMessage(messages.copyKeyHelp),
      )}
      {field('/title', 'duplicate-title', intl.formatMessage(messages.copyTitle), title, setTitle)}
    </AppDialog>
  );
}
