// Joining or leaving a public path (invite-only paths are joined and left through their staff),
// and, once enrolled, since when.
import { useState } from 'react';
import { Alert, Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { apiCall } from '../../shared/api/api-call.ts';
import { formatUtcDay } from '../../shared/intl/utc-dates.ts';
import type { PathPageData } from '../learn-api.ts';
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
  const enrolled = page.enrollment?.active === true;
  const isPublic = page.definition.visibility === 'public';

  const change = async (method: 'post' | 'delete') => {
    if (
      method === 'delete' &&
      !window.confirm(intl.formatMessage(messages.leaveConfirm, { title: page.definition.title }))
    )
      return;
    setBusy(true);
    setError(null);
    try {
      await apiCall('/api/v1/me/paths/{key}/enrollment', method, { params: { key: page.key } });
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
      {isPublic && !enrolled && (
        <>
          <p className="mb-2">{intl.formatMessage(messages.joinHint)}</p>
          <Button variant="primary" disabled={busy} onClick={() => void change('post')}>
            {intl.formatMessage(messages.join)}
          </Button>
        </>
      )}
      {isPublic && enrolled && (
        <Button variant="outline-primary" size="sm" disabled={busy} onClick={() => void change('delete')}>
          {intl.formatMessage(messages.leave)}
        </Button>
      )}
      {error && (
        <Alert variant="danger" role="alert" className="mt-2 mb-0">
          {error}
        </Alert>
      )}
    </div>
  );
}
