import {
  claimServiceRequestNotice,
  failServiceRequestNotice,
  markServiceRequestNoticeSent,
  releaseServiceRequestNotice,
  type ServiceRequestNoticeEmail,
  statusLabels,
} from '@portico/core';
import { renderTemplate } from '@portico/email';
import { type Job, UnrecoverableError } from 'bullmq';
import { sendRenderedEmail } from '../mail';
import type { EmailJobData, EmailJobName } from '../queues/email';
import type { ProcessorDeps } from './deps';
import { describeSendError, shouldRetry } from './email-failure';
import { eventIdOf } from './job-payload';
import { notificationUnsubscribe, withFooter } from './notification-headers';

const template = {
  subject: 'Service request #{{number}} at {{buildingName}}: {{status}}',
  textBody: [
    'Hello {{firstName}},',
    '',
    'Your service request #{{number}} at {{buildingName}} is now {{status}}.{{when}}',
    '{{note}}',
    'See it in the portal: {{url}}',
    '',
    '{{organizationName}}',
  ].join('\n'),
  htmlBody: [
    '<p>Hello {{firstName}},</p>',
    '<p>Your service request <strong>#{{number}}</strong> at {{buildingName}} is now <strong>{{status}}</strong>.{{when}}</p>',
    '<p>{{note}}</p>',
    '<p><a href="{{url}}">See it in the portal</a></p>',
    '<p>{{organizationName}}</p>',
  ].join(''),
};

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' });

function valuesOf(email: ServiceRequestNoticeEmail): Record<string, string> {
  const noteLabel = email.status === 'declined' ? 'Reason' : 'Note';
  return {
    firstName: email.contactFirstName,
    number: String(email.number),
    buildingName: email.buildingName,
    status: statusLabels[email.status],
    when: email.scheduledFor ? ` Planned for ${dateFormat.format(email.scheduledFor)} (UTC).` : '',
    note: email.note ? `${noteLabel}: ${email.note}` : '',
    url: email.url,
    organizationName: email.organizationName,
  };
}

export type ServiceRequestNoticeOutcome =
  | { sent: true; messageId: string }
  | { sent: false; skipped?: string };

/**
 * `serviceRequestNotice.send`: claim the change's email (core re-checks the requester, its access
 * and its preference), send it with the List-Unsubscribe headers of every notification, mark it
 * sent. A duplicate job claims nothing. SMTP failures give the claim back for BullMQ's retry; the
 * last one, or a 5xx refusal, leaves it failed with the server's reason.
 */
export async function sendServiceRequestNotice(
  deps: ProcessorDeps,
  job: Job<EmailJobData, unknown, EmailJobName>,
): Promise<ServiceRequestNoticeOutcome> {
  const eventId = eventIdOf(job.data);
  const claim = await claimServiceRequestNotice(deps.db, eventId, deps.config.portalUrl);
  if (!claim) return { sent: false };
  if ('skipped' in claim) return { sent: false, skipped: claim.skipped };
  const { email } = claim;

  let messageId: string;
  try {
    const unsubscribe = notificationUnsubscribe(deps.config.unsubscribeKey, deps.config.portalUrl, email);
    messageId = await sendRenderedEmail(
      deps.transport,
      email,
      withFooter(renderTemplate(template, valuesOf(email)), unsubscribe),
      deps.config.emailFrom,
      undefined,
      unsubscribe.headers,
    );
  } catch (error) {
    const reason = describeSendError(error);
    if (shouldRetry(job, error)) {
      await releaseServiceRequestNotice(deps.db, eventId, reason);
      throw error;
    }
    await failServiceRequestNotice(deps.db, eventId, reason);
    throw new UnrecoverableError(reason);
  }
  await markServiceRequestNoticeSent(deps.db, eventId);
  deps.log.info({ eventId, messageId }, 'service request notice sent');
  return { sent: true, messageId };
}
