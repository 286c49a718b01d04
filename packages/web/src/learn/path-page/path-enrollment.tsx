// Joining or leaving a public path (invite-only paths are joined and left through their staff),
// and, once enrolled, since when and whether the path is archived. Leaving asks first, in the apps'
// in-app dialog; once left, the focus goes to the Join button that took the Leave button's place.
import { useEffect, useRef, useState } from 'react';
import { Alert, Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { apiCall } from '../../shared/api/api-call.ts';
import { formatUtcDay } from '../../shared/intl/utc-dates.ts';
import { ConfirmDialog } from '../../shared/layout/confirm-dialog.tsx';
import type { PathPageData } from '../learn-api.ts';
import { ArchivedNotice } from './archived-notice.tsx';
import { messages as enrollmentMessages } from './enrollment-messages.ts';
import { messages } from './messages.ts';

export function PathEnrollment({
  page,
  onChanged,
}: {
  readonly page: PathPageData;
  readonly onChanged: () => void;
}) {
  const intl = useIntl();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const left = useRef(false);
  const join = useRef<HTMLButtonElement>(null);
  const enrolled = page.enrollment?.active === true;
  const isPublic = page.definition.visibility === 'public';
  useEffect(() => {
    if (!enrolled && left.current) {
      left.current = false;
      join.current?.focus();
    }
  }, [enrolled]);

  const change = async (method: 'post' | 'delete') => {
    setBusy(true);
    setError(null);
    try {
      await apiCall('/api/v1/me/paths/{key}/enrollment', method, { params: { key: page.key } });
      left.current = method === 'delete';
      setAsking(false);
      onChanged();
    } catch (caught) {
      setError(
        intl.formatMessage(messages.actionFailed, {
          reason: caught instanceof Error ? caught.message : String(caught),
        }),
      );
    }
    setBusy(false);
  };

  return (
    <div className="lp-enrollment">
      {enrolled && page.enrollment && (
        <p className="small mb-2">
          {intl.formatMessage(messages.enrolledOn, { date: formatUtcDay(intl, page.enrollment.enrolledAt) })}
        </p>
      )}
      {enrolled && page.archived && <ArchivedNotice />}
      {isPublic && !enrolled && (
        <>
          <p className="mb-2">{intl.formatMessage(messages.joinHint)}</p>
          <Button ref={join} variant="primary" disabled={busy} onClick={() => void change('post')}>
            {intl.formatMessage(messages.join)}
          </Button>
        </>
      )}
      {isPublic && enrolled && (
        <Button variant="outline-primary" size="sm" disabled={busy} onClick={() => setAsking(true)}>
          {intl.formatMessage(messages.leave)}
        </Button>
      )}
      <ConfirmDialog
        isOpen={asking}
        title={intl.formatMessage(enrollmentMessages.leaveTitle, { title: page.definition.title })}
        confirmLabel={intl.formatMessage(enrollmentMessages.leaveConfirm)}
        cancelLabel={intl.formatMessage(enrollmentMessages.leaveCancel)}
        variant="danger"
        busy={busy}
        error={asking ? error : null}
        onConfirm={() => void change('delete')}
        onCancel={() => {
          setAsking(false);
          setError(null);
        }}
      >
        <p className="mb-0">{intl.formatMessage(enrollmentMessages.leaveText)}</p>
      </ConfirmDialog>
      {error && !asking && (
        <Alert variant="danger" role="alert" className="mt-2 mb-0">
          {error}
        </Alert>
      )}
    </div>
  );
}
