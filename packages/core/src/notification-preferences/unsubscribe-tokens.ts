import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { NotificationCategory } from '@portico/db';
import { notificationCategories } from './categories';

/**
 * One-click unsubscribe links (RFC 8058) are stateless: the token names the contact and the
 * categories and carries an HMAC-SHA256 over both with a server key, so nothing is stored per
 * email, a link keeps working as long as the key does, and nobody can forge or alter one to
 * reach another contact or category. The only thing a token can do is turn its own categories
 * off, so it needs no expiry and may be used twice.
 */

/** One letter per category, so links stay short. */
const codeOf: Record<NotificationCategory, string> = {
  new_documents: 'd',
  invoices_due: 'i',
  proposals: 'p',
  service_requests: 's',
  messages: 'm',
};
const TOKEN = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([dipsm]{1,5})\.([\w-]{43})$/;

/**
 * The key that signs the links: UNSUBSCRIBE_SECRET when configured, else derived (HKDF) from the
 * JWT secret under its own label, so the two keys are independent and a token signed for one
 * purpose is worthless for the other. Rotating the secret invalidates links in old emails.
 */
export function unsubscribeKeyOf(secrets: { unsubscribeSecret?: string; jwtSecret?: string }): Buffer {
  if (secrets.unsubscribeSecret) return Buffer.from(secrets.unsubscribeSecret);
  if (!secrets.jwtSecret)
    throw new Error('UNSUBSCRIBE_SECRET or JWT_SECRET is needed to sign unsubscribe links.');
  return Buffer.from(hkdfSync('sha256', secrets.jwtSecret, '', 'portico unsubscribe links v1', 32));
}

const mac = (key: Buffer, contactId: string, codes: string) =>
  createHmac('sha256', key).update(`unsubscribe:v1:${contactId}:${codes}`).digest();

export interface UnsubscribeTarget {
  contactId: string;
  categories: NotificationCategory[];
}

export function signUnsubscribeToken(key: Buffer, target: UnsubscribeTarget): string {
  const codes = notificationCategories
    .filter((c) => target.categories.includes(c))
    .map((c) => codeOf[c])
    .join('');
  if (!codes) throw new Error('an unsubscribe link needs at least one category');
  const contactId = target.contactId.toLowerCase();
  return `${contactId}.${codes}.${mac(key, contactId, codes).toString('base64url')}`;
}

/** The target of a genuine token; null for anything malformed, altered or signed with another key. */
export function verifyUnsubscribeToken(key: Buffer, token: string): UnsubscribeTarget | null {
  const match = TOKEN.exec(token.trim());
  if (!match) return null;
  const [, contactId = '', codes = ''] = match;
  const given = Buffer.from(match[3] ?? '', 'base64url');
  const expected = mac(key, contactId, codes);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const categories = notificationCategories.filter((c) => codes.includes(codeOf[c]));
  return { contactId, categories };
}

/** The portal's unsubscribe page for a token; built from the configured base URL only. */
export function unsubscribeUrlOf(portalUrl: string, token: string): string {
  return `${portalUrl.replace(/\/$/, '')}/unsubscribe?token=${encodeURIComponent(token)}`;
}
