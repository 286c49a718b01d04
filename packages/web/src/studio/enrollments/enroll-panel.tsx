// Enrolling learners on the path: by username or email, or from a CSV file, and the per-row
// results of the last request, named after what was sent; a new request clears them.
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { CsvUploadForm } from './csv-upload-form.tsx';
import { EnrollByNameForm } from './enroll-by-name-form.tsx';
import type { EnrollmentResult } from './enrollments-api.ts';
import { EnrollmentResults } from './enrollment-results.tsx';
import { messages } from './messages.ts';

export function EnrollPanel({
  pathKey,
  onEnrolled,
}: {
  readonly pathKey: string;
  readonly onEnrolled: () => void;
}) {
  const intl = useIntl();
  // Cleared when a request starts, so that a new answer starts its table afresh (first page, every
  // row) and an earlier answer is never read as the new one's.
  const [last, setLast] = useState<{
    readonly results: EnrollmentResult[];
    readonly fileName: string | null;
  } | null>(null);
  const clear = () => setLast(null);
  const show = (results: EnrollmentResult[], fileName: string | null = null) => {
    setLast({ results, fileName });
    onEnrolled();
  };
  return (
    <section id="enroll" aria-labelledby="enroll-heading" className="lp-section">
      <h2 id="enroll-heading" className="h3">
        {intl.formatMessage(messages.enrollHeading)}
      </h2>
      <div className="lp-enroll-ways">
        <div className="lp-card">
          <EnrollByNameForm pathKey={pathKey} onStart={clear} onResults={(results) => show(results)} />
        </div>
        <div className="lp-card">
          <CsvUploadForm pathKey={pathKey} onStart={clear} onResults={show} />
        </div>
      </div>
      {last && <EnrollmentResults pathKey={pathKey} results={last.results} fileName={last.fileName} />}
    </section>
  );
}
