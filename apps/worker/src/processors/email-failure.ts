import type { Job } from 'bullmq';

interface SmtpError {
  responseCode?: unknown;
  response?: unknown;
  message?: unknown;
}

/**
 * A 5xx SMTP reply is the server's final word (no such mailbox, refused by policy): retrying
 * only delays the failure the office needs to see. 4xx replies and network errors are transient.
 */
export function isPermanentSmtpError(error: unknown): boolean {
  const code = (error as SmtpError | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** The SMTP server's own reply when there is one (what the office can act on), else the message. */
export function describeSendError(error: unknown): string {
  const e = error as SmtpError | null;
  if (typeof e?.response === 'string' && e.response) return e.response;
  if (typeof e?.message === 'string' && e.message) return e.message;
  return String(error);
}

/** Retry (BullMQ backs off and runs the job again) or give up for good. */
export function shouldRetry(job: Pick<Job, 'attemptsMade' | 'opts'>, error: unknown): boolean {
  if (isPermanentSmtpError(error)) return false;
  return job.attemptsMade + 1 < (job.opts.attempts ?? 1);
}
