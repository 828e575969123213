import { setTimeout as sleep } from 'node:timers/promises';
import { jobIdOf } from '@portico/core';
import { type Db, schema } from '@portico/db';
import { and, asc, inArray, isNull, sql } from 'drizzle-orm';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { errorMessage } from './logger';
import type { EmailJobData, EmailJobName, EmailQueue } from './queues/email';
import {
  isEmailJob,
  isWebhookJob,
  jobDataOf,
  type RoutedJobName,
  relayedJobNames,
} from './queues/job-routing';
import type { LifecycleJobData, LifecycleOutboxJobName, LifecycleQueue } from './queues/lifecycle';
import type { WebhookJobData, WebhookJobName, WebhooksQueue } from './queues/webhooks';

const { outbox } = schema;

export interface RelayOptions {
  db: Db;
  producer: Redis;
  queues: { email: EmailQueue; lifecycle: LifecycleQueue; webhooks: WebhooksQueue };
  log: Logger;
  /** Idle poll period. */
  pollMs: number;
  /** Ceiling of the exponential backoff while Redis or PostgreSQL is down. */
  maxBackoffMs: number;
  /**
   * Rows per transaction. 500 keeps each transaction's locks and the addBulk pipeline short
   * (~15 ms at addBulk's ~35k jobs/s here) while a 100k batch still drains in ~200 round trips.
   */
  chunk?: number;
  /** addBulk against a half-open connection can hang; give up after this and retry. */
  addTimeoutMs?: number;
}

export interface RelayPass {
  relayed: number;
  error?: unknown;
}

interface BulkJob<N extends string, D> {
  name: N;
  data: D;
  opts: { jobId: string; delay?: number };
}

const isRelayed = (name: string): name is RoutedJobName =>
  (relayedJobNames as readonly string[]).includes(name);

class RelayError extends Error {}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  const timer = new AbortController();
  try {
    return await Promise.race([
      promise,
      sleep(ms, undefined, { signal: timer.signal }).then(() => {
        throw new RelayError(`${what} did not answer within ${ms} ms`);
      }),
    ]);
  } finally {
    timer.abort();
  }
}

/**
 * One relay pass: claims the oldest unrelayed rows (SKIP LOCKED, so several workers relay side by
 * side), adds them to BullMQ with job id = outbox id, and marks them relayed, all in one
 * transaction. A crash between addBulk and COMMIT leaves the rows unrelayed: the next pass adds
 * them again, and BullMQ ignores a job id it already holds. If Redis fails, the rows stay in the
 * outbox with relay_attempts counted, and nothing was lost.
 *
 * Jobs this build does not route (queues/job-routing.ts) stay in the outbox for a worker that does.
 */
export async function relayOutboxOnce(options: RelayOptions): Promise<RelayPass> {
  const { db, producer, queues, log } = options;
  const chunk = options.chunk ?? 500;
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: outbox.id, job: outbox.job, payload: outbox.payload, runAt: outbox.runAt })
      .from(outbox)
      .where(and(isNull(outbox.relayedAt), inArray(outbox.job, relayedJobNames)))
      .orderBy(asc(outbox.id))
      .limit(chunk)
      .for('update', { skipLocked: true });
    if (rows.length === 0) return { relayed: 0 };

    const now = Date.now();
    const email: BulkJob<EmailJobName, EmailJobData>[] = [];
    const lifecycle: BulkJob<LifecycleOutboxJobName, LifecycleJobData>[] = [];
    const webhooks: BulkJob<WebhookJobName, WebhookJobData>[] = [];
    for (const row of rows) {
      const { job } = row;
      const delay = row.runAt ? Math.max(0, row.runAt.getTime() - now) : 0;
      const opts = delay > 0 ? { jobId: jobIdOf(row.id), delay } : { jobId: jobIdOf(row.id) };
      if (isRelayed(job)) {
        if (isEmailJob(job)) {
          const data = jobDataOf(job, row.payload);
          if (data) {
            email.push({ name: job, data, opts });
            continue;
          }
        } else if (isWebhookJob(job)) {
          const data = jobDataOf(job, row.payload);
          if (data) {
            webhooks.push({ name: job, data, opts });
            continue;
          }
        } else {
          const data = jobDataOf(job, row.payload);
          if (data) {
            lifecycle.push({ name: job, data, opts });
            continue;
          }
        }
      }
      // Only a hand-written row gets here (enqueueJobs is typed); relaying it would only fail later.
      log.error({ outboxId: row.id, job, payload: row.payload }, 'malformed outbox row dropped');
    }

    const ids = rows.map((r) => r.id);
    try {
      // Checked up front: commands on a connection that is not ready fail or wait, never succeed.
      if (producer.status !== 'ready') throw new RelayError(`redis connection is ${producer.status}`);
      await withTimeout(
        Promise.all([
          email.length > 0 ? queues.email.addBulk(email) : undefined,
          lifecycle.length > 0 ? queues.lifecycle.addBulk(lifecycle) : undefined,
          webhooks.length > 0 ? queues.webhooks.addBulk(webhooks) : undefined,
        ]),
        options.addTimeoutMs ?? 5000,
        'redis addBulk',
      );
    } catch (error) {
      await tx
        .update(outbox)
        .set({ relayAttempts: sql`${outbox.relayAttempts} + 1` })
        .where(inArray(outbox.id, ids));
      return { relayed: 0, error };
    }
    await tx
      .update(outbox)
      .set({ relayedAt: new Date(now), relayAttempts: sql`${outbox.relayAttempts} + 1` })
      .where(inArray(outbox.id, ids));
    return { relayed: rows.length };
  });
}

export interface OutboxRelay {
  stop: () => Promise<void>;
}

/**
 * Runs relay passes until stopped. Idle, it polls every `pollMs` (200 ms): a probe of the partial
 * index over unrelayed rows, a fraction of a millisecond for PostgreSQL, and an invite reaches
 * BullMQ within a fifth of a second. LISTEN/NOTIFY would shave that latency but needs a connection
 * held outside the pool and breaks behind a transaction-pooling PgBouncer; a poll would still be
 * needed as the fallback, so polling alone it is. A full chunk is followed at once by the next.
 * Failures (Redis or PostgreSQL down) back off exponentially to `maxBackoffMs`; the loop never throws.
 */
export function startOutboxRelay(options: RelayOptions): OutboxRelay {
  const { log, pollMs, maxBackoffMs } = options;
  const chunk = options.chunk ?? 500;
  const stopping = new AbortController();
  let failures = 0;

  const loop = (async () => {
    while (!stopping.signal.aborted) {
      let pass: RelayPass;
      try {
        pass = await relayOutboxOnce({ ...options, chunk });
      } catch (error) {
        pass = { relayed: 0, error };
      }
      let wait = pass.relayed === chunk ? 0 : pollMs;
      if (pass.error !== undefined) {
        failures++;
        if (failures === 1)
          log.warn({ err: errorMessage(pass.error) }, 'outbox relay failing; rows stay in the outbox');
        else log.debug({ err: errorMessage(pass.error), failures }, 'outbox relay still failing');
        // Jitter spreads the retries of many workers after a shared outage.
        wait = Math.min(maxBackoffMs, pollMs * 2 ** Math.min(failures, 16)) * (0.75 + Math.random() / 2);
      } else if (failures > 0) {
        log.info({ failures }, 'outbox relay recovered');
        failures = 0;
      }
      if (wait > 0) await sleep(wait, undefined, { signal: stopping.signal }).catch(() => undefined);
    }
  })();

  return {
    stop: async () => {
      stopping.abort();
      await loop;
    },
  };
}
