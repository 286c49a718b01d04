// Asks before leaving the editor with unsaved changes: the browser asks when the page itself goes
// (closing, reloading, another site, the header's links), and this dialog when a link inside
// Studio is followed.
import { useEffect, useState, type MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useIntl } from 'react-intl';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { messages } from './messages.ts';

export function useLeaveGuard(dirty: boolean) {
  const intl = useIntl();
  const navigate = useNavigate();
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
  /** The click handler of a Studio link to `to`: with unsaved changes, asks first. */
  const guard = (to: string) => (event: MouseEvent) => {
    if (!dirty || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    setPending(to);
  };
  const dialog = (
    <ConfirmDialog
      isOpen={pending !== null}
      title={intl.formatMessage(messages.leaveTitle)}
      confirmLabel={intl.formatMessage(messages.leave)}
      cancelLabel={intl.formatMessage(messages.stay)}
      variant="danger"
      onCancel={() => setPending(null)}
      onConfirm={() => {
        const to = pending!;
        setPending(null);
        navigate(to);
      }}
    >
      {intl.formatMessage(messages.leaveBody)}
    </ConfirmDialog>
  );
  return { guard, dialog };
}
