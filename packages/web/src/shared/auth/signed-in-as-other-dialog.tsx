// Said when the dialog that asks to sign in again is answered by someone else: the screen belongs
// to the user who was signed in, so it is not retried but left for the start page.
import { ActionRow, Button, ModalDialog } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { messages } from './messages.ts';

export function SignedInAsOtherDialog({
  username,
  previous,
  onRestart,
}: {
  readonly username: string;
  readonly previous: string;
  readonly onRestart: () => void;
}) {
  const intl = useIntl();
  const title = intl.formatMessage(messages.otherTitle);
  return (
    // Blocking: the page's calls would now be made as the other user, so the only way is onwards.
    <ModalDialog
      title={title}
      isOpen
      isBlocking
      onClose={onRestart}
      hasCloseButton={false}
      isOverflowVisible={false}
    >
      <ModalDialog.Header>
        <ModalDialog.Title>{title}</ModalDialog.Title>
      </ModalDialog.Header>
      <ModalDialog.Body>
        <p>{intl.formatMessage(messages.otherBody, { username, previous })}</p>
      </ModalDialog.Body>
      <ModalDialog.Footer>
        <ActionRow>
          <Button onClick={onRestart}>{intl.formatMessage(messages.otherRestart)}</Button>
        </ActionRow>
      </ModalDialog.Footer>
    </ModalDialog>
  );
}
