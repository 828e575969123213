import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The signing scheme, documented for receivers in docs/decisions/009-webhooks.md:
 * `X-Portico-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.
 * The timestamp is signed too, so a receiver that refuses old timestamps (5 minutes) also
 * refuses a captured request replayed later.
 */
export const SIGNATURE_HEADER = 'X-Portico-Signature';
export const EVENT_ID_HEADER = 'X-Portico-Event-Id';
export const EVENT_TYPE_HEADER = 'X-Portico-Event';
export const DELIVERY_ID_HEADER = 'X-Portico-Delivery';

const SECRET_PREFIX = 'whsec_';
// Enough to tell secrets apart in a list, far too little to guess the rest (43 random characters).
const DISPLAY_PREFIX_LENGTH = SECRET_PREFIX.length + 4;

export function newWebhookSecret(): { secret: string; prefix: string } {
  const secret = `${SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, prefix: secret.slice(0, DISPLAY_PREFIX_LENGTH) };
}

export function signWebhook(secret: string, body: string, timestamp: number): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

/** What a receiver does; used by the tests and offered to integrators as the reference. */
export function verifyWebhookSignature(
  secret: string,
  body: string,
  header: string,
  now = Date.now(),
  toleranceSeconds = 300,
): boolean {
  const parts = new Map(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1') ?? '';
  if (!Number.isInteger(t) || Math.abs(now / 1000 - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, body, t).split('v1=')[1] ?? '', 'hex');
  const given = Buffer.from(v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
