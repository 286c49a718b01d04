// Errors as application/problem+json (RFC 9457): the one place where application errors, request
// validation errors and fastify's own errors become HTTP statuses.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { joinPointer, type Problem } from '@learning-paths/core';
import { AppError, type ErrorCode } from '../errors.ts';
import { LmsError } from '../lms/lms-port.ts';

const STATUS_OF: Record<ErrorCode, number> = {
  malformed: 400,
  too_large: 413,
  unsupported_type: 415,
  invalid: 422,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unauthenticated: 401,
};

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
};

export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly errors?: readonly Problem[];
}

export function sendProblem(
  reply: FastifyReply,
  status: number,
  detail: string,
  errors?: readonly Problem[],
): FastifyReply {
  const body: ProblemBody = {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(errors ? { errors } : {}),
  };
  return reply.code(status).type('application/problem+json').send(body);
}

/** Where a request part's validation errors point: the body from its root, others under their name. */
const PART_PREFIX: Record<string, string> = {
  body: '',
  querystring: '/query',
  params: '/params',
  headers: '/headers',
};

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof AppError)
    return sendProblem(reply, STATUS_OF[error.code], error.message, error.errors);
  if (error instanceof LmsError) {
    request.log.warn({ err: error }, 'the LMS failed');
    return sendProblem(reply, 502, error.message);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const prefix = PART_PREFIX[error.validationContext ?? 'body'] ?? '';
    const errors = error.validation.map((issue) => ({
      pointer: joinPointer(prefix, ...issue.instancePath.split('/').filter(Boolean)),
      message: issue.message ?? 'is not valid',
    }));
    return sendProblem(reply, 400, `the request ${error.validationContext ?? 'body'} is not valid`, errors);
  }
  const status = error.statusCode ?? 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, status, 'the server could not complete the request; it has been logged');
  }
  // Fastify's own client errors (malformed JSON, a body over the limit, a wrong content type).
  return sendProblem(reply, status, error.message);
}
