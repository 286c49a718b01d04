// A question with two answers (leave without saving? publish? remove this group?), as an
// accessible modal dialog; the caller gives the translated title, text and button labels.
import type { ReactNode } from 'react';
import { ActionRow, Button, ModalDialog } from '@openedx/paragon';

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
    <ModalDialog
      title={title}
      isOpen={isOpen}
      onClose={onCancel}
      hasCloseButton={false}
      isOverflowVisible={false}
    >
      <ModalDialog.Header>
        <ModalDialog.Title>{title}</ModalDialog.Title>
      </ModalDialog.Header>
      <ModalDialog.Body>{children}</ModalDialog.Body>
      <ModalDialog.Footer>
        <ActionRow>
          <ModalDialog.CloseButton variant="tertiary">{cancelLabel}</ModalDialog.CloseButton>
          <Button variant={variant} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </ActionRow>
      </ModalDialog.Footer>
    </ModalDialog>
  );
}
