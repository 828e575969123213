import {
  claimMessageNotice,
  failMessageNotice,
  markMessageNoticeSent,
  releaseMessageNotice,
} from '@portico/core';
import { renderMessageReply } from '@portico/email';
import { type Job, UnrecoverableError } from 'bullmq';
import { sendRenderedEmail } from '../mail';
import type { EmailJobData, EmailJobName } from '../queues/email';
import type { ProcessorDeps } from './deps';
import { describeSendError, shouldRetry } from './email-failure';
import { noticeIdOf } from './job-payload';
import { notificationUnsubscribe, withFooter } from './notification-headers';

export type MessageNoticeOutcome = { sent: true; messageId: string } | { sent: false; skipped?: string };

/**
 * `messageNotice.send`: "the office replied" to one contact. Claimed in PostgreSQL (queued ->
 * sending), so a duplicate job sends nothing; the contact's access, enrolment and `messages`
 * preference are checked again at the claim. A notification: unsubscribe headers and footer,
 * like the document notices. SMTP failures go back for BullMQ's retry; the last one fails it.
 */
export async function sendMessageNotice(
  deps: ProcessorDeps,
  job: Job<EmailJobData, unknown, EmailJobName>,
): Promise<MessageNoticeOutcome> {
  const noticeId = noticeIdOf(job.data);
  const claim = await claimMessageNotice(deps.db, noticeId, deps.config.portalUrl);
  if (!claim) return { sent: false };
  if ('skipped' in claim) return { sent: false, skipped: claim.skipped };
  const { email } = claim;

  let messageId: string;
  try {
    const unsubscribe = notificationUnsubscribe(deps.config.unsubscribeKey, deps.config.portalUrl, email);
    messageId = await sendRenderedEmail(
      deps.transport,
      email,
      withFooter(renderMessageReply(email), unsubscribe),
      deps.config.emailFrom,
      undefined,
      unsubscribe.headers,
    );
  } catch (error) {
    const reason = describeSendError(error);
    if (shouldRetry(job, error)) {
      await releaseMessageNotice(deps.db, noticeId, reason);
      throw error;
    }
    await failMessageNotice(deps.db, noticeId, reason);
    throw new UnrecoverableError(reason);
  }
  // Outside the try: once the server took the email, a failure here must not queue it again.
  await markMessageNoticeSent(deps.db, noticeId);
  deps.log.info({ noticeId, messageId }, 'message notice sent');
  return { sent: true, messageId };
}
