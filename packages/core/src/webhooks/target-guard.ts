import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { ValidationError } from '../errors';

/**
 * The SSRF guard of webhook URLs. A URL is refused when its host is, or resolves to, an address
 * that is not public unicast (private, loopback, link-local, unique-local, carrier-grade NAT,
 * reserved...), unless the organization allows private targets (an on-premises receiver).
 * Multicast, broadcast and unspecified addresses can never be a receiver and are always refused.
 * Every resolved address must pass, and the sender connects to the address checked here, so a
 * DNS answer that changes between check and connect (rebinding) cannot reach a refused address.
 */
export interface WebhookTarget {
  url: URL;
  /** The checked address to connect to; TLS still verifies the certificate against the host name. */
  address: string;
  family: 4 | 6;
}

const NEVER = new Set(['multicast', 'broadcast', 'unspecified']);
export const MAX_WEBHOOK_URL_LENGTH = 2000;

function refuse(message: string): never {
  throw new ValidationError(message, [{ field: 'url', message }]);
}

/** Parses and checks the URL's shape only (no DNS): http(s), a host, no credentials. */
export function parseWebhookUrl(raw: string): URL {
  if (raw.length > MAX_WEBHOOK_URL_LENGTH)
    refuse(`The URL is longer than ${MAX_WEBHOOK_URL_LENGTH} characters.`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('Enter a full URL, starting with https://.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    refuse('Only http and https URLs can receive webhooks.');
  if (!url.hostname) refuse('The URL has no host.');
  // Credentials in a URL end up in logs and screens; receivers authenticate us by the signature.
  if (url.username || url.password) refuse('The URL must not contain a user name or password.');
  return url;
}

/** Why an address may not be a target, or null when it may. */
export function refusedAddressReason(address: string, allowPrivate: boolean): string | null {
  if (!ipaddr.isValid(address)) return 'is not an IP address';
  let ip = ipaddr.parse(address);
  // ::ffff:10.0.0.1 is 10.0.0.1 on the wire.
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress())
    ip = (ip as ipaddr.IPv6).toIPv4Address();
  const range = ip.range();
  if (range === 'unicast') return null;
  if (NEVER.has(range)) return `is a ${range} address`;
  return allowPrivate ? null : `is a ${range} address`;
}

/** Resolves every address of a host name (or takes the literal address). */
async function addressesOf(hostname: string): Promise<{ address: string; family: number }[]> {
  // new URL keeps IPv6 literals in brackets.
  const host = hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(host)) return [{ address: host, family: host.includes(':') ? 6 : 4 }];
  try {
    return await lookup(host, { all: true, verbatim: true });
  } catch {
    return refuse(`The host ${host} could not be resolved.`);
  }
}

/** Checks a URL and the addresses its host resolves to; throws a ValidationError when refused. */
export async function resolveWebhookTarget(raw: string, allowPrivate: boolean): Promise<WebhookTarget> {
  const url = parseWebhookUrl(raw);
  const addresses = await addressesOf(url.hostname);
  if (addresses.length === 0) refuse(`The host ${url.hostname} has no address.`);
  for (const { address } of addresses) {
    const reason = refusedAddressReason(address, allowPrivate);
    if (reason) {
      refuse(
        `The host ${url.hostname} resolves to ${address}, which ${reason}. Webhooks go to public addresses only, unless the organization allows private targets.`,
      );
    }
  }
  const first = addresses[0] as { address: string; family: number };
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}
