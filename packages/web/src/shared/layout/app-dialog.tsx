// The frame of the apps' modal dialogs: the title, the body, and a footer with the button that goes
// back and the one that acts. A dialog that asks for input is a form, submitted by its action.
// Paragon's ModalDialog traps the focus inside, moves it in on open and gives it back on close.
import type { FormEvent, ReactNode } from 'react';
import { ActionRow, Form, ModalDialog } from '@openedx/paragon';

export function AppDialog({
  title,
  isOpen = true,
  onClose,
  closeLabel,
  cancelLabel,
  cancelAutoFocus = false,
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
  /** Whether the focus starts on that button (the safe answer) rather than the first control. */
  readonly cancelAutoFocus?: boolean;
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
          {/* data-autofocus: where react-focus-lock (under ModalDialog) puts the focus on open. */}
          <ModalDialog.CloseButton variant="tertiary" data-autofocus={cancelAutoFocus ? true : undefined}>
            {cancelLabel}
          </ModalDialog.CloseButton>
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
