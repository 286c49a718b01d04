// A question with two answers (leave without saving? publish? remove this group?), as an
// accessible modal dialog; the caller gives the translated title, text and button labels.
import type { ReactNode } from 'react';
import { Button } from '@openedx/paragon';
import { StudioDialog } from '../studio-dialog.tsx';

export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  variant = 'primary',
}: {
  readonly isOpen: boolean;
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly variant?: 'primary' | 'danger';
}) {
  return (
    <StudioDialog
      title={title}
      isOpen={isOpen}
      onClose={onCancel}
      cancelLabel={cancelLabel}
      action={
        <Button variant={variant} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      }
    >
      {children}
    </StudioDialog>
  );
}
