// Asks before leaving the editor with unsaved changes: the browser asks when the page itself goes
// (closing, reloading, another site, the header's links to Learn), and this dialog when Studio's
// router would move elsewhere (its links, the browser's Back and Forward).
import { useEffect } from 'react';
import { NavigationType, useBlocker } from 'react-router-dom';
import { useIntl } from 'react-intl';
import { ConfirmDialog } from '../../shared/layout/confirm-dialog.tsx';
import { messages } from './messages.ts';

export function useLeaveGuard(dirty: boolean) {
  const intl = useIntl();
  // A replacing navigation is the editor's own, to the address the first save gave the path.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation, historyAction }) =>
      dirty && historyAction !== NavigationType.Replace && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
  return (
    <ConfirmDialog
      isOpen={blocker.state === 'blocked'}
      title={intl.formatMessage(messages.leaveTitle)}
      confirmLabel={intl.formatMessage(messages.leave)}
      cancelLabel={intl.formatMessage(messages.stay)}
      variant="danger"
      onCancel={() => blocker.reset?.()}
      onConfirm={() => blocker.proceed?.()}
    >
      {intl.formatMessage(messages.leaveBody)}
    </ConfirmDialog>
  );
}
