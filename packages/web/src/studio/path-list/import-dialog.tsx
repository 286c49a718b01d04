// Imports a path definition file (JSON or YAML) through the API: a new key creates the path, a
// known one replaces its draft, optionally publishing it; then the path opens in the editor. The
// file's problems are listed with where they are.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import type { Problem } from '@learning-paths/core';
import { apiCall } from '../../shared/api/api-call.ts';
import { ApiError } from '../../shared/api/client.ts';
import { DEFINITION_FILE_TYPES, definitionFormat } from '../definition-files.ts';
import { ProblemList } from '../problem-list.tsx';
import { AppDialog } from '../../shared/layout/app-dialog.tsx';
import { messages } from './messages.ts';

/** The content type the API reads a file as: YAML by its name, else JSON. */
function fileContentType(name: string): string {
  return definitionFormat(name) === 'yaml' ? 'application/yaml' : 'application/json';
}

export function ImportDialog({ onClose }: { readonly onClose: () => void }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [publish, setPublish] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems([]);
    if (!file) {
      setError(intl.formatMessage(messages.chooseFile));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const imported = await apiCall('/api/v1/paths/import', 'post', {
        query: { publish: publish ? 'true' : 'false' },
        body: await file.text(),
        contentType: fileContentType(file.name),
      });
      navigate(`/paths/${encodeURIComponent(imported.key)}`);
    } catch (caught) {
      setError(intl.formatMessage(messages.importFailed, { error: (caught as Error).message }));
      if (caught instanceof ApiError) setProblems(caught.problems);
      setBusy(false);
    }
  };
  const title = intl.formatMessage(messages.importTitle);
  return (
    <AppDialog
      title={title}
      onClose={onClose}
      cancelLabel={intl.formatMessage(messages.cancel)}
      action={
        <Button type="submit" disabled={busy}>
          {intl.formatMessage(busy ? messages.working : messages.importButton)}
        </Button>
      }
      onSubmit={(event: FormEvent) => void submit(event)}
    >
      <p>{intl.formatMessage(messages.importHelp)}</p>
      {error && (
        <Alert variant="danger" role="alert">
          <p className="mb-1">{error}</p>
          {problems.length > 0 && (
            <>
              <p className="mb-1">
                {intl.formatMessage(messages.importProblems, { count: problems.length })}
              </p>
              <ProblemList problems={problems} />
            </>
          )}
        </Alert>
      )}
      <Form.Group controlId="import-file">
        <Form.Label>{intl.formatMessage(messages.file)}</Form.Label>
        <Form.Control
          type="file"
          accept={DEFINITION_FILE_TYPES}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setFile(event.target.files?.[0] ?? null)}
        />
      </Form.Group>
      <Form.Checkbox
        id="import-publish"
        checked={publish}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => setPublish(event.target.checked)}
      >
        {intl.formatMessage(messages.publishToo)}
      </Form.Checkbox>
    </AppDialog>
  );
}
