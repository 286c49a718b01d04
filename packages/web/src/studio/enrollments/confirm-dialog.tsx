// Asks before a change that takes someone off a path (unenroll, cancel a pending enrollment),
// optionally with a reason for the audit log: the apps' one confirm dialog, with the action run
// here and a failure shown in it, which stays open.
import { useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { ConfirmDialog as AppConfirmDialog } from '../../shared/layout/confirm-dialog.tsx';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { ReasonField } from './reason-field.tsx';
import { messages } from './messages.ts';

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  withReason = false,
  onConfirm,
  onClose,
}: {
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly withReason?: boolean;
  /** Resolves when done (the caller then closes the dialog); a rejection is shown in the dialog. */
  readonly onConfirm: (reason: string) => Promise<void>;
  readonly onClose: () => void;
}) {
  const intl = useIntl();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reason);
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
      setBusy(false);
    }
  };
  return (
    <AppConfirmDialog
      title={title}
      confirmLabel={confirmLabel}
      cancelLabel={intl.formatMessage(messages.goBack)}
      variant="danger"
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      {children}
      {withReason && <ReasonField value={reason} onChange={setReason} />}
      {error && <ApiErrorAlert error={error} />}
    </AppConfirmDialog>
  );
}
