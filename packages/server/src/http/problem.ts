// Errors as application/problem+json (RFC 9457): the one place where application errors, request
// validation errors and fastify's own errors become HTTP statuses.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { joinPointer, type Problem } from '@learning-paths/core';
import { AppError, type ErrorCode } from '../errors.ts';
import { LmsError } from '../lms/lms-port.ts';
import { databaseUnavailable, type DatabaseUnavailable } from '../store/sql-errors.ts';

const STATUS_OF: Record<ErrorCode, number> = {
  malformed: 400,
  too_large: 413,
  unsupported_type: 415,
  invalid: 422,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unauthenticated: 401,
  too_many_requests: 429,
  // A part of the service that is not the core failed it, as an LMS failing answers 502.
  plugin_failed: 502,
};

/** The HTTP status of an application error's code. */
export function statusOfCode(code: ErrorCode): number {
  return STATUS_OF[code];
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  408: 'Request timeout',
  409: 'Conflict',
  413: 'Payload too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  431: 'Request header fields too large',
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

export function problemBody(status: number, detail: string, errors?: readonly Problem[]): ProblemBody {
  return {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(errors ? { errors } : {}),
  };
}

export function sendProblem(
  reply: FastifyReply,
  status: number,
  detail: string,
  errors?: readonly Problem[],
): FastifyReply {
  return reply
    .code(status)
    .type('application/problem+json')
    .send(problemBody(status, detail, errors));
}

/** Where a request part's validation errors point: the body from its root, others under their name. */
const PART_PREFIX: Record<string, string> = {
  body: '',
  querystring: '/query',
  params: '/params',
  headers: '/headers',
};

/** When a client may try again after the database failed to answer: it usually soon does. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const UNAVAILABLE_DETAIL: Record<DatabaseUnavailable, string> = {
  busy: 'the database is busy with another writer; try again',
  unreachable: 'the database does not answer; try again',
};

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof AppError) {
    if (error.retryAfterSeconds !== undefined)
      void reply.header('retry-after', String(error.retryAfterSeconds));
    return sendProblem(reply, STATUS_OF[error.code], error.message, error.errors);
  }
  if (error instanceof LmsError) {
    request.log.warn({ err: error }, 'the LMS failed');
    return sendProblem(reply, 502, error.message);
  }
  const unavailable = databaseUnavailable(error);
  if (unavailable) {
    request.log.warn({ err: error }, 'the database is unavailable');
    void reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    return sendProblem(reply, 503, UNAVAILABLE_DETAIL[unavailable]);
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
  return sendProblem(reply, status, clientErrorDetail(error, request));
}

/** Fastify's own words for a request it cannot take are terse ("Unsupported Media Type"): these say what to change. */
function clientErrorDetail(error: FastifyError, request: FastifyRequest): string {
  const url = request.url.length > 200 ? `${request.url.slice(0, 200)}…` : request.url;
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return `${request.method} ${url} does not take a body of type ${request.headers['content-type'] ?? '(none)'}; the API documentation (/api/docs) gives the type each route takes`;
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return `the request body is larger than the ${request.routeOptions.bodyLimit} bytes this route takes`;
    case 'FST_ERR_BAD_URL':
      return `the URL ${url} is not valid: each % in it must begin a percent-encoded byte, such as %2B`;
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return `a segment of the URL ${url} is longer than any key or name can be`;
    default:
      return error.message;
  }
}
