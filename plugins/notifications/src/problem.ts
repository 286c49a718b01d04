// Errors as application/problem+json (RFC 9457) in the core's shape, for the answers the plugin
// makes itself: a body that is not valid, an unsubscribe link that is not one.
import { toPointer, type Problem } from '@learning-paths/core';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';

const TITLES: Readonly<Record<number, string>> = { 400: 'Bad request', 404: 'Not found' };

export function sendProblem(
  reply: FastifyReply,
  status: 400 | 404,
  detail: string,
  errors?: readonly Problem[],
): FastifyReply {
  return reply
    .code(status)
    .type('application/problem+json')
    .send({ type: 'about:blank', title: TITLES[status], status, detail, ...(errors ? { errors } : {}) });
}

/** Zod's issues as the core's problems: a JSON pointer into `part` (`''` for the body) and a sentence. */
export function problemsOf(error: z.ZodError, part = ''): Problem[] {
  return error.issues.map((issue) => ({
    pointer:
      part +
      toPointer(issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment))),
    message: issue.message,
  }));
}
