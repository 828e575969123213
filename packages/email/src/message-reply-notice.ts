import { escapeHtml, type RenderedEmail } from './render';

export interface MessageReplyContent {
  organizationName: string;
  /** The organization's brand colour (#rgb or #rrggbb); anything else falls back to a neutral blue. */
  brandColor?: string;
  contactFirstName: string;
  /** Who answered (the office user's name). */
  authorName: string;
  threadSubject: string;
  /** The start of the reply, as written (plain text). */
  excerpt: string;
  attachments: number;
  /** The portal page of the conversation. */
  url: string;
}

const DEFAULT_COLOR = '#1d4ed8';
const safeColor = (color: string | undefined) =>
  color && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(color) ? color : DEFAULT_COLOR;
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ').trim();

/**
 * "The office replied": the reply's start and a button into the portal conversation. The reply
 * and subject are people's text, so every value is escaped in the HTML part; line breaks of the
 * reply are kept.
 */
export function renderMessageReply(content: MessageReplyContent): RenderedEmail {
  const org = content.organizationName;
  const subject = oneLine(`New reply from ${org}: ${content.threadSubject}`);
  const color = safeColor(content.brandColor);
  const files =
    content.attachments > 0
      ? `${content.attachments} attached file${content.attachments === 1 ? '' : 's'} in the portal.`
      : '';
  const html = [
    `<p style="font-weight:bold;color:${color}">${escapeHtml(org)}</p>`,
    `<p>Hello ${escapeHtml(content.contactFirstName)},</p>`,
    `<p>${escapeHtml(content.authorName)} replied to “${escapeHtml(content.threadSubject)}”:</p>`,
    `<blockquote style="margin:0 0 12px;padding:8px 12px;border-left:3px solid ${color};color:#333">${escapeHtml(content.excerpt).replace(/\r?\n/g, '<br>')}</blockquote>`,
    files ? `<p>${escapeHtml(files)}</p>` : '',
    `<p><a href="${escapeHtml(content.url)}" style="display:inline-block;padding:10px 16px;background:${color};color:#fff;text-decoration:none;border-radius:4px">Read and reply</a></p>`,
  ].join('');
  const text = [
    `Hello ${content.contactFirstName},`,
    `${content.authorName} replied to "${content.threadSubject}":`,
    content.excerpt,
    files,
    `Read and reply: ${content.url}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return { subject, html, text };
}
