// A real SMTP server for the tests (smtp-server, no TLS, no sign-in), which parses every message
// it receives with mailparser and keeps it, and a bounded wait for the message a test expects.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Inbox {
  readonly port: number;
  /** Every message received so far, in order of arrival. */
  readonly messages: readonly ParsedMail[];
  /** The messages sent to `address`. */
  to(address: string): ParsedMail[];
  /** The first message (received or to come within a few seconds) that `matches`. */
  waitFor(what: string, matches: (mail: ParsedMail) => boolean): Promise<ParsedMail>;
  stop(): Promise<void>;
}

const WAIT_MS = 15_000;
const POLL_MS = 50;

export const recipientsOf = (mail: ParsedMail): string[] =>
  [mail.to ?? []].flat().flatMap((to) => to.value.map((address) => address.address ?? ''));

/** The raw value of a header as sent, such as List-Unsubscribe. */
export const rawHeader = (mail: ParsedMail, name: string): string | undefined =>
  mail.headerLines
    .find((line) => line.key === name.toLowerCase())
    ?.line.slice(name.length + 1)
    .replace(/\r?\n\s+/g, ' ')
    .trim();

export async function startInbox(): Promise<Inbox> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    messages,
    to: (address) => messages.filter((mail) => recipientsOf(mail).includes(address)),
    async waitFor(what, matches) {
      const until = Date.now() + WAIT_MS;
      for (;;) {
        const found = messages.find(matches);
        if (found) return found;
        if (Date.now() > until)
          throw new Error(
            `no message ${what} within ${WAIT_MS / 1000} s; received: ${JSON.stringify(messages.map((mail) => [recipientsOf(mail), mail.subject]))}`,
          );
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
