// A client that asks for a large answer and leaves it unread, for tests of a server that stops
// while it is still sending: the answer stays in the server's buffers until the client reads on.
import { request, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { DS_KEY } from './service-fixture.ts';

/**
 * Enrollment rows of long usernames no one has: each comes back as a result of some 560 bytes,
 * 20,000 of them far more than the operating system buffers for a client that does not read.
 */
export const UNKNOWN_LEARNERS_CSV = Array.from(
  { length: 20_000 },
  (_, index) => `${'someone-nobody-has-heard-of-'.repeat(5)}${index}`,
).join('\n');

/**
 * Enrolls UNKNOWN_LEARNERS_CSV on the data science path at `address` as the bearer of `authorization`,
 * and resolves once the answer's headers are in, its body left unread.
 */
export function pausedEnrollmentAnswer(address: string, authorization: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const sent = request(`${address}/api/v1/paths/${encodeURIComponent(DS_KEY)}/enrollments`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'text/csv' },
    });
    sent.on('response', (response) => resolve(response.pause())).on('error', reject);
    sent.end(UNKNOWN_LEARNERS_CSV);
  });
}

/** The body read from now on, until it ends or its connection is cut. */
export function bodyBytes(response: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => resolve(Buffer.concat(chunks)));
    response.on('error', () => resolve(Buffer.concat(chunks)));
    response.resume();
  });
}

/** Resolves once a new connection to `address` is refused (those still accepted are dropped). */
export async function connectionsRefused(address: string): Promise<void> {
  const { hostname, port } = new URL(address);
  for (;;) {
    const outcome = await new Promise<'accepted' | 'refused'>((resolve) => {
      const socket = connect(Number(port), hostname)
        .on('connect', () => (socket.destroy(), resolve('accepted')))
        .on('error', () => resolve('refused'));
    });
    if (outcome === 'refused') return;
  }
}
