import { unsubscribeKeyOf } from '@portico/core';
/** The worker's configuration, parsed once at start-up from the environment. */
export interface WorkerConfig {
  databaseUrl: string;
  redisUrl: string;
  /** Prefix of every BullMQ key (tests give each file its own). */
  redisPrefix: string;
  smtpUrl: string;
  /** Links in emails are built from this, never from a request. */
  portalUrl: string;
  /** Sender when neither the invitation nor its organization names one. */
  emailFrom: string;
  logLevel: string;
  /** Email jobs in flight per worker process. */
  concurrency: number;
  smtpMaxConnections: number;
  databasePoolSize: number;
  /** Attempts per email job, and the first retry's delay (doubling after that). */
  emailAttempts: number;
  emailBackoffMs: number;
  /** How often the outbox relay looks for new rows when it found none. */
  relayPollMs: number;
  /** The longest the relay waits between tries while Redis or PostgreSQL is down. */
  relayMaxBackoffMs: number;
  /** A send in `sending` this long is taken for dead and queued again. */
  stuckSendMs: number;
  expirySweepMs: number;
  reconcileSweepMs: number;
  reminderSweepMs: number;
  /** How often relayed outbox rows past their retention are deleted. */
  outboxPruneSweepMs: number;
  /** Webhook deliveries in flight per worker process. */
  webhookConcurrency: number;
  /** Attempts per webhook delivery; the first retry's delay (x4 each time) and its ceiling. */
  webhookAttempts: number;
  webhookBackoffMs: number;
  webhookMaxBackoffMs: number;
  /** A receiver that has not answered by then has failed this attempt. */
  webhookTimeoutMs: number;
  /** An endpoint is disabled after this many deliveries in a row failed every attempt... */
  webhookDisableAfterFailures: number;
  /** ...or after failing this long without a single success. */
  webhookDisableAfterMs: number;
  /**
   * Signs the one-click unsubscribe links in notification emails; the API verifies them with the
   * same key. UNSUBSCRIBE_SECRET, or else derived from JWT_SECRET (see unsubscribeKeyOf).
   */
  unsubscribeKey: Buffer;
  /** When the daily digests go out: a cron pattern, in DIGEST_TIMEZONE. */
  digestCron: string;
  digestTimezone: string;
  /** When the invoice due reminders are worked out: a cron pattern, in DIGEST_TIMEZONE. */
  invoiceReminderCron: string;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function url(env: Env, name: string, protocols?: string[]): string {
  const value = env[name];
  if (!value) throw new ConfigError(`${name} is required but not set.`);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be a URL, got "${value}".`);
  }
  if (protocols && !protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.join(' or ')}, got "${parsed.protocol}".`);
  }
  return value.replace(/\/$/, '');
}

