// Studio's view of one learner's path, for the path's staff: their pathway and milestones exactly as
// Learn shows them to the learner (the same components, from shared/path-view), read-only: no
// button starts a course for them. A learner or path not theirs to see is "not found", as the API says.
import { useEffect, useMemo } from 'react';
import { Spinner } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../shared/api/client.ts';
import { useApi } from '../../shared/api/use-api.ts';
import { ProgressBar } from '../../shared/progress/progress-bar.tsx';
import { StatusLabel } from '../../shared/progress/status-label.tsx';
import { buildOutline } from '../../shared/path-view/outline-model.ts';
import { PathOutline } from '../../shared/path-view/path-outline.tsx';
import type { PathPageData } from '../../shared/path-view/path-page-data.ts';
import { TierMilestones } from '../../shared/path-view/tier-milestones.tsx';
import { ApiErrorAlert } from '../enrollments/api-error-alert.tsx';
import { messages } from './messages.ts';
import './learner-path-page.css';

function LearnerPath({ page, username }: { readonly page: PathPageData; readonly username: string }) {
  const intl = useIntl();
  const root = useMemo(() => buildOutline(page, intl), [page, intl]);
  const title = page.definition.title;
  const rootResult = page.evaluation.nodes[page.definition.requirements.id]!;
  useEffect(() => {
    document.title = intl.formatMessage(messages.documentTitle, { name: username, title });
  }, [intl, username, title]);
  return (
    <>
      <h1 className="mb-2">{intl.formatMessage(messages.heading, { name: username, title })}</h1>
      <p className="lp-note">{intl.formatMessage(messages.readOnly, { name: username })}</p>
      <div className="lp-learner-progress mb-4">
        <StatusLabel status={rootResult.status} />
        <ProgressBar
          value={page.evaluation.progress}
          label={intl.formatMessage(messages.progress, { name: username, title })}
        />
        {page.enrollment && (
          <span className="small">
            {intl.formatMessage(page.enrollment.active ? messages.enrolledOn : messages.left, {
              date: intl.formatDate(page.enrollment.enrolledAt, { dateStyle: 'medium' }),
            })}
          </span>
        )}
      </div>
      <div className="lp-path-layout">
        <div>
          <PathOutline root={root} />
        </div>
        <div>
          <TierMilestones page={page} />
        </div>
      </div>
    </>
  );
}

export function LearnerPathPage() {
  const intl = useIntl();
  const { key = '', username = '' } = useParams();
  const { data, error } = useApi('/api/v1/learners/{username}/paths/{key}/page', {
    params: { key, username },
  });
  // The definition and evaluation are the engine's, which the OpenAPI document leaves open.
  const page = data as PathPageData | undefined;
  const back = (
    <Link to={`/paths/${encodeURIComponent(key)}/learners`} className="d-inline-block mb-2">
      {intl.formatMessage(messages.backToLearners, { title: page?.definition.title ?? key })}
    </Link>
  );
  if (error instanceof ApiError && error.status === 404)
    return (
      <>
        {back}
        <h1>{intl.formatMessage(messages.notFoundTitle)}</h1>
        <p>{intl.formatMessage(messages.notFoundBody, { username })}</p>
      </>
    );
  if (error) return <ApiErrorAlert error={error} />;
  if (!page)
    return (
      <div className="py-5 text-center">
        <Spinner animation="border" screenReaderText={intl.formatMessage(messages.loading)} />
      </div>
    );
  return (
    <>
      {back}
      <LearnerPath page={page} username={username} />
    </>
  );
}
