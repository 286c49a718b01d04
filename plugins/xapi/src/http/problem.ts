// Errors of the plugin's routes as problem+json (RFC 9457), the shape the core answers with:
// thrown errors with a statusCode go through the core's error handler; answers that list problems
// at JSON pointers, or need a header of their own, are sent here.
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface PointedProblem {
  readonly pointer: string;
  readonly message: string;
}

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad request',
  401: 'Unauthorized',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
};

export function sendProblem(
  reply: FastifyReply,
  status: number,
  detail: string,
  errors?: readonly PointedProblem[],
): FastifyReply {
  return reply
    .code(status)
    .type('application/problem+json')
    .send({
      type: 'about:blank',
      title: TITLES[status] ?? 'Error',
      status,
      detail,
      ...(errors ? { errors } : {}),
    });
}

/** An error the core's handler answers as problem+json with this status and detail. */
export function httpError(statusCode: number, detail: string): Error {
  return Object.assign(new Error(detail), { statusCode });
}

/** The core's answer for a route that does not exist: what a caller who may not know of it gets. */
export function noRoute(request: FastifyRequest): Error {
  return httpError(404, `no route ${request.method} ${request.url}`);
}
