import type { InvitationEmail } from '@portico/core';
import { type MailTransport, renderTemplate } from '@portico/email';

type Sender = string | { name: string; address: string };

/** A bare address is shown under the organization's name; "Name <address>" is used as given. */
function senderOf(email: InvitationEmail, fallback: string): Sender {
  if (!email.from) return fallback;
  if (email.from.includes('<')) return email.from;
  return { name: email.organizationName, address: email.from };
}

/** Renders (values HTML-escaped, with a text part) and sends; resolves to the SMTP message id. */
export async function sendInvitationEmail(
  transport: MailTransport,
  email: InvitationEmail,
  fallbackFrom: string,
): Promise<string> {
  const rendered = renderTemplate(email.template, email.values);
  const info = await transport.sendMail({
    from: senderOf(email, fallbackFrom),
    to: email.to,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
  });
  return info.messageId;
}
