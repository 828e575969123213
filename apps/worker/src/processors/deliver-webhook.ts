import {
  claimWebhookAttempt,
  DELIVERY_ID_HEADER,
  EVENT_ID_HEADER,
  EVENT_TYPE_HEADER,
  recordWebhookFailure,
  recordWebhookSuccess,
  resolveWebhookTarget,
  SIGNATURE_HEADER,
  signWebhook,
} from '@portico/core';
import { type Job, UnrecoverableError } from 'bullmq';
import { errorMessage } from '../logger';
import type { WebhookJobData, WebhookJobName } from '../queues/webhooks';
import { webhookBackoffMs } from '../queues/webhooks';
import { postWebhook } from '../webhook-request';
import type { ProcessorDeps } from './deps';
import { deliveryIdOf } from './job-payload';

export type WebhookOutcome =
  | { delivered: true; status: number; attempt: number }
  | { delivered: false; skipped: 'done' };

/**
 * `webhook.deliver`: claim the attempt in PostgreSQL, check the target again (the SSRF guard, on
 * this attempt's DNS answer), POST the signed body, record the answer. Failures are recorded and
 * thrown for BullMQ's backoff; the last one fails the delivery for good. At-least-once: a crash
 * after the receiver answered but before the record sends the event again on the next attempt,
 * and receivers dedupe by the event id header.
 */
export async function deliverWebhook(
  deps: ProcessorDeps,
  job: Job<WebhookJobData, unknown, WebhookJobName>,
): Promise<WebhookOutcome> {
  const deliveryId = deliveryIdOf(job.data);
  const { config } = deps;
  // An attempt in flight longer than a request can take is one whose worker died.
  const claim = await claimWebhookAttempt(deps.db, deliveryId, config.webhookTimeoutMs * 3);
  if (claim.state === 'done') return { delivered: false, skipped: 'done' };
  if (claim.state === 'busy') throw new Error('Another attempt of this delivery is in flight.');

  let status: number | null = null;
  let error: string;
  try {
    const target = await resolveWebhookTarget(claim.url, claim.allowPrivate);
    const body = JSON.stringify(claim.payload);
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await postWebhook(
      target,
      {
        'Content-Type': 'application/json',
        'User-Agent': 'Portico-Webhooks/1',
        [EVENT_ID_HEADER]: claim.eventId,
        [EVENT_TYPE_HEADER]: claim.eventType,
        [DELIVERY_ID_HEADER]: claim.deliveryId,
        [SIGNATURE_HEADER]: signWebhook(claim.secret, body, timestamp),
      },
      body,
      config.webhookTimeoutMs,
    );
    status = response.status;
    if (status >= 200 && status < 300) {
      await recordWebhookSuccess(deps.db, deliveryId, status);
      return { delivered: true, status, attempt: claim.attempt };
    }
    error = `The receiver answered ${status}.`;
  } catch (err) {
    error = errorMessage(err);
  }

  const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  const nextAttemptAt = final ? null : new Date(Date.now() + webhookBackoffMs(job.attemptsMade + 1, config));
  const result = await recordWebhookFailure(
    deps.db,
    deliveryId,
    { responseCode: status, error, final, nextAttemptAt },
    {
      afterFailedDeliveries: config.webhookDisableAfterFailures,
      afterFailingMs: config.webhookDisableAfterMs,
    },
  );
  if (result.disabledEndpoint) {
    deps.log.warn(
      { endpointId: claim.endpointId, deliveryId },
      'webhook endpoint disabled after sustained failure',
    );
  }
  if (result.status === 'failed') throw new UnrecoverableError(error);
  throw new Error(error);
}
