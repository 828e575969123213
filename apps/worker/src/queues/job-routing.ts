import type { JobMap, JobName } from '@portico/core';
import { type EmailJobName, emailQueueName } from './email';
import { lifecycleQueueName } from './lifecycle';
import { type WebhookJobName, webhooksQueueName } from './webhooks';

/**
 * Which queue each outbox job goes to. A Record over every JobName, so a job added to the map in
 * packages/core does not compile here until someone decides: route it to a queue with a
 * processor, or `null`, which leaves its rows in the outbox (nothing lost) until a worker that
 * can process them is deployed.
 */
export const queueOfJob = {
  'invitation.send': emailQueueName,
  'invitation.remind': emailQueueName,
  'invitation.expire': lifecycleQueueName,
  // A batch's expiry: database work like the single one, in bounded runs.
  'invitationBatch.expire': lifecycleQueueName,
  // Beside the invitations, since it shares their SMTP pool, retries and failure handling.
  'portalLink.send': emailQueueName,
  // Database work only (one set-based statement per organization), like expiry.
  'documents.notify': lifecycleQueueName,
  // An email like the others: same SMTP pool, retries and backoff.
  'documentNotice.send': emailQueueName,
  // An email with the export attached: the SMTP pool, retries and backoff of the other emails.
  'reportRun.send': emailQueueName,
  // Redis bookkeeping (upsert or remove a job scheduler), beside the other non-email work.
  'reportSchedule.sync': lifecycleQueueName,
  // Its own queue: a slow receiver holds a slot for seconds and must never delay an email.
  'webhook.deliver': webhooksQueueName,
  // An email to the office like the others: the SMTP pool, retries and backoff.
  'webhookEndpoint.disabledNotice': emailQueueName,
  // "The office replied" to a contact: an email like the others.
  'messageNotice.send': emailQueueName,
  // The requester's email about its service request: an email like the others.
  'serviceRequestNotice.send': emailQueueName,
} as const satisfies Record<
  JobName,
  typeof emailQueueName | typeof lifecycleQueueName | typeof webhooksQueueName | null
>;

/**
 * The id each job's payload carries (payloads are one id, never a token). The relay checks it
 * before a row crosses into Redis, and a job added to the map does not compile here without it.
 */
export const payloadIdField = {
  'invitation.send': 'invitationId',
  'invitation.remind': 'invitationId',
  'invitation.expire': 'invitationId',
  'invitationBatch.expire': 'batchId',
  'portalLink.send': 'linkId',
  'documents.notify': 'orgId',
  'documentNotice.send': 'noticeId',
  'reportRun.send': 'runId',
  'reportSchedule.sync': 'scheduleId',
  'webhook.deliver': 'deliveryId',
  'webhookEndpoint.disabledNotice': 'endpointId',
  'messageNotice.send': 'noticeId',
  'serviceRequestNotice.send': 'eventId',
} as const satisfies { [N in JobName]: keyof JobMap[N] };

export type RoutedJobName = { [N in JobName]: (typeof queueOfJob)[N] extends null ? never : N }[JobName];

/** The outbox jobs this worker relays; any other row stays in the outbox. */
export const relayedJobNames = (Object.keys(queueOfJob) as JobName[]).filter(
  (name): name is RoutedJobName => queueOfJob[name] !== null,
);

export const isEmailJob = (name: RoutedJobName): name is EmailJobName => queueOfJob[name] === emailQueueName;

export const isWebhookJob = (name: RoutedJobName): name is WebhookJobName =>
  queueOfJob[name] === webhooksQueueName;

/** The payload of an outbox row as its job's data: just its id, or null when the row lacks it. */
export function jobDataOf<N extends RoutedJobName>(
  name: N,
  payload: Record<string, unknown>,
): JobMap[N] | null {
  const field = payloadIdField[name];
  const id = payload[field];
  // The cast is the check above: every payload in the job map is exactly its one id field.
  return typeof id === 'string' ? ({ [field]: id } as JobMap[N]) : null;
}
