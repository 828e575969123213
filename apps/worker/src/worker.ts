import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Logger } from 'pino';
import type { WorkerConfig } from './config';
import { openConnections } from './connections';
import { batchedInvitationSends } from './invitation-sends';
import { createLogger, errorMessage } from './logger';
import { startOutboxRelay } from './outbox-relay';
import { deliverWebhook } from './processors/deliver-webhook';
import type { ProcessorDeps } from './processors/deps';
import { expireBatchJob } from './processors/expire-batch';
import { expireInvitationJob } from './processors/expire-invitation';
import { notifyDocuments } from './processors/notify-documents';
import { remindInvitation } from './processors/remind-invitation';
import { evaluateAlertsJob, fireReportScheduleJob, syncReportSchedule } from './processors/report-schedules';
import { sendDocumentNotice } from './processors/send-document-notice';
import { sendInvitation } from './processors/send-invitation';
import { sendMessageNotice } from './processors/send-message-notice';
import { sendPortalLink } from './processors/send-portal-link';
import { sendReportRun } from './processors/send-report-run';
import { sendServiceRequestNotice } from './processors/send-service-request-notice';
import { runSweep } from './processors/sweep';
import { sendWebhookDisabledNotice } from './processors/webhook-disabled-notice';
import {
  createEmailQueue,
  type EmailJobData,
  type EmailJobName,
  type EmailQueue,
  emailQueueName,
} from './queues/email';
import {
  createLifecycleQueue,
  type LifecycleJobData,
  type LifecycleJobName,
  type LifecycleQueue,
  lifecycleQueueName,
  upsertSweepSchedulers,
} from './queues/lifecycle';
import {
  createReportsQueue,
  type ReportsJobData,
  type ReportsQueue,
  registerReportSchedulers,
  reportsQueueName,
} from './queues/report-schedulers';
import {
  createWebhooksQueue,
  WEBHOOK_BACKOFF,
  type WebhookJobData,
  type WebhookJobName,
  type WebhooksQueue,
  webhookBackoffMs,
  webhooksQueueName,
} from './queues/webhooks';

/**
 * Expiry jobs are one UPDATE each and sweeps run a few times a minute: a handful in flight keeps
 * up with a 100k batch expiring at once (~1k/s) without taking the pool from the email jobs.
 */
const LIFECYCLE_CONCURRENCY = 5;
const REPORTS_CONCURRENCY = 2;

export interface RunningWorker {
  queues: { email: EmailQueue; lifecycle: LifecycleQueue; reports: ReportsQueue; webhooks: WebhooksQueue };
  /** Stops relaying, lets jobs in flight finish, then closes every connection. */
  stop: () => Promise<void>;
}

function processEmailJob(deps: ProcessorDeps, job: Job<EmailJobData, unknown, EmailJobName>) {
  switch (job.name) {
    case 'invitation.send':
      return sendInvitation(deps, job);
    case 'invitation.remind':
      return remindInvitation(deps, job);
    case 'portalLink.send':
      return sendPortalLink(deps, job);
    case 'documentNotice.send':
      return sendDocumentNotice(deps, job);
    case 'reportRun.send':
      return sendReportRun(deps, job);
    case 'webhookEndpoint.disabledNotice':
      return sendWebhookDisabledNotice(deps, job);
    case 'messageNotice.send':
      return sendMessageNotice(deps, job);
    case 'serviceRequestNotice.send':
      return sendServiceRequestNotice(deps, job);
  }
}

function processLifecycleJob(
  deps: ProcessorDeps,
  job: Job<LifecycleJobData, unknown, LifecycleJobName>,
  reports: ReportsQueue,
  email: EmailQueue,
) {
  switch (job.name) {
    case 'invitation.expire':
      return expireInvitationJob(deps, job.data);
    case 'invitationBatch.expire':
      return expireBatchJob(deps, job.data);
    case 'documents.notify':
      return notifyDocuments(deps, job.data);
    case 'sweep.expiry':
    case 'sweep.reconcile-sends':
    case 'sweep.reminders':
    case 'sweep.prune-outbox':
    case 'sweep.digests':
    case 'sweep.invoice-reminders':
      return runSweep(deps, job.name, email);
    case 'reportSchedule.sync':
      return syncReportSchedule(deps, reports, job.data);
  }
}

/** Jobs the reports' job schedulers create: a schedule's fire, the alerts' evaluation. */
function processReportsJob(deps: ProcessorDeps, job: Job<ReportsJobData, unknown, string>) {
  if (job.name === 'reportSchedule.fire') return fireReportScheduleJob(deps, job);
  if (job.name === 'reportAlerts.evaluate') return evaluateAlertsJob(deps);
  throw new UnrecoverableError(`no processor for the reports job ${job.name}`);
}

