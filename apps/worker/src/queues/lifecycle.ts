import type { JobMap } from '@portico/core';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { WorkerConfig } from '../config';
import { completedJobRetention, failedJobRetention } from './retention';

export const lifecycleQueueName = 'lifecycle';

/** Periodic safety nets, run by BullMQ job schedulers rather than by the outbox. */
export type SweepJobName =
  | 'sweep.expiry'
  | 'sweep.reconcile-sends'
  | 'sweep.reminders'
  | 'sweep.prune-outbox'
  | 'sweep.digests'
  | 'sweep.invoice-reminders';
/** The outbox jobs of this queue: database work, no email. */
export type LifecycleOutboxJobName = Extract<
  keyof JobMap,
  'invitation.expire' | 'invitationBatch.expire' | 'documents.notify' | 'reportSchedule.sync'
>;
export type LifecycleJobName = LifecycleOutboxJobName | SweepJobName;
/** Sweeps carry no payload: they read what is due from the database. */
export type LifecycleJobData = JobMap[LifecycleOutboxJobName] | Record<string, never>;
export type LifecycleQueue = Queue<LifecycleJobData, unknown, LifecycleJobName>;

export function createLifecycleQueue(connection: Redis, config: WorkerConfig): LifecycleQueue {
  return new Queue<LifecycleJobData, unknown, LifecycleJobName>(lifecycleQueueName, {
    connection,
    prefix: config.redisPrefix,
    defaultJobOptions: {
      // Only the database can fail these (a restart, a failover): three tries a few seconds apart,
      // and the next sweep picks up whatever still failed.
      attempts: 3,
      backoff: { type: 'exponential', delay: 2000 },
      removeOnComplete: completedJobRetention,
      removeOnFail: failedJobRetention,
    },
  });
}

/**
 * Registers the sweeps. Upserting is idempotent, so every worker process does it at start and
 * again whenever Redis comes back (a Redis restarted without persistence forgets its schedulers);
 * all processes share one scheduler per id, so each sweep runs once per period, not once per process.
 */
export async function upsertSweepSchedulers(queue: LifecycleQueue, config: WorkerConfig): Promise<void> {
  const sweeps: [SweepJobName, number][] = [
    ['sweep.expiry', config.expirySweepMs],
    ['sweep.reconcile-sends', config.reconcileSweepMs],
    ['sweep.reminders', config.reminderSweepMs],
    ['sweep.prune-outbox', config.outboxPruneSweepMs],
  ];
  for (const [name, every] of sweeps) {
    await queue.upsertJobScheduler(name, { every }, { name, data: {} });
  }
  // Once a day at a set hour rather than every 24 h from whenever a worker first started.
  await queue.upsertJobScheduler(
    'sweep.digests',
    { pattern: config.digestCron, tz: config.digestTimezone },
    { name: 'sweep.digests', data: {} },
  );
  await queue.upsertJobScheduler(
    'sweep.invoice-reminders',
    { pattern: config.invoiceReminderCron, tz: config.digestTimezone },
    { name: 'sweep.invoice-reminders', data: {} },
  );
}
