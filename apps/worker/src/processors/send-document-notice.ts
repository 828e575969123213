import {
  claimDocumentNotice,
  failDocumentNotice,
  markDocumentNoticeSent,
  releaseDocumentNotice,
  singleNoticeValues,
} from '@portico/core';
import { renderDocumentNotice, renderTemplate } from '@portico/email';
import { type Job, UnrecoverableError } from 'bullmq';
import { sendRenderedEmail } from '../mail';
import type { EmailJobData, EmailJobName } from '../queues/email';
import type { ProcessorDeps } from './deps';
import { describeSendError, shouldRetry } from './email-failure';
import { noticeIdOf } from './job-payload';
import { notificationUnsubscribe, withFooter } from './notification-headers';

export type DocumentNoticeOutcome =
  | { sent: true; messageId: string; documents: number }
  | { sent: false; skipped?: string };

/**
 * `documentNotice.send`: claim the notice in PostgreSQL (queued -> sending), re-read its documents
 * through the access rule, send one email, mark it sent. A duplicate job claims nothing and
 * completes quietly; a notice whose documents are all gone (unpublished, access changed) or whose
 * contact can no longer sign in is closed without an email. SMTP failures are given back for
 * BullMQ's retry (the email queue's attempts and backoff), and the last one, or a 5xx refusal,
 * marks the notice failed with the server's reason.
 */
export async function sendDocumentNotice(
  deps: ProcessorDeps,
  job: Job<EmailJobData, unknown, EmailJobName>,
): Promise<DocumentNoticeOutcome> {
  const noticeId = noticeIdOf(job.data);
  const claim = await claimDocumentNotice(deps.db, noticeId, deps.config.portalUrl);
  if (!claim) return { sent: false };
  if ('skipped' in claim) return { sent: false, skipped: claim.skipped };
  const { email } = claim;

  let messageId: string;
  try {
    const rendered = email.template
      ? renderTemplate(email.template, singleNoticeValues(email))
      : renderDocumentNotice(email);
    // A notification, not a transactional email: unsubscribe headers and footer.
    const unsubscribe = notificationUnsubscribe(deps.config.unsubscribeKey, deps.config.portalUrl, email);
    messageId = await sendRenderedEmail(
      deps.transport,
      email,
      withFooter(rendered, unsubscribe),
      deps.config.emailFrom,
      undefined,
      unsubscribe.headers,
    );
  } catch (error) {
    const reason = describeSendError(error);
    if (shouldRetry(job, error)) {
      await releaseDocumentNotice(deps.db, noticeId, reason);
      throw error;
    }
    await failDocumentNotice(deps.db, noticeId, reason);
    throw new UnrecoverableError(reason);
  }
  // Outside the try: once the server took the email, a failure here must not queue it again.
  await markDocumentNoticeSent(deps.db, noticeId);
  deps.log.info({ noticeId, documents: email.total, messageId }, 'document notice sent');
  return { sent: true, messageId, documents: email.total };
}
