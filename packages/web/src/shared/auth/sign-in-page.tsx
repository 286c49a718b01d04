// The local sign-in page (standalone mode): username and password, errors said next to the form.
// When the service throttles guessing (429), it says how long to wait and holds the button till then.
import type { FormEvent } from 'react';
import { Button, Card, Container, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { SignInFields } from './sign-in-fields.tsx';
import { useSignIn, type SignedIn } from './use-sign-in.ts';
import { messages } from './messages.ts';

export function SignInPage({ onSignedIn }: { readonly onSignedIn: (me: SignedIn) => void }) {
  const intl = useIntl();
  const form = useSignIn(onSignedIn);
  return (
    <main>
      <Container size="xs" className="py-5">
        <Card>
          <Card.Section>
            <h1 className="h3 mb-4">{intl.formatMessage(messages.title)}</h1>
            <Form onSubmit={(event: FormEvent) => form.submit(event)}>
              <SignInFields form={form} idPrefix="sign-in" />
              <Button type="submit" disabled={form.held} block>
                {intl.formatMessage(form.busy ? messages.signingIn : messages.submit)}
              </Button>
            </Form>
          </Card.Section>
        </Card>
      </Container>
    </main>
  );
}
