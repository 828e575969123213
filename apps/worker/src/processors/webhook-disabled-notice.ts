import { loadDisabledEndpointNotice } from '@portico/core';
import { renderTemplate } from '@portico/email';
import type { Job } from 'bullmq';
import { sendRenderedEmail } from '../mail';
import type { EmailJobData, EmailJobName } from '../queues/email';
import type { ProcessorDeps } from './deps';
import { endpointIdOf } from './job-payload';

const template = {
  subject: 'Webhook endpoint disabled: {{url}}',
  textBody: [
    'Portico stopped sending webhooks of {{organizationName}} to {{url}}.',
    '',
    '{{reason}}',
    '',
    'Events are no longer delivered there. Fix the receiver, then enable the endpoint again under',
    'Settings > Webhooks in the office console; failed deliveries can be replayed from its log.',
  ].join('\n'),
  htmlBody: [
    '<p>Portico stopped sending webhooks of {{organizationName}} to <strong>{{url}}</strong>.</p>',
    '<p>{{reason}}</p>',
    '<p>Events are no longer delivered there. Fix the receiver, then enable the endpoint again under ',
    'Settings &gt; Webhooks in the office console; failed deliveries can be replayed from its log.</p>',
  ].join(''),
};

/**
 * `webhookEndpoint.disabledNotice`: one email to the office users who manage integrations. A
 * retried job may send it twice (SMTP is at-least-once); an endpoint enabled again meanwhile, or
 * deleted, gets no email.
 */
export async function sendWebhookDisabledNotice(
  deps: ProcessorDeps,
  job: Job<EmailJobData, unknown, EmailJobName>,
): Promise<{ sent: boolean; recipients: number }> {
  const notice = await loadDisabledEndpointNotice(deps.db, endpointIdOf(job.data));
  if (!notice || notice.recipients.length === 0) return { sent: false, recipients: 0 };
  const rendered = renderTemplate(template, {
    url: notice.url,
    reason: notice.reason,
    organizationName: notice.organizationName,
  });
  await sendRenderedEmail(
    deps.transport,
    { to: notice.recipients.join(', '), from: null, organizationName: notice.organizationName },
    rendered,
    deps.config.emailFrom,
  );
  return { sent: true, recipients: notice.recipients.length };
}
