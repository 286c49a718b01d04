// The editor's "Import file" dialog: the author picks a JSON or YAML definition, which replaces the
// editor's draft (not saved); a file with broken syntax, or that is no path, is refused with where.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { PathDefinition } from '@learning-paths/core';
import { DEFINITION_FILE_TYPES } from '../../definition-files.ts';
import { ProblemList } from '../../problem-list.tsx';
import { AppDialog } from '../../../shared/layout/app-dialog.tsx';
import { readDefinitionFile, type FileReading } from './read-definition-file.ts';
import { messages } from './messages.ts';

type Refusal =
  Exclude<FileReading, { kind: 'definition' }> | { readonly kind: 'unreadable'; readonly error: string };

export function ImportFileDialog({
  onImport,
  onClose,
}: {
  readonly onImport: (definition: PathDefinition, fileName: string) => void;
  readonly onClose: () => void;
}) {
  const intl = useIntl();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    setMissing(file === null);
    if (!file) return;
    let reading: FileReading;
    try {
      reading = readDefinitionFile(file.name, await file.text());
    } catch (error) {
      setRefusal({ kind: 'unreadable', error: (error as Error).message });
      return;
    }
    if (reading.kind === 'definition') onImport(reading.definition, file.name);
    else setRefusal(reading);
  };
  const title = intl.formatMessage(messages.title);
  const fileName = file?.name ?? '';
  return (
    <AppDialog
      title={title}
      onClose={onClose}
      cancelLabel={intl.formatMessage(messages.cancel)}
      action={<Button type="submit">{intl.formatMessage(messages.submit)}</Button>}
      onSubmit={(event: FormEvent) => void submit(event)}
    >
      <p>{intl.formatMessage(messages.help)}</p>
      {refusal && (
        <Alert variant="danger" role="alert">
          {refusal.kind === 'syntax' &&
            intl.formatMessage(messages.syntax, { file: fileName, problem: refusal.message })}
          {refusal.kind === 'unreadable' && intl.formatMessage(messages.unreadable, { error: refusal.error })}
          {refusal.kind === 'shape' && (
            <>
              <p className="mb-1">
                {intl.formatMessage(messages.shape, { file: fileName, count: refusal.problems.length })}
              </p>
              <ProblemList problems={refusal.problems} />
            </>
          )}
        </Alert>
      )}
      <Form.Group controlId="editor-import-file" isInvalid={missing}>
        <Form.Label>{intl.formatMessage(messages.file)}</Form.Label>
        <Form.Control
          type="file"
          accept={DEFINITION_FILE_TYPES}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
            setFile(event.target.files?.[0] ?? null);
            setMissing(false);
          }}
        />
        {missing && (
          <Form.Control.Feedback type="invalid">
            {intl.formatMessage(messages.chooseFile)}
          </Form.Control.Feedback>
        )}
      </Form.Group>
    </AppDialog>
  );
}
