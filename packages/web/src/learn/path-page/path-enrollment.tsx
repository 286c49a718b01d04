// Joining or leaving a public path (invite-only paths are joined and left through their staff),
// and, once enrolled, since when.
import { useState } from 'react';
import { Alert, Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { api } from '../../shared/api/client.ts';
import { formatUtcDay } from '../../shared/intl/utc-dates.ts';
import { learnerApi, type PathPageData } from '../learn-api.ts';
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

  const change = async (method: 'POST' | 'DELETE') => {
    if (
      method === 'DELETE' &&
      !window.confirm(intl.formatMessage(messages.leaveConfirm, { title: page.definition.title }))
    )
      return;
    setBusy(true);
    setError(null);
    try {
      await api(learnerApi.enrollment(page.key), { method });
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
          <Button variant="primary" disabled={busy} onClick={() => void change('POST')}>
            {intl.formatMessage(messages.join)}
          </Button>
        </>
      )}
      {isPublic && enrolled && (
        <Button variant="outline-primary" size="sm" disabled={busy} onClick={() => void change('DELETE')}>
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
