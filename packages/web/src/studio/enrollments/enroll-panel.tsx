// Enrolling learners on the path: by username or email, or from a CSV file, and the per-row
// results of the last request.
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
  // Numbered so that a new answer starts its table afresh (first page, every row).
  const [last, setLast] = useState<{ readonly id: number; readonly results: EnrollmentResult[] } | null>(
    null,
  );
  const show = (results: EnrollmentResult[]) => {
    setLast((previous) => ({ id: (previous?.id ?? 0) + 1, results }));
    onEnrolled();
  };
  return (
    <section id="enroll" aria-labelledby="enroll-heading" className="lp-section">
      <h2 id="enroll-heading" className="h3">
        {intl.formatMessage(messages.enrollHeading)}
      </h2>
      <div className="lp-enroll-ways">
        <div className="lp-card">
          <EnrollByNameForm pathKey={pathKey} onResults={show} />
        </div>
        <div className="lp-card">
          <CsvUploadForm pathKey={pathKey} onResults={show} />
        </div>
      </div>
      {last && <EnrollmentResults key={last.id} pathKey={pathKey} results={last.results} />}
    </section>
  );
}
