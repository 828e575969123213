/**
 * Typed domain errors. Core throws them; the API maps each code to an HTTP status in one place
 * (apps/api/src/plugins/errors.ts), so no domain function knows about HTTP.
 */
export type DomainErrorCode =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rule_violation'
  | 'gone'
  | 'rate_limited';

export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly extra: { errors?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  constructor(message: string, errors: FieldError[] = []) {
    super('validation', message, { errors });
  }
}

export class UnauthorizedError extends DomainError {
  constructor(message = 'Sign in to continue.') {
    super('unauthorized', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super('forbidden', message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('not_found', `${what} not found.`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super('conflict', message, extra);
  }
}

/** 422: the request is well formed but a business rule forbids it. */
export class RuleViolationError extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super('rule_violation', message, extra);
  }
}

/** 410: the link or token existed but can no longer be used (expired, used, replaced). */
export class GoneError extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super('gone', message, extra);
  }
}

export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', message, { retryAfterSeconds });
  }
}

/** PostgreSQL unique violation on the named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = (error as { cause?: unknown })?.cause ?? error;
  const pgError = e as { code?: string; constraint?: string };
  return pgError?.code === '23505' && (constraint === undefined || pgError.constraint === constraint);
}
