// Closing the HTTP server finishes what it started: every request in flight gets its whole answer,
// then its connection closes; connections with nothing in flight close at once.
import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

/**
 * Makes `server.close()` (which fastify's close() calls) wait for the answers in flight. Node's own
 * close destroys every connection it deems idle, and deems idle one whose answer is written but
 * still being sent: a large answer was cut off mid-way. It leaves keep-alive connections open
 * after their answer too, which would hold the close up until they time out. Call before listening.
 */
export function finishAnswersOnClose(server: Server): void {
  /** Every open connection, with its answers not yet handed to the operating system. */
  const connections = new Map<Socket, Set<ServerResponse>>();
  let closing = false;
  server.on('connection', (socket: Socket) => {
    connections.set(socket, new Set());
    socket.once('close', () => connections.delete(socket));
  });
  server.on('request', (request, response: ServerResponse) => {
    const answering = connections.get(request.socket);
    if (!answering) return;
    answering.add(response);
    if (closing && !response.headersSent) response.setHeader('connection', 'close');
    // 'close' comes once the answer is sent (or its connection lost).
    response.once('close', () => {
      answering.delete(response);
      if (closing && answering.size === 0) request.socket.end();
    });
  });
  // Node's close() calls this first: from then on every connection ends once it has answered.
  server.closeIdleConnections = () => {
    closing = true;
    for (const [socket, answering] of connections) {
      if (answering.size === 0) socket.destroy();
      for (const response of answering) if (!response.headersSent) response.setHeader('connection', 'close');
    }
  };
}

/**
 * Closes the app (no new connection; the answers in flight sent, see finishAnswersOnClose) and
 * then its plugins. Answers still unsent after `drainMs` are cut off, so that closing does end.
 */
export async function closeWithin(app: FastifyInstance, drainMs: number): Promise<void> {
  const drainEnd = setTimeout(() => {
    app.log.warn('the drain time is up: closing the connections still answering');
    app.server.closeAllConnections();
  }, drainMs);
  try {
    await app.close();
  } finally {
    clearTimeout(drainEnd);
  }
}
