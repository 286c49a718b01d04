// A question before an action (leave a path? archive it?) as the apps' one in-app dialog: a title,
// what the action does, the answer that acts (red when it takes something away) and the one that
// goes back, which has the focus first. While the action runs, its button says so and the dialog
// stays; a failure is shown inside it. The caller gives every text translated.
import type { ReactNode } from 'react';
import { Alert, Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { AppDialog } from './app-dialog.tsx';
import { messages } from './messages.ts';

export function ConfirmDialog({
  isOpen = true,
  title,
  children,
  confirmLabel,
  cancelLabel,
  variant = 'primary',
  busy = false,
  error = null,
  onConfirm,
  onCancel,
}: {
  readonly isOpen?: boolean;
  readonly title: string;
  /** What the action does, in a sentence or two. */
  readonly children: ReactNode;
  readonly confirmLabel: string;
  /** "Cancel" when not given. */
  readonly cancelLabel?: string;
  /** 'danger' for an action that takes something away. */
  readonly variant?: 'primary' | 'danger';
  /** The action is under way: its button is disabled and the dialog cannot be closed. */
  readonly busy?: boolean;
  /** Why the action failed, shown in the dialog. */
  readonly error?: string | null;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  const intl = useIntl();
  return (
    <AppDialog
      title={title}
      isOpen={isOpen}
      onClose={() => {
        if (!busy) onCancel();
      }}
      cancelLabel={cancelLabel ?? intl.formatMessage(messages.cancel)}
      cancelAutoFocus
      action={
        <Button variant={variant} disabled={busy} aria-disabled={busy} onClick={onConfirm}>
          {busy ? intl.formatMessage(messages.working) : confirmLabel}
        </Button>
      }
    >
      {children}
      {error && (
        <Alert variant="danger" role="alert" className="mt-3 mb-0">
          {error}
        </Alert>
      )}
    </AppDialog>
  );
}
