import {
  categoryLabels,
  type DocumentNoticeEmail,
  signUnsubscribeToken,
  unsubscribeUrlOf,
} from '@portico/core';
import type { RenderedEmail, UnsubscribeLink } from '@portico/email';
import { withUnsubscribeFooter } from '@portico/email';
import type { MailHeaders } from '../mail';

/**
 * Every notification email (new documents, digests, reminders) names its categories and gets:
 * a visible unsubscribe line, and RFC 8058 one-click headers, so mail clients show their own
 * "Unsubscribe" button and POST to the API without anyone signing in. Invitations, sign-in links
 * and password resets are transactional (the person asked for them, or cannot use the portal
 * without them) and get neither.
 */
export interface NotificationUnsubscribe {
  headers: MailHeaders;
  link: UnsubscribeLink;
}

export function notificationUnsubscribe(
  key: Buffer,
  portalUrl: string,
  email: Pick<DocumentNoticeEmail, 'contactId' | 'categories'>,
): NotificationUnsubscribe {
  const token = signUnsubscribeToken(key, { contactId: email.contactId, categories: email.categories });
  const portal = portalUrl.replace(/\/$/, '');
  // The header's URL is the API's one-click endpoint itself (mail clients POST to it with
  // `List-Unsubscribe=One-Click`), reached through the portal's origin like every portal API
  // call (the reverse proxy, or Vite's in development); people following the body's link land
  // on the portal's page, which asks before it POSTs.
  const oneClick = `${portal}/portal/v1/unsubscribe?token=${encodeURIComponent(token)}`;
  return {
    headers: {
      'List-Unsubscribe': `<${oneClick}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    link: {
      url: unsubscribeUrlOf(portal, token),
      what: email.categories.map((c) => categoryLabels[c]).join(', '),
      settingsUrl: `${portal}/settings/notifications`,
    },
  };
}

export function withFooter(rendered: RenderedEmail, unsubscribe: NotificationUnsubscribe): RenderedEmail {
  return withUnsubscribeFooter(rendered, unsubscribe.link);
}
