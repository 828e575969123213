import { claimReminder, failReminder, markReminderSent, releaseReminder } from '@portico/core';
import { type Job, UnrecoverableError } from 'bullmq';
import { sendTemplatedEmail } from '../mail';
import type { EmailJobData, EmailJobName } from '../queues/email';
import type { ProcessorDeps } from './deps';
import { describeSendError, shouldRetry } from './email-failure';
import { invitationIdOf } from './job-payload';

export type RemindOutcome = { reminded: true; messageId: string } | { reminded: false };

/**
 * `invitation.remind`: claim the reminder (counted, stamped), send it with a new link, then make
 * that link the invitation's. A reminder no longer due (accepted, expired, already sent, turned
 * off) completes quietly.
 */
export async function remindInvitation(
  deps: ProcessorDeps,
  job: Job<EmailJobData, unknown, EmailJobName>,
): Promise<RemindOutcome> {
  const invitationId = invitationIdOf(job.data);
  const claim = await claimReminder(deps.db, invitationId, { portalUrl: deps.config.portalUrl });
  if (!claim) return { reminded: false };

  let messageId: string;
  try {
    messageId = await sendTemplatedEmail(deps.transport, claim, deps.config.emailFrom);
  } catch (error) {
    const reason = describeSendError(error);
    if (shouldRetry(job, error)) {
      await releaseReminder(deps.db, claim);
      throw error;
    }
    await failReminder(deps.db, claim, reason);
    throw new UnrecoverableError(reason);
  }
  await markReminderSent(deps.db, claim, messageId);
  return { reminded: true, messageId };
}
