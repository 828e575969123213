import { escapeHtml, type RenderedEmail } from './render';

export interface UnsubscribeLink {
  /** The portal's one-click unsubscribe page for this email's categories. */
  url: string;
  /** What it turns off, in words ("invoices due"). */
  what: string;
  /** The portal's notification settings page. */
  settingsUrl: string;
}

/**
 * The visible unsubscribe line every notification email ends with (the List-Unsubscribe header
 * serves mail clients; this serves people). Transactional emails (invitations, sign-in links,
 * password resets) do not get it.
 */
export function withUnsubscribeFooter(email: RenderedEmail, link: UnsubscribeLink): RenderedEmail {
  const html = `<hr style="border:none;border-top:1px solid #ddd;margin:24px 0 12px"><p style="color:#555;font-size:12px">You get these emails for ${escapeHtml(link.what)}. <a href="${escapeHtml(link.url)}">Unsubscribe</a> or <a href="${escapeHtml(link.settingsUrl)}">change your notification settings</a>.</p>`;
  const text = `\n\n--\nYou get these emails for ${link.what}.\nUnsubscribe: ${link.url}\nNotification settings: ${link.settingsUrl}`;
  return { ...email, html: email.html + html, text: email.text + text };
}
