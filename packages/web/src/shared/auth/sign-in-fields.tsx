// The username and password fields of a sign-in form, and its failure said above them: the same
// on the sign-in page and in the dialog that asks again when a session ends.
import { Alert, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { SignInForm } from './use-sign-in.ts';
import { messages } from './messages.ts';

export function SignInFields({ form, idPrefix }: { readonly form: SignInForm; readonly idPrefix: string }) {
  const intl = useIntl();
  return (
    <>
      {form.error && (
        <Alert variant="danger" role="alert">
          {form.error}
        </Alert>
      )}
      <Form.Group controlId={`${idPrefix}-username`}>
        <Form.Label>{intl.formatMessage(messages.username)}</Form.Label>
        <Form.Control
          value={form.username}
          autoComplete="username"
          required
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => form.setUsername(event.target.value)}
        />
      </Form.Group>
      <Form.Group controlId={`${idPrefix}-password`}>
        <Form.Label>{intl.formatMessage(messages.password)}</Form.Label>
        <Form.Control
          type="password"
          value={form.password}
          autoComplete="current-password"
          required
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => form.setPassword(event.target.value)}
        />
      </Form.Group>
    </>
  );
}
