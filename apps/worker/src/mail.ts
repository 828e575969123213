import type { InvitationEmail } from '@portico/core';
import { type MailTransport, type RenderedEmail, renderTemplate } from '@portico/email';

/** What a templated email needs; invitations, reminders and portal links all come in this shape. */
export type TemplatedEmail = Pick<
  InvitationEmail,
  'to' | 'from' | 'organizationName' | 'template' | 'values'
>;

type Sender = string | { name: string; address: string };

/** A bare address is shown under the organization's name; "Name <address>" is used as given. */
function senderOf(email: Pick<TemplatedEmail, 'from' | 'organizationName'>, fallback: string): Sender {
  if (!email.from) return fallback;
  if (email.from.includes('<')) return email.from;
  return { name: email.organizationName, address: email.from };
}

/** Renders (values HTML-escaped, with a text part) and sends; resolves to the SMTP message id. */
export async function sendTemplatedEmail(
  transport: MailTransport,
  email: TemplatedEmail,
  fallbackFrom: string,
): Promise<string> {
  return sendRenderedEmail(transport, email, renderTemplate(email.template, email.values), fallbackFrom);
}

/** Files attached to an email (the report exports), read from disk as the message is sent. */
export type MailAttachments = Parameters<MailTransport['sendMail']>[0]['attachments'];

/**
 * Extra headers. Notification emails (processors/notification-headers.ts) carry List-Unsubscribe;
 * invitations, sign-in links and password resets are transactional and carry none.
 */
export type MailHeaders = Record<string, string>;

/** Sends an email rendered elsewhere (e.g. the document notices) under the same sender rules. */
export async function sendRenderedEmail(
  transport: MailTransport,
  email: Pick<TemplatedEmail, 'to' | 'from' | 'organizationName'>,
  rendered: RenderedEmail,
  fallbackFrom: string,
  attachments?: MailAttachments,
  headers?: MailHeaders,
): Promise<string> {
  const info = await transport.sendMail({
    from: senderOf(email, fallbackFrom),
    to: email.to,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    ...(attachments ? { attachments } : {}),
    ...(headers ? { headers } : {}),
  });
  return info.messageId;
}
