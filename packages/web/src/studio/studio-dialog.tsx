// The frame of Studio's modal dialogs: the title, the body, and a footer with the button that goes
// back and the one that acts. A dialog that asks for input is a form, submitted by its action.
import type { FormEvent, ReactNode } from 'react';
import { ActionRow, Form, ModalDialog } from '@openedx/paragon';

export function StudioDialog({
  title,
  isOpen = true,
  onClose,
  closeLabel,
  cancelLabel,
  action,
  onSubmit,
  children,
}: {
  readonly title: string;
  readonly isOpen?: boolean;
  readonly onClose: () => void;
  /** The label of a close (×) button in the corner; without it there is none. */
  readonly closeLabel?: string;
  /** The label of the footer's button that closes the dialog without acting. */
  readonly cancelLabel: string;
  /** The footer's acting button: a submit button when the dialog is a form. */
  readonly action: ReactNode;
  /** Makes the dialog a form (validated by the caller, not the browser), with this on submit. */
  readonly onSubmit?: (event: FormEvent) => void;
  readonly children: ReactNode;
}) {
  const content = (
    <>
      <ModalDialog.Header>
        <ModalDialog.Title>{title}</ModalDialog.Title>
      </ModalDialog.Header>
      <ModalDialog.Body>{children}</ModalDialog.Body>
      <ModalDialog.Footer>
        <ActionRow>
          <ModalDialog.CloseButton variant="tertiary">{cancelLabel}</ModalDialog.CloseButton>
          {action}
        </ActionRow>
      </ModalDialog.Footer>
    </>
  );
  return (
    <ModalDialog
      title={title}
      isOpen={isOpen}
      onClose={onClose}
      hasCloseButton={closeLabel !== undefined}
      closeLabel={closeLabel}
      isOverflowVisible={false}
    >
      {onSubmit ? (
        <Form noValidate onSubmit={onSubmit}>
          {content}
        </Form>
      ) : (
        content
      )}
    </ModalDialog>
  );
}
