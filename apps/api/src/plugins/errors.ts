import type { Socket } from 'node:net';
import { DomainError, type DomainErrorCode, type FieldError } from '@portico/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { ProblemBody } from '../http/problem';

const statusOf: Record<DomainErrorCode, number> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rule_violation: 422,
  gone: 410,
  rate_limited: 429,
};

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function sendProblem(
  reply: FastifyReply,
  status: number,
  detail?: string,
  extra: Record<string, unknown> = {},
) {
  const body: ProblemBody = {
    type: `https://portico.dev/problems/${status}`,
    title: titles[status] ?? 'Error',
    status,
    ...(detail !== undefined && { detail }),
    instance: reply.request.url.split('?')[0],
    ...extra,
  };
  return reply.code(status).type('application/problem+json').send(body);
}

type AjvIssue = NonNullable<FastifyError['validation']>[number];

function fieldOf(issue: AjvIssue, context: string | undefined): string {
  const params = issue.params as { missingProperty?: string; additionalProperty?: string };
  const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const leaf = params.missingProperty ?? params.additionalProperty;
  const field = [path, leaf].filter(Boolean).join('.');
  return field || (context ?? 'body');
}

function messageOf(issue: AjvIssue): string {
  const params = issue.params as { additionalProperty?: string };
  if (params.additionalProperty) return 'is not a known field';
  return issue.message ?? 'is not valid';
}

/** PostgreSQL's class 22 "data exception" errors, raised by values the schema let through. */
function isDataException(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === 'string' && cause.code.startsWith('22');
}

/**
 * Errors the router raises before any route or hook runs (a path parameter longer than the
 * router allows, a malformed percent-encoding): Fastify's own answer is plain JSON, ours is a
 * problem like every other. Passed to Fastify as `frameworkErrors`.
 */
export function frameworkErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH')
    return sendProblem(reply, 414, 'A value in the path is too long.');
  if (error.code === 'FST_ERR_BAD_URL') return sendProblem(reply, 400, 'The path is not valid.');
  reply.log.error({ err: error }, 'framework error');
  return sendProblem(reply, 500, 'Something went wrong on our side. Please try again.');
}

/**
 * Requests Node's HTTP parser refuses (headers or URL over its size limit, broken framing) never
 * reach Fastify: answer them as a problem on the raw socket. Passed as `clientErrorHandler`.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const title = titles[status] ?? 'Error';
  const body = JSON.stringify({ type: `https://portico.dev/problems/${status}`, title, status });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${title}\r\nConnection: close\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * PostgreSQL or Redis is down or restarting: a refused or dropped connection, the server shutting
 * down (57P01-57P03), a connection exception (class 08), the pool's connect timeout, or ioredis
 * giving up on a command. The request was fine; the answer is 503 so clients and load balancers
 * retry, not a 500 that reads as a bug.
 */
export function isUnavailable(error: unknown): boolean {
  for (
    let e = error as { code?: unknown; message?: unknown; cause?: unknown; name?: unknown } | undefined,
      depth = 0;
    e && depth < 4;
    e = e.cause as typeof e, depth++
  ) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (UNREACHABLE.has(code) || /^57P0[123]$/.test(code) || code.startsWith('08')) return true;
    const message = typeof e.message === 'string' ? e.message : '';
    if (e.name === 'MaxRetriesPerRequestError') return true;
    if (/^(Connection terminated|timeout exceeded when trying to connect|Connection is closed)/.test(message))
      return true;
  }
  return false;
}

/** Every error leaves as application/problem+json; 5xx details stay in the log, never in a response. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      const status = statusOf[error.code];
      if (error.code === 'rate_limited') reply.header('retry-after', String(error.extra.retryAfterSeconds));
      return sendProblem(reply, status, error.message, error.extra);
    }
    if (error.validation) {
      const errors: FieldError[] = error.validation.map((issue) => ({
        field: fieldOf(issue, error.validationContext),
        message: messageOf(issue),
      }));
      const summary = errors.map((e) => `${e.field} ${e.message}`).join('; ');
      return sendProblem(reply, 400, `The request is not valid: ${summary}.`, { errors });
    }
    if (isDataException(error)) {
      // e.g. a NUL character or an out-of-range number: bad input that only PostgreSQL noticed.
      return sendProblem(
        reply,
        400,
        'The request contains a value that cannot be stored (for example a NUL character).',
      );
    }
    if (isUnavailable(error)) {
      request.log.warn({ err: error }, 'a dependency is unavailable');
      reply.header('retry-after', '5');
      return sendProblem(reply, 503, 'The service is briefly unavailable. Please try again in a moment.');
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return sendProblem(reply, status, error.message);
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, Math.max(status, 500), 'Something went wrong on our side. Please try again.');
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, 404, `There is no ${request.method} ${request.url.split('?')[0]}.`),
  );
});
