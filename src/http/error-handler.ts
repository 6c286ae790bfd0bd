import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorCode } from '../core/index.js';

/** The one place where error codes become HTTP statuses. */
const STATUS_OF: Record<ErrorCode, number> = {
  'invalid-input': 400,
  'not-found': 404,
  unauthenticated: 401,
  'bad-credentials': 401,
  forbidden: 403,
  conflict: 409,
  // Too many wrong passwords for one login: like the per-address rate limit, "try again later".
  locked: 429,
  disabled: 403,
  // Like a rate limit: the same request succeeds once one of the caller's streams is closed.
  'too-many-streams': 429,
  'registry-broken': 503,
};

/**
 * Answers every error as JSON `{error, message, field?}`. Domain errors map by
 * code; Fastify's own 4xx (bad JSON, wrong content type, body too large) keep
 * their status with a message naming the body; anything else is logged and
 * answered with a bare 500 that reveals nothing.
 */
export function handleError(error: FastifyError | DomainError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) {
    return reply.status(STATUS_OF[error.code]).send({
      error: error.code,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
    });
  }
  const status = error.statusCode ?? 500;
  if (status === 413) {
    return reply
      .status(413)
      .send({ error: 'payload-too-large', message: 'body: the request body is too large', field: 'body' });
  }
  if (status === 429) {
    return reply.status(429).send({ error: 'rate-limited', message: error.message });
  }
  if (status >= 400 && status < 500) {
    return reply
      .status(status)
      .send({ error: 'invalid-input', message: `body: ${plainMessage(error)}`, field: 'body' });
  }
  request.log.error({ err: error }, 'unexpected error');
  return reply.status(500).send({ error: 'internal', message: 'Something went wrong on the server.' });
}

/**
 * Fastify's refusals that come before routing and never reach `handleError`
 * (its `frameworkErrors` option): a URL whose %-escapes are malformed or not
 * UTF-8, a path parameter beyond the length limit. Answered in the same form.
 */
export function handleFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_BAD_URL') {
    return reply.status(400).send({
      error: 'invalid-input',
      message: 'url: is not a valid URL (a %-escape is malformed or not UTF-8)',
      field: 'url',
    });
  }
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return reply.status(414).send({ error: 'invalid-input', message: 'url: is too long', field: 'url' });
  }
  return handleError(error, request, reply);
}

function plainMessage(error: FastifyError): string {
  switch (error.code) {
    case 'PLENIPO_UNSUPPORTED_CHARSET':
      return `must be JSON in UTF-8, not ${error.message}`;
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'is not valid JSON';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'is empty, but was sent as application/json';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'must be sent as application/json';
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'does not match its Content-Length';
    default:
      return error.message.replace(/^Body /, '').slice(0, 200);
  }
}
