import { failInvitationSend, releaseInvitationSend } from '@portico/core';
import { type Job, UnrecoverableError } from 'bullmq';
import { sendTemplatedEmail } from '../mail';
import type { EmailJobData, EmailJobName } from '../queues/email';
import type { ProcessorDeps } from './deps';
import { describeSendError, shouldRetry } from './email-failure';
import { invitationIdOf } from './job-payload';

export type SendOutcome = { sent: true; messageId: string } | { sent: false };

/**
 * `invitation.send`: claim in PostgreSQL (queued -> sending, new token), send, mark sent. A job
 * that finds nothing to claim (a duplicate, a revoked or expired invitation) completes quietly.
 */
export async function sendInvitation(
  deps: ProcessorDeps,
  job: Job<EmailJobData, unknown, EmailJobName>,
): Promise<SendOutcome> {
  const invitationId = invitationIdOf(job.data);
  const claim = await deps.invitationSends.claim(invitationId);
  if (!claim) return { sent: false };

  let messageId: string;
  try {
    messageId = await sendTemplatedEmail(deps.transport, claim, deps.config.emailFrom);
  } catch (error) {
    const reason = describeSendError(error);
    if (shouldRetry(job, error)) {
      await releaseInvitationSend(deps.db, invitationId, reason);
      throw error;
    }
    await failInvitationSend(deps.db, invitationId, reason);
    throw new UnrecoverableError(reason);
  }
  // Not inside the try: once the server took the email, a failure here must not release it for a
  // second send. The row stays in `sending`, and only the reconcile sweep may resend it, much later.
  await deps.invitationSends.markSent(invitationId, messageId);
  return { sent: true, messageId };
}
