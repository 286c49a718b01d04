// The path's enrolled learners: filtered, sorted and paged on the server (state in the query
// string), each with status, where they stand, progress, tier and last activity, their name leading
// to their path as they see it; exported as CSV in words; unenrolled after a confirmation.
import { useState } from 'react';
import { Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { downloadCsv } from './download.ts';
import { currentStepWords, whereWords } from './current-step.ts';
import { csvFileName } from './enrollment-report.ts';
import { allLearners, unenrollLearner, type LearnerRow, type StepCount } from './enrollments-api.ts';
import { learnersCsv } from './learners-report.ts';
import { LearnerFilters } from './learner-filters.tsx';
import {
  learnerPageParams,
  readLearnerQuery,
  writeLearnerQuery,
  type LearnerQuery,
} from './learner-query.ts';
import { Pager } from './pager.tsx';
import { tierTitle, type TierOption } from './path-tiers.ts';
import { ResponsiveTable } from './responsive-table.tsx';
import { useApi } from '../../shared/api/use-api.ts';
import { PluginSlot } from '../../shared/plugins/plugin-slots.tsx';
import { STUDIO_SLOTS } from '../editor/plugin-slot-ids.ts';
import { learnerPageRoute } from '../learner/learner-route.ts';
import { useChangeNotice } from './use-change-notice.tsx';
import { CannotComplete, StatusBadge } from './status-badges.tsx';
import { messages } from './messages.ts';

const PAGE_SIZE = 25;

function ProgressCell({ learner }: { readonly learner: LearnerRow }) {
  const intl = useIntl();
  const percent = Math.round(learner.progress * 100);
  return (
    <div className="lp-progress">
      <div
        className="progress"
        role="progressbar"
        aria-label={intl.formatMessage(messages.progressOf, { name: learner.username })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <span className="small">{intl.formatNumber(learner.progress, { style: 'percent' })}</span>
    </div>
  );
}

/** "Showing the learners who are: waiting on Statistics." and the way back to everyone. */
function StepFilterNote({
  query,
  counts,
  onClear,
}: {
  readonly query: LearnerQuery;
  readonly counts: readonly StepCount[];
  readonly onClear: () => void;
}) {
  const intl = useIntl();
  if (query.step === '' && query.position === '') return null;
  const title = counts.find((entry) => entry.stepId === query.step)?.stepTitle ?? query.step;
  const where =
    query.position === '' ? title : whereWords(intl, query.position, query.step === '' ? null : title);
  return (
    <p className="lp-row mb-2">
      <span>{intl.formatMessage(messages.stepFilterNote, { where })}</span>
      <Button variant="link" size="sm" className="p-0" onClick={onClear}>
        {intl.formatMessage(messages.clearStepFilter)}
      </Button>
    </p>
  );
}

export function LearnersSection({
  pathKey,
  pathTitle,
  tiers,
  stepCounts,
  refresh,
  onChanged,
}: {
  readonly pathKey: string;
  readonly pathTitle: string;
  readonly tiers: readonly TierOption[];
  /** Where learners are (for the words of a step filter). */
  readonly stepCounts: readonly StepCount[];
  readonly refresh: number;
  readonly onChanged: () => void;
}) {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const query = readLearnerQuery(params);
  const { data, error } = useApi(
    '/api/v1/paths/{key}/enrollments',
    { params: { key: pathKey }, query: learnerPageParams(query, PAGE_SIZE) },
    refresh,
  );
  const [leaving, setLeaving] = useState<LearnerRow | null>(null);
  const { notice, announce, clear } = useChangeNotice(data);
  const [exportError, setExportError] = useState<Error | null>(null);

  const change = (update: Partial<LearnerQuery>) => {
    clear();
    setParams(writeLearnerQuery({ ...query, page: 1, ...update }, params), { replace: true });
  };
  const exportCsv = async () => {
    setExportError(null);
    try {
      const rows = await allLearners(pathKey, query);
      downloadCsv(csvFileName(pathKey, 'learners'), learnersCsv(intl, rows, tiers));
    } catch (caught) {
      setExportError(caught instanceof Error ? caught : new Error(String(caught)));
    }
  };
  const unenroll = async (learner: LearnerRow, reason: string) => {
    await unenrollLearner(pathKey, learner.username, reason);
    setLeaving(null);
    announce(intl.formatMessage(messages.unenrolled, { name: learner.username }));
    onChanged();
  };

  return (
    <section id="learners" aria-labelledby="learners-heading" className="lp-section">
      <div className="lp-row mb-2">
        <h2 id="learners-heading" className="h3 mb-0 mr-auto">
          {intl.formatMessage(messages.learnersHeading)}
        </h2>
        <Button variant="outline-primary" size="sm" onClick={() => void exportCsv()}>
          {intl.formatMessage(messages.exportCsv)}
        </Button>
      </div>
      {exportError && <ApiErrorAlert error={exportError} />}
      {notice}
      <LearnerFilters query={query} tiers={tiers} onChange={change} />
      <StepFilterNote query={query} counts={stepCounts} onClear={() => change({ step: '', position: '' })} />
      {error && <ApiErrorAlert error={error} />}
      {data?.items.length === 0 && <p>{intl.formatMessage(messages.noLearners)}</p>}
      {data && data.items.length > 0 && (
        <ResponsiveTable
          caption={intl.formatMessage(messages.learnersTable)}
          rows={data.items}
          rowKey={(learner) => learner.username}
          columns={[
            {
              header: intl.formatMessage(messages.learnerColumn),
              cell: (learner) => (
                <>
                  <Link to={learnerPageRoute(pathKey, learner.username)} className="d-block font-weight-bold">
                    {learner.displayName ?? learner.username}
                  </Link>
                  <span className="d-block small">{learner.username}</span>
                  {learner.email && <span className="d-block small text-break">{learner.email}</span>}
                </>
              ),
            },
            {
              header: intl.formatMessage(messages.statusColumn),
              cell: (learner) => (
                <>
                  <StatusBadge status={learner.status} />
                  <CannotComplete blockedBy={learner.blockedBy} />
                </>
              ),
            },
            {
              header: intl.formatMessage(messages.currentStepColumn),
              cell: (learner) => currentStepWords(intl, learner.currentStep),
            },
            {
              header: intl.formatMessage(messages.progressColumn),
              cell: (learner) => <ProgressCell learner={learner} />,
            },
            {
              header: intl.formatMessage(messages.tierColumn),
              cell: (learner) =>
                learner.currentTier === null
                  ? intl.formatMessage(messages.noTier)
                  : tierTitle(tiers, learner.currentTier),
            },
            {
              header: intl.formatMessage(messages.lastActivityColumn),
              cell: (learner) =>
                learner.lastActivity === null
                  ? intl.formatMessage(messages.noActivity)
                  : intl.formatDate(learner.lastActivity, { dateStyle: 'medium' }),
            },
            {
              header: intl.formatMessage(messages.enrolledColumn),
              cell: (learner) => intl.formatDate(learner.enrolledAt, { dateStyle: 'medium' }),
            },
            {
              header: intl.formatMessage(messages.actionsColumn),
              cell: (learner) => (
                <div className="lp-row">
                  <Button
                    variant="outline-danger"
                    size="sm"
                    aria-label={intl.formatMessage(messages.unenrollLearner, { name: learner.username })}
                    onClick={() => {
                      clear();
                      setLeaving(learner);
                    }}
                  >
                    {intl.formatMessage(messages.unenroll)}
                  </Button>
                  <PluginSlot id={STUDIO_SLOTS.learnerRowActions} props={{ pathKey, learner }} />
                </div>
              ),
            },
          ]}
        />
      )}
      {data && (
        <Pager
          label={intl.formatMessage(messages.learnerPages)}
          total={data.total}
          limit={PAGE_SIZE}
          offset={(query.page - 1) * PAGE_SIZE}
          onChange={(offset) => change({ page: offset / PAGE_SIZE + 1 })}
        />
      )}
      {leaving && (
        <ConfirmDialog
          title={intl.formatMessage(messages.unenrollTitle, { name: leaving.username })}
          confirmLabel={intl.formatMessage(messages.unenroll)}
          withReason
          onConfirm={(reason) => unenroll(leaving, reason)}
          onClose={() => setLeaving(null)}
        >
          <p>
            {intl.formatMessage(messages.unenrollBody, {
              name: leaving.displayName ?? leaving.username,
              path: pathTitle,
            })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
