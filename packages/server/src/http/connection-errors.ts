// Requests Node's HTTP parser refuses before fastify sees them (headers or a URL over the size
// limit, bytes that are not HTTP, a request too slow to arrive), answered as problem+json too.
import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError } from 'fastify';
import { problemBody } from './problem.ts';

function problemOf(error: ConnectionError): [status: number, detail: string] {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return [408, 'the request took too long to arrive'];
  if (error.code === 'HPE_HEADER_OVERFLOW')
    return [
      431,
      `the URL and headers of the request are larger than the ${maxHeaderSize} bytes the server takes`,
    ];
  return [400, 'the request is not valid HTTP/1.1'];
}

export function answerConnectionError(error: ConnectionError, socket: Socket): void {
  // A connection reset by the client has no one left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail] = problemOf(error);
  const body = JSON.stringify(problemBody(status, detail));
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'Content-Type: application/problem+json\r\n' +
        'X-Content-Type-Options: nosniff\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  socket.destroy(error);
}