function int(env: Env, name: string, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

function oneOf(env: Env, name: string, allowed: string[], fallback: string): string {
  const value = env[name] || fallback;
  if (!allowed.includes(value))
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${value}".`);
  return value;
}

function prefix(env: Env, name: string, fallback: string): string {
  const value = env[name] || fallback;
  // BullMQ separates its key parts with ':'; a prefix may contain them, but not spaces or braces.
  if (!/^[\w:.-]+$/.test(value))
    throw new ConfigError(`${name} may only use letters, digits and _ : . -, got "${value}".`);
  return value;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** The key of the unsubscribe links: the same rule and the same 32-byte floor as the API's. */
function unsubscribeKey(env: Env): Buffer {
  const unsubscribeSecret = env.UNSUBSCRIBE_SECRET || undefined;
  const jwtSecret = env.JWT_SECRET || undefined;
  if (!unsubscribeSecret && !jwtSecret)
    throw new ConfigError('UNSUBSCRIBE_SECRET (or JWT_SECRET) is required to sign unsubscribe links.');
  for (const [name, value] of [
    ['UNSUBSCRIBE_SECRET', unsubscribeSecret],
    ['JWT_SECRET', jwtSecret],
  ] as const) {
    if (value !== undefined && Buffer.byteLength(value) < 32)
      throw new ConfigError(`${name} must be at least 32 bytes long.`);
  }
  return unsubscribeKeyOf({ unsubscribeSecret, jwtSecret });
}

export function loadConfig(env: Env = process.env): WorkerConfig {
  return {
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    redisPrefix: prefix(env, 'REDIS_PREFIX', 'portico'),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    portalUrl: url(env, 'PORTAL_URL', ['http:', 'https:']),
    emailFrom: env.EMAIL_FROM || 'Portico <no-reply@portico.invalid>',
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    // An email job mostly waits: for its batch's claim, the SMTP exchange, its batch's mark
    // (invitation-sends.ts). 100 in flight keep 10 SMTP connections fed with a queue of several
    // each while a batch is in the database, and make the batches large enough to pay off.
    concurrency: int(env, 'WORKER_CONCURRENCY', 100, 1, 1000),
    // Pooled and reused. 10 per process stays under the per-client connection caps common among
    // SMTP relays and providers (often 10 to 20); scale out with processes, not connections.
    smtpMaxConnections: int(env, 'SMTP_MAX_CONNECTIONS', 10, 1, 100),
    // Each job holds a connection only for one short statement at a time, so 20 serve 50 jobs plus
    // the relay and sweeps; with several worker processes, mind PostgreSQL's max_connections (100).
    databasePoolSize: int(env, 'DATABASE_POOL_SIZE', 20, 2, 200),
    emailAttempts: int(env, 'EMAIL_ATTEMPTS', 5, 1, 20),
    emailBackoffMs: int(env, 'EMAIL_BACKOFF_MS', 30 * SECOND),
    relayPollMs: int(env, 'RELAY_POLL_MS', 200, 10),
    relayMaxBackoffMs: int(env, 'RELAY_MAX_BACKOFF_MS', 10 * SECOND, 10),
    // Longer than nodemailer's 10-minute socket timeout: a send still alive is never taken for dead.
    stuckSendMs: int(env, 'STUCK_SEND_MS', 15 * MINUTE, 100),
    expirySweepMs: int(env, 'EXPIRY_SWEEP_MS', MINUTE, 100),
    reconcileSweepMs: int(env, 'RECONCILE_SWEEP_MS', MINUTE, 100),
    reminderSweepMs: int(env, 'REMINDER_SWEEP_MS', 15 * MINUTE, 100),
    // Housekeeping with no deadline: hourly keeps the table to a week and an hour of rows.
    outboxPruneSweepMs: int(env, 'OUTBOX_PRUNE_SWEEP_MS', HOUR, 100),
    // A delivery mostly waits on the receiver (up to the timeout): 20 in flight keep a healthy
    // receiver busy while a few dead ones (each holding a slot 10 s) cannot stall the queue.
    webhookConcurrency: int(env, 'WEBHOOK_CONCURRENCY', 20, 1, 500),
    // 10 attempts from 30 s, x4 up to 6 h apart: the last one ~27 h after the first (a day's outage).
    webhookAttempts: int(env, 'WEBHOOK_ATTEMPTS', 10, 1, 30),
    webhookBackoffMs: int(env, 'WEBHOOK_BACKOFF_MS', 30 * SECOND),
    webhookMaxBackoffMs: int(env, 'WEBHOOK_MAX_BACKOFF_MS', 6 * HOUR),
    // Receivers are told to answer at once and work later; 10 s is generous for that.
    webhookTimeoutMs: int(env, 'WEBHOOK_TIMEOUT_MS', 10 * SECOND, 100, 60 * SECOND),
    webhookDisableAfterFailures: int(env, 'WEBHOOK_DISABLE_AFTER_FAILURES', 5, 1, 1000),
    webhookDisableAfterMs: int(env, 'WEBHOOK_DISABLE_AFTER_MS', 24 * HOUR, 1000),
    unsubscribeKey: unsubscribeKey(env),
    // 07:00: the summary is waiting when the working day starts.
    digestCron: env.DIGEST_CRON || '0 7 * * *',
    digestTimezone: env.DIGEST_TIMEZONE || 'UTC',
    // 06:00, an hour before the digests: reminders held for `daily` contacts join that day's digest.
    invoiceReminderCron: env.INVOICE_REMINDER_CRON || '0 6 * * *',
  };
}
