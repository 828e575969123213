import type { JobMap } from '@portico/core';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { WorkerConfig } from '../config';
import { completedJobRetention, failedJobRetention } from './retention';

export const emailQueueName = 'email';

/** The jobs that send an email: retried with backoff, since SMTP servers fail transiently. */
export type EmailJobName = Extract<
  keyof JobMap,
  | 'invitation.send'
  | 'invitation.remind'
  | 'portalLink.send'
  | 'documentNotice.send'
  | 'reportRun.send'
  | 'webhookEndpoint.disabledNotice'
  | 'messageNotice.send'
  | 'serviceRequestNotice.send'
>;
export type EmailJobData = JobMap[EmailJobName];
export type EmailQueue = Queue<EmailJobData, unknown, EmailJobName>;

export function createEmailQueue(connection: Redis, config: WorkerConfig): EmailQueue {
  return new Queue<EmailJobData, unknown, EmailJobName>(emailQueueName, {
    connection,
    prefix: config.redisPrefix,
    defaultJobOptions: {
      // 5 attempts, doubling from 30 s (30 s, 1, 2, 4 min): rides out a greylisting server or a
      // relay restart (~7.5 min) before the office is asked to retry by hand.
      attempts: config.emailAttempts,
      backoff: { type: 'exponential', delay: config.emailBackoffMs },
      removeOnComplete: completedJobRetention,
      removeOnFail: failedJobRetention,
    },
  });
}
