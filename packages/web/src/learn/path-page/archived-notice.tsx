// The notice on an archived path's page, for a learner enrolled on it: what archiving means to them.
import { Alert } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { messages } from './enrollment-messages.ts';

export function ArchivedNotice() {
  const intl = useIntl();
  return (
    <Alert variant="warning" role="status" className="mt-2 mb-2">
      <p className="font-weight-bold mb-1">{intl.formatMessage(messages.archivedTitle)}</p>
      <p className="mb-0">{intl.formatMessage(messages.archivedText)}</p>
    </Alert>
  );
}
