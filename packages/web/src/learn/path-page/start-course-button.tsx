// Start, resume or review a step's course: the API enrolls the learner through the path (even in an
// invite-only course) and answers where the course is; the browser then goes there. When the API
// refuses, the learner is told in their language: a step locked since the page loaded reloads the
// page, which then says why; another organisation's invite-only course it does not share (any
// more) with the path's organisation is said to be so; a failing course platform asks to try
// again later; a course that has ended or not started since reloads the page, which then says
// when; one slow to answer has the enrollment queued, and the learner is asked to come
// back in a minute rather than sent to a course that does not know them yet.
import { useState } from 'react';
import { Alert, Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { parsePathKey, type RunState } from '@learning-paths/core';
import { apiCall } from '../../shared/api/api-call.ts';
import { ApiError } from '../../shared/api/client.ts';
import { messages } from './messages.ts';

/** Leaving for the LMS; a seam so component tests can watch it. */
export const leaveFor = { url: (url: string) => window.location.assign(url) };

export function StartCourseButton({
  pathKey,
  stepId,
  title,
  kind,
  course,
  primary = false,
  onChanged,
}: {
  readonly pathKey: string;
  readonly stepId: string;
  /** The step's title, so the button's name says which course. */
  readonly title: string;
  readonly kind: 'start' | 'resume' | 'review';
  /** The step's course as the catalog has it: whose it is, and whether it is invite-only. */
  readonly course: { readonly org: string; readonly inviteOnly: boolean };
  readonly primary?: boolean;
  /** Called when the page's data changed: enrolled in a course that has no address to go to. */
  readonly onChanged: () => void;
}) {
  const intl = useIntl();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ variant: 'danger' | 'info'; text: string } | null>(null);
  const action = intl.formatMessage(messages[kind]);

  const start = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const started = await apiCall('/api/v1/me/paths/{key}/steps/{step}/start', 'post', {
        params: { key: pathKey, step: stepId },
      });
      if (started.lms === 'queued') {
        setNotice({ variant: 'info', text: intl.formatMessage(messages.startQueued, { title }) });
        setBusy(false);
        return;
      }
      if (started.launchUrl) {
        leaveFor.url(started.launchUrl);
        return;
      }
      setNotice({ variant: 'info', text: intl.formatMessage(messages.startedNoUrl, { title }) });
      onChanged();
    } catch (caught) {
      const status = caught instanceof ApiError ? caught.status : 0;
      if (status === 403) {
        // Refused though the page showed it open: locked since, or its owner no longer shares it.
        const text =
          course.inviteOnly && course.org !== parsePathKey(pathKey).org
            ? intl.formatMessage(messages.startNotShared, { title, owner: course.org })
            : intl.formatMessage(messages.startLockedNow, { title });
        setNotice({ variant: 'danger', text });
        onChanged();
      } else if (status === 409) {
        // Its course has not started, or has ended, since the page loaded.
        setNotice({ variant: 'danger', text: intl.formatMessage(messages.startClosedNow, { title }) });
        onChanged();
      } else if (status === 502)
        setNotice({ variant: 'danger', text: intl.formatMessage(messages.startLmsDown, { title }) });
      else {
        // Anything else is unexpected: the API's own words, for whoever the learner asks for help.
        const reason = caught instanceof Error ? caught.message : String(caught);
        setNotice({ variant: 'danger', text: intl.formatMessage(messages.startFailed, { title, reason }) });
      }
    }
    setBusy(false);
  };

  return (
    <div className="lp-start">
      <Button
        variant={primary ? 'primary' : 'outline-primary'}
        size={primary ? undefined : 'sm'}
        disabled={busy}
        aria-label={busy ? undefined : intl.formatMessage(messages.actionNamed, { action, title })}
        onClick={() => void start()}
      >
        {busy ? intl.formatMessage(messages.starting) : action}
      </Button>
      {notice && (
        <Alert variant={notice.variant} role="alert" className="mt-2 mb-0">
          {notice.text}
        </Alert>
      )}
    </div>
  );
}

/**
 * Which action a step offers: review once completed, resume once enrolled or begun, else start; none
 * while its course has not started, nor once it has ended unless completed (the LMS keeps an ended
 * course open to its learners, so review stays).
 */
export function startKind(
  status: string,
  enrolled: boolean,
  run: RunState | null = null,
): 'start' | 'resume' | 'review' | null {
  if (run === 'upcoming') return null;
  if (status === 'completed') return 'review';
  if (run === 'ended') return null;
  return enrolled || status === 'in_progress' ? 'resume' : 'start';
}
