/**
 * Every background job, by name, with its payload: the one map producer (outbox writer) and
 * processor (worker) share. Payloads carry ids only: never tokens, addresses or secrets.
 */
export interface JobMap {
  /** Generate the invitation's link token and email it. */
  'invitation.send': { invitationId: string };
  /** Mark the invitation expired if it is still pending at its expiry time. */
  'invitation.expire': { invitationId: string };
  /** Expire a batch's invitations still pending at their (shared) expiry time: one job per batch. */
  'invitationBatch.expire': { batchId: string };
  /** Email a reminder for a still-pending invitation. */
  'invitation.remind': { invitationId: string };
  /** Mint a sign-in or password-reset link's token and email it. */
  'portalLink.send': { linkId: string };
  /** Turn an organization's newly published documents into one notice per contact who sees them. */
  'documents.notify': { orgId: string };
  /** Email one "new documents" notice. */
  'documentNotice.send': { noticeId: string };
  /** Build a report export and email it, attached, to the run's recipients. */
  'reportRun.send': { runId: string };
  /** Register (or remove, when paused or deleted) the schedule's BullMQ job scheduler. */
  'reportSchedule.sync': { scheduleId: string };
  /** POST one webhook delivery to its endpoint, signed; retried with backoff for about a day. */
  'webhook.deliver': { deliveryId: string };
  /** Email the office that a webhook endpoint was disabled after sustained failure. */
  'webhookEndpoint.disabledNotice': { endpointId: string };
  /** Email a contact that the office replied in one of its message threads. */
  'messageNotice.send': { noticeId: string };
  /** Email the requester one change of its service request (the history row's id). */
  'serviceRequestNotice.send': { eventId: string };
}

export type JobName = keyof JobMap;

export const jobNames = [
  'invitation.send',
  'invitation.expire',
  'invitationBatch.expire',
  'invitation.remind',
  'portalLink.send',
  'documents.notify',
  'documentNotice.send',
  'reportRun.send',
  'reportSchedule.sync',
  'webhook.deliver',
  'webhookEndpoint.disabledNotice',
  'messageNotice.send',
  'serviceRequestNotice.send',
] as const satisfies readonly JobName[];

/** The BullMQ job id of an outbox row: relaying the same row twice cannot enqueue it twice. */
export const jobIdOf = (outboxId: number) => `outbox-${outboxId}`;
