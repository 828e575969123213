import { DomainError, type DomainErrorCode, type FieldError } from '@portico/core';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
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
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
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
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return sendProblem(reply, status, error.message);
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, Math.max(status, 500), 'Something went wrong on our side. Please try again.');
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, 404, `There is no ${request.method} ${request.url.split('?')[0]}.`),
  );
});
