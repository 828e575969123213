import { ValidationError } from '../errors';

/** The placeholders a payment link template may use, each filled URL-encoded. */
export const paymentLinkPlaceholders = ['number', 'amount', 'currency'] as const;
export type PaymentLinkPlaceholder = (typeof paymentLinkPlaceholders)[number];

export const PAYMENT_LINK_MAX_LENGTH = 2000;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A payment page customers are sent to: https, or http on a loopback host (a contractor testing
 * its own payment page locally). Anything else (http on the internet, javascript:, data:) could
 * leak card details or run script, so it is never handed to the portal.
 */
export function isSafePaymentUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return url.hostname.length > 0;
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

const fieldError = (message: string) =>
  new ValidationError(`The payment link template is not valid: ${message}.`, [
    { field: 'paymentLinkTemplate', message },
  ]);

/**
 * Checks a template: a safe URL (see isSafePaymentUrl), placeholders from the known list only,
 * and none in the scheme or host (a filled-in value must never choose where the customer goes).
 * Returns it trimmed; throws a ValidationError naming the field.
 */
export function validatePaymentLinkTemplate(template: string): string {
  const value = template.trim();
  if (value.length > PAYMENT_LINK_MAX_LENGTH)
    throw fieldError(`at most ${PAYMENT_LINK_MAX_LENGTH} characters`);
  const names = [...value.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '');
  const unknown = names.filter((n) => !(paymentLinkPlaceholders as readonly string[]).includes(n));
  if (unknown.length > 0) {
    throw fieldError(
      `unknown placeholder {${unknown[0]}}; use ${paymentLinkPlaceholders.map((p) => `{${p}}`).join(', ')}`,
    );
  }
  if (/[{}]/.test(value.replace(/\{[a-z]+\}/g, ''))) throw fieldError('a brace without its pair');
  const authority = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(value)?.[0];
  if (authority?.includes('{')) throw fieldError('placeholders may not appear in the scheme or host');
  if (!isSafePaymentUrl(fill(value, { number: 'INV-1', amount: '1.00', currency: 'USD' }))) {
    throw fieldError('must be an https URL (http only for localhost)');
  }
  return value;
}

function fill(template: string, values: Record<PaymentLinkPlaceholder, string>): string {
  return template.replace(/\{(number|amount|currency)\}/g, (_, name: PaymentLinkPlaceholder) =>
    encodeURIComponent(values[name]),
  );
}

export interface PayableInvoice {
  number: string | null;
  /** What is left to pay. */
  balance: number;
  currency: string;
}

/** The template with the invoice's values filled in, each URL-encoded (a number like "A&B 1" stays one value). */
export function fillPaymentLinkTemplate(template: string, invoice: PayableInvoice): string {
  return fill(template, {
    number: invoice.number ?? '',
    amount: invoice.balance.toFixed(2),
    currency: invoice.currency,
  });
}
