// The dialog that asks to sign in again when the session has ended, over the screen whose work it
// keeps: the same form as the sign-in page, Cancel to give up, and a way to go on after signing in
// in another tab (how users who sign in through the LMS, with no password here, come back).
import { useState, type FormEvent } from 'react';
import { ActionRow, Alert, Button, Form, ModalDialog } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { SignInFields } from './sign-in-fields.tsx';
import { useSignIn, type SignedIn } from './use-sign-in.ts';
import { messages } from './messages.ts';

export function SignInDialog({
  username,
  onSignedIn,
  onCancel,
  onCheck,
}: {
  /** Who was signed in: the username the form starts with. */
  readonly username: string;
  readonly onSignedIn: (me: SignedIn) => void;
  readonly onCancel: () => void;
  /** Asks the service whether the user has signed in elsewhere meanwhile: false when not. */
  readonly onCheck: () => Promise<boolean>;
}) {
  const intl = useIntl();
  const form = useSignIn(onSignedIn, username);
  const [stillOut, setStillOut] = useState(false);
  const title = intl.formatMessage(messages.endedTitle);
  const check = () => {
    setStillOut(false);
    // A failure to ask is said as not signed in: either way, the user has to sign in here.
    void onCheck().then(
      (signedIn) => setStillOut(!signedIn),
      () => setStillOut(true),
    );
  };
  return (
    <ModalDialog title={title} isOpen onClose={onCancel} hasCloseButton={false} isOverflowVisible={false}>
      <Form
        onSubmit={(event: FormEvent) => {
          setStillOut(false);
          form.submit(event);
        }}
      >
        <ModalDialog.Header>
          <ModalDialog.Title>{title}</ModalDialog.Title>
        </ModalDialog.Header>
        <ModalDialog.Body>
          <p>{intl.formatMessage(messages.endedBody)}</p>
          {stillOut && (
            <Alert variant="warning" role="alert">
              {intl.formatMessage(messages.endedStillOut)}
            </Alert>
          )}
          <SignInFields form={form} idPrefix="sign-in-again" />
          <Button variant="link" className="px-0" onClick={check}>
            {intl.formatMessage(messages.endedCheck)}
          </Button>
        </ModalDialog.Body>
        <ModalDialog.Footer>
          <ActionRow>
            <ModalDialog.CloseButton variant="tertiary">
              {intl.formatMessage(messages.endedCancel)}
            </ModalDialog.CloseButton>
            <Button type="submit" disabled={form.held}>
              {intl.formatMessage(form.busy ? messages.signingIn : messages.submit)}
            </Button>
          </ActionRow>
        </ModalDialog.Footer>
      </Form>
    </ModalDialog>
  );
}