function logFailures<D, N extends string>(worker: Worker<D, unknown, N>, log: Logger): void {
  worker.on('failed', (job, err) => {
    const final = !job || job.attemptsMade >= (job.opts.attempts ?? 1) || err.name === 'UnrecoverableError';
    log[final ? 'error' : 'warn'](
      {
        queue: worker.name,
        job: job?.name,
        jobId: job?.id,
        attempt: job?.attemptsMade,
        err: errorMessage(err),
      },
      final ? 'job failed for good' : 'job failed; will retry',
    );
  });
  // Connection trouble is already reported once per outage by connections.ts.
  worker.on('error', (err) => log.debug({ queue: worker.name, err: err.message }, 'worker error'));
}

/** Starts the relay, the processors and the sweeps in this process. main.ts and tests both use it. */
export async function startWorker(
  config: WorkerConfig,
  log: Logger = createLogger(config),
): Promise<RunningWorker> {
  const connections = openConnections(config, log);
  const deps: ProcessorDeps = {
    db: connections.db.db,
    transport: connections.transport,
    config,
    log,
    // No batch is larger than the jobs that can be in flight at once.
    invitationSends: batchedInvitationSends(connections.db.db, config.portalUrl, config.concurrency),
  };
  const queues = {
    email: createEmailQueue(connections.producer, config),
    lifecycle: createLifecycleQueue(connections.producer, config),
    reports: createReportsQueue(connections.producer, config),
    webhooks: createWebhooksQueue(connections.producer, config),
  };
  for (const queue of [queues.email, queues.lifecycle, queues.reports, queues.webhooks]) {
    queue.on('error', (err) => log.debug({ queue: queue.name, err: err.message }, 'queue error'));
  }

  const emailWorker = new Worker<EmailJobData, unknown, EmailJobName>(
    emailQueueName,
    (job) => processEmailJob(deps, job),
    {
      connection: connections.consumer,
      prefix: config.redisPrefix,
      // WORKER_CONCURRENCY, 100 by default: why that many is explained in config.ts.
      concurrency: config.concurrency,
    },
  );
  const lifecycleWorker = new Worker<LifecycleJobData, unknown, LifecycleJobName>(
    lifecycleQueueName,
    (job) => processLifecycleJob(deps, job, queues.reports, queues.email),
    { connection: connections.consumer, prefix: config.redisPrefix, concurrency: LIFECYCLE_CONCURRENCY },
  );
  logFailures(emailWorker, log);
  // Fires are one INSERT and evaluations run rule by rule: two at a time is plenty, and keeps a
  // burst of schedules due at 08:00 from taking the pool from the email jobs.
  const reportsWorker = new Worker<ReportsJobData, unknown, string>(
    reportsQueueName,
    (job) => processReportsJob(deps, job),
    { connection: connections.consumer, prefix: config.redisPrefix, concurrency: REPORTS_CONCURRENCY },
  );
  logFailures(lifecycleWorker, log);
  logFailures(reportsWorker, log);
  const webhooksWorker = new Worker<WebhookJobData, unknown, WebhookJobName>(
    webhooksQueueName,
    (job) => deliverWebhook(deps, job),
    {
      connection: connections.consumer,
      prefix: config.redisPrefix,
      // WEBHOOK_CONCURRENCY, 20 by default: why that many is explained in config.ts.
      concurrency: config.webhookConcurrency,
      settings: {
        backoffStrategy: (attemptsMade, type) =>
          type === WEBHOOK_BACKOFF ? webhookBackoffMs(attemptsMade, config) : config.webhookBackoffMs,
      },
    },
  );
  logFailures(webhooksWorker, log);

  // Schedulers live in Redis: (re)register them whenever the connection becomes ready.
  let stopped = false;
  const registerSweeps = () => {
    if (stopped) return;
    upsertSweepSchedulers(queues.lifecycle, config).catch((err: Error) =>
      log.warn({ err: err.message }, 'could not register the sweep schedulers; will retry on reconnect'),
    );
    registerReportSchedulers(queues.reports, deps.db).catch((err: Error) =>
      log.warn({ err: err.message }, 'could not register the report schedulers; will retry on reconnect'),
    );
  };
  connections.producer.on('ready', registerSweeps);
  if (connections.producer.status === 'ready') registerSweeps();

  const relay = startOutboxRelay({
    db: connections.db.db,
    producer: connections.producer,
    queues,
    log,
    pollMs: config.relayPollMs,
    maxBackoffMs: config.relayMaxBackoffMs,
  });

  let stopping: Promise<void> | undefined;
  const stop = async () => {
    stopped = true;
    connections.producer.off('ready', registerSweeps);
    await relay.stop();
    await Promise.allSettled([
      emailWorker.close(),
      lifecycleWorker.close(),
      reportsWorker.close(),
      webhooksWorker.close(),
    ]);
    await Promise.allSettled([
      queues.email.close(),
      queues.lifecycle.close(),
      queues.reports.close(),
      queues.webhooks.close(),
    ]);
    await connections.close();
  };
  return {
    queues,
    stop: () => {
      stopping ??= stop();
      return stopping;
    },
  };
}
