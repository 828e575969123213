import {
  claimPortalLinkSend,
  failPortalLinkSend,
  markPortalLinkSent,
  portalLinkEmail,
  releasePortalLinkSend,
} from '@portico/core';
import { type Job, UnrecoverableError } from 'bullmq';
import { sendTemplatedEmail } from '../mail';
import type { EmailJobData, EmailJobName } from '../queues/email';
import type { ProcessorDeps } from './deps';
import { describeSendError, shouldRetry } from './email-failure';
import { linkIdOf } from './job-payload';

export type PortalLinkOutcome = { sent: true; messageId: string } | { sent: false };

/**
 * `portalLink.send`: claim in PostgreSQL (queued -> sending, new token, expiry from now), send the
 * sign-in or reset email, mark sent. A job that finds nothing to claim (a duplicate, a link already
 * sent or used) completes quietly. The token lives in this function's memory only: log lines and
 * the job's result carry the link id, never the token or the rendered email.
 */
export async function sendPortalLink(
  deps: ProcessorDeps,
  job: Job<EmailJobData, unknown, EmailJobName>,
): Promise<PortalLinkOutcome> {
  const linkId = linkIdOf(job.data);
  const claim = await claimPortalLinkSend(deps.db, linkId, new Date());
  if (!claim) return { sent: false };

  let messageId: string;
  try {
    const email = portalLinkEmail(claim, deps.config.portalUrl);
    messageId = await sendTemplatedEmail(deps.transport, email, deps.config.emailFrom);
  } catch (error) {
    const reason = describeSendError(error);
    if (shouldRetry(job, error)) {
      await releasePortalLinkSend(deps.db, linkId);
      throw error;
    }
    await failPortalLinkSend(deps.db, linkId, reason);
    throw new UnrecoverableError(reason);
  }
  // Not inside the try: once the server took the email, a failure here must not release it for a
  // second email with another token. The row stays in `sending` with its link working, and a
  // retry of this job claims nothing.
  await markPortalLinkSent(deps.db, linkId);
  // Support's answer to "I never got the email"; one line per request a person made, so info.
  deps.log.info({ linkId, purpose: claim.purpose, messageId }, 'portal link email sent');
  return { sent: true, messageId };
}
