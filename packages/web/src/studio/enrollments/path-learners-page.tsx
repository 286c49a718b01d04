// Studio's enrollment management for one path: progress summary, where learners are (how many at
// each step), enroll (form or CSV), the learners with their progress, pending enrollments and the
// audit log. Every section reloads after
// a change made in any of them; a path the user is not staff of is "not found", as the API says.
import { useCallback, useEffect, useState } from 'react';
import { Spinner } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../shared/api/client.ts';
import { PluginSlot } from '../../shared/plugins/plugin-slots.tsx';
import { STUDIO_SLOTS } from '../editor/plugin-slot-ids.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { AuditSection } from './audit-section.tsx';
import { EnrollPanel } from './enroll-panel.tsx';
import { LearnersSection } from './learners-section.tsx';
import { pathTiers } from './path-tiers.ts';
import { PendingSection } from './pending-section.tsx';
import { ProgressSummary } from './progress-summary.tsx';
import { useApi } from '../../shared/api/use-api.ts';
import { WhereLearnersAre } from './where-learners-are.tsx';
import { messages } from './messages.ts';
import './enrollments.css';

const SECTIONS = [
  ['where', messages.whereHeading],
  ['enroll', messages.enrollHeading],
  ['learners', messages.learnersHeading],
  ['pending', messages.pendingHeading],
  ['audit', messages.auditHeading],
] as const;

function BackLink() {
  const intl = useIntl();
  return (
    <Link to="/" className="d-inline-block mb-2">
      {intl.formatMessage(messages.backToPaths)}
    </Link>
  );
}

export function PathLearnersPage() {
  const intl = useIntl();
  const { key = '' } = useParams();
  const [refresh, setRefresh] = useState(0);
  const changed = useCallback(() => setRefresh((count) => count + 1), []);
  // The summary is for staff only: its 404 says the path is not this user's to manage.
  const summary = useApi('/api/v1/paths/{key}/progress-summary', { params: { key } }, refresh);
  const path = useApi('/api/v1/paths/{key}', { params: { key } });
  const steps = useApi('/api/v1/paths/{key}/step-summary', { params: { key } }, refresh);
  const stepCounts = steps.data?.items ?? [];
  const title = path.data?.title ?? key;
  useEffect(() => {
    document.title = intl.formatMessage(messages.documentTitle, { title });
  }, [intl, title]);

  if (summary.error instanceof ApiError && summary.error.status === 404)
    return (
      <>
        <BackLink />
        <h1>{intl.formatMessage(messages.notFoundTitle)}</h1>
        <p>{intl.formatMessage(messages.notFoundBody, { key })}</p>
      </>
    );
  if (!summary.data)
    return summary.error ? (
      <ApiErrorAlert error={summary.error} />
    ) : (
      <div className="py-5 text-center">
        <Spinner animation="border" screenReaderText={intl.formatMessage(messages.loading)} />
      </div>
    );

  const tiers = pathTiers(path.data?.definition ?? null, summary.data.byTier);
  return (
    <>
      <BackLink />
      <h1 className="mb-1">
        <span className="d-block h5 mb-1">{intl.formatMessage(messages.pageTitle)}</span>
        {title}
      </h1>
      <p className="small text-gray-700 text-break">{key}</p>
      {path.data && path.data.status !== 'published' && (
        <p className="lp-note">{intl.formatMessage(messages.notPublished)}</p>
      )}
      <nav aria-label={intl.formatMessage(messages.sectionsLabel)} className="lp-jump mb-3">
        {SECTIONS.map(([id, label]) => (
          <a key={id} href={`#${id}`}>
            {intl.formatMessage(label)}
          </a>
        ))}
      </nav>
      {summary.error && <ApiErrorAlert error={summary.error} />}
      <ProgressSummary summary={summary.data} tiers={tiers} />
      {steps.error && <ApiErrorAlert error={steps.error} />}
      {steps.data && <WhereLearnersAre counts={stepCounts} />}
      <EnrollPanel pathKey={key} onEnrolled={changed} />
      <LearnersSection
        pathKey={key}
        pathTitle={title}
        tiers={tiers}
        stepCounts={stepCounts}
        refresh={refresh}
        onChanged={changed}
      />
      <PluginSlot id={STUDIO_SLOTS.learnersSections} props={{ pathKey: key }} />
      <PendingSection pathKey={key} refresh={refresh} onChanged={changed} />
      <AuditSection pathKey={key} refresh={refresh} />
    </>
  );
}
