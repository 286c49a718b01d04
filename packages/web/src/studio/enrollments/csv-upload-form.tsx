// Enrolls the first column of a CSV file, chosen with the file input or dropped on the zone around
// it (a drop elsewhere on the page is ignored); the file's text goes to the server as text/csv,
// which answers a result per line (a malformed line included) or refuses the file, said here.
import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { Button, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { enrollCsv, type EnrollmentResult } from './enrollments-api.ts';
import { ReasonField } from './reason-field.tsx';
import { messages } from './messages.ts';
import { useSubmission } from './use-submission.ts';

const isCsv = (file: File) => file.type === 'text/csv' || file.name.toLowerCase().endsWith('.csv');

export function CsvUploadForm({
  pathKey,
  onStart,
  onResults,
}: {
  readonly pathKey: string;
  /** The upload starts: the results of an earlier one no longer stand. */
  readonly onStart: () => void;
  readonly onResults: (results: EnrollmentResult[], fileName: string) => void;
}) {
  const intl = useIntl();
  const headingId = useId();
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, error, run, clearError } = useSubmission();

  // A file dropped just beside the zone would otherwise replace the page with the file.
  useEffect(() => {
    const keepPage = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', keepPage);
    window.addEventListener('drop', keepPage);
    return () => {
      window.removeEventListener('dragover', keepPage);
      window.removeEventListener('drop', keepPage);
    };
  }, []);
  const choose = (chosen: File | undefined) => {
    clearError();
    setProblem(chosen && !isCsv(chosen) ? intl.formatMessage(messages.notCsv, { name: chosen.name }) : null);
    setFile(chosen && isCsv(chosen) ? chosen : null);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setProblem(intl.formatMessage(messages.fileMissing));
      return;
    }
    onStart();
    await run(async () => {
      onResults(await enrollCsv(pathKey, await file.text(), reason), file.name);
      setFile(null);
      setReason('');
      if (input.current) input.current.value = '';
    });
  };

  return (
    <Form aria-labelledby={headingId} onSubmit={(event: FormEvent) => void submit(event)} noValidate>
      <h3 id={headingId} className="h4">
        {intl.formatMessage(messages.csvHeading)}
      </h3>
      <div
        className={`lp-drop-zone${dragging ? ' is-dragging' : ''}`}
        data-testid="csv-drop-zone"
        onDragOver={(event: DragEvent) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <Form.Group controlId={fileId} isInvalid={problem !== null} className="mb-0">
          <Form.Label>{intl.formatMessage(messages.csvFile)}</Form.Label>
          <Form.Control
            ref={input}
            type="file"
            accept=".csv,text/csv"
            aria-invalid={problem !== null}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => choose(event.target.files?.[0])}
          />
          {problem ? (
            <Form.Control.Feedback type="invalid">{problem}</Form.Control.Feedback>
          ) : (
            <Form.Control.Feedback>
              {file
                ? intl.formatMessage(messages.fileChosen, { name: file.name })
                : intl.formatMessage(messages.csvHelp)}
            </Form.Control.Feedback>
          )}
        </Form.Group>
      </div>
      <ReasonField value={reason} onChange={setReason} />
      {error && <ApiErrorAlert error={error} />}
      <Button type="submit" disabled={busy}>
        {intl.formatMessage(busy ? messages.enrolling : messages.uploadCsv)}
      </Button>
    </Form>
  );
}
