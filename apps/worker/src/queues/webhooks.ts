import type { JobMap } from '@portico/core';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { WorkerConfig } from '../config';
import { completedJobRetention, failedJobRetention } from './retention';

/**
 * Webhook deliveries, on a queue of their own: a slow or dead receiver holds a slot for up to the
 * request timeout, and must never delay an invitation email behind it.
 */
export const webhooksQueueName = 'webhooks';

export type WebhookJobName = Extract<keyof JobMap, 'webhook.deliver'>;
export type WebhookJobData = JobMap[WebhookJobName];
export type WebhooksQueue = Queue<WebhookJobData, unknown, WebhookJobName>;

/** The custom backoff's name, registered by the queue's worker (worker.ts). */
export const WEBHOOK_BACKOFF = 'webhook';

/**
 * The delay before retry `attemptsMade` (1-based): the base times 4^(n-1), capped. With the
 * defaults (30 s, cap 6 h, 10 attempts): 30 s, 2 min, 8 min, 32 min, ~2 h, then 6 h apart, so a
 * receiver down for a day still gets the event; the last attempt is ~27 h after the first.
 */
export function webhookBackoffMs(
  attemptsMade: number,
  config: Pick<WorkerConfig, 'webhookBackoffMs' | 'webhookMaxBackoffMs'>,
): number {
  const n = Math.max(1, attemptsMade);
  return Math.min(config.webhookMaxBackoffMs, config.webhookBackoffMs * 4 ** Math.min(n - 1, 20));
}

export function createWebhooksQueue(connection: Redis, config: WorkerConfig): WebhooksQueue {
  return new Queue<WebhookJobData, unknown, WebhookJobName>(webhooksQueueName, {
    connection,
    prefix: config.redisPrefix,
    defaultJobOptions: {
      attempts: config.webhookAttempts,
      backoff: { type: WEBHOOK_BACKOFF },
      removeOnComplete: completedJobRetention,
      removeOnFail: failedJobRetention,
    },
  });
}
