// The answer of an enrollment request, row by row, under the name of the file it came from: counts
// per result, a filter to the rows that need attention, pages of rows (numbered by their line in
// the file, when they came from one), and the whole report as a CSV download.
import { useId, useMemo, useState } from 'react';
import { Button, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { downloadCsv } from './download.ts';
import type { EnrollmentResult } from './enrollments-api.ts';
import { countResults, csvFileName, isProblem, reportCsv } from './enrollment-report.ts';
import { Pager } from './pager.tsx';
import { ResponsiveTable } from './responsive-table.tsx';
import { ResultBadge } from './status-badges.tsx';
import { messages } from './messages.ts';
import { formatWords } from '../../shared/intl/format-words.ts';

const PAGE_SIZE = 50;

interface NumberedResult extends EnrollmentResult {
  readonly row: number;
}

export function EnrollmentResults({
  pathKey,
  results,
  fileName = null,
}: {
  readonly pathKey: string;
  readonly results: readonly EnrollmentResult[];
  /** The CSV file the results are of; null for names typed in. */
  readonly fileName?: string | null;
}) {
  const intl = useIntl();
  const headingId = useId();
  const [problemsOnly, setProblemsOnly] = useState(false);
  const [offset, setOffset] = useState(0);
  const counts = useMemo(() => countResults(results), [results]);
  const shown = useMemo(
    () =>
      results
        .map((result, index): NumberedResult => ({ ...result, row: result.line ?? index + 1 }))
        .filter((result) => !problemsOnly || isProblem(result)),
    [results, problemsOnly],
  );

  return (
    <section aria-labelledby={headingId} className="mt-4">
      <h3 id={headingId} className="h4">
        {fileName === null
          ? intl.formatMessage(messages.resultsOfNames)
          : intl.formatMessage(messages.resultsOfFile, { name: fileName })}
      </h3>
      <p role="status">{intl.formatMessage(messages.resultCounts, { rows: results.length, ...counts })}</p>
      <div className="lp-row mb-2">
        <Form.Checkbox
          checked={problemsOnly}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
            setProblemsOnly(event.target.checked);
            setOffset(0);
          }}
        >
          {intl.formatMessage(messages.problemsOnly, { count: counts.invalid })}
        </Form.Checkbox>
        <Button
          variant="outline-primary"
          size="sm"
          onClick={() => downloadCsv(csvFileName(pathKey, 'enrollment-report'), reportCsv(intl, results))}
        >
          {intl.formatMessage(messages.downloadReport)}
        </Button>
      </div>
      {shown.length === 0 ? (
        <p>{intl.formatMessage(messages.noProblems)}</p>
      ) : (
        <ResponsiveTable
          caption={intl.formatMessage(messages.resultsTable)}
          rows={shown.slice(offset, offset + PAGE_SIZE)}
          rowKey={(result) => String(result.row)}
          columns={[
            {
              header: intl.formatMessage(fileName === null ? messages.rowColumn : messages.lineColumn),
              cell: (result) => result.row,
            },
            { header: intl.formatMessage(messages.learnerColumn), cell: (result) => result.learner },
            {
              header: intl.formatMessage(messages.resultColumn),
              cell: (result) => <ResultBadge result={result.result} />,
            },
            {
              header: intl.formatMessage(messages.detailColumn),
              cell: (result) => formatWords(intl, { text: result.detail, message: result.message }),
            },
          ]}
        />
      )}
      <Pager
        label={intl.formatMessage(messages.resultPages)}
        total={shown.length}
        limit={PAGE_SIZE}
        offset={offset}
        onChange={setOffset}
      />
    </section>
  );
}
