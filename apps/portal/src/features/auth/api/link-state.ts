import { problemStatus, type ResponseBody } from '@portico/api-client';
import { problemCode } from '../../../lib/problems';
import { isLinkToken } from '../../../lib/tokens';

export type PortalLinkState = ResponseBody<'getPortalLink'>;
export type LinkPurpose = PortalLinkState['purpose'];
export type LinkEnd = 'expired' | 'used' | 'unknown';

/** What a sign-in or reset link's page shows. */
export type LinkPage =
  | { kind: 'checking' }
  | { kind: 'valid'; expiresAt: string | null }
  | { kind: 'ended'; end: LinkEnd }
  /** A reset link opened on the sign-in link page, or the other way round. */
  | { kind: 'elsewhere'; purpose: LinkPurpose }
  /** The API could not be asked (offline, 5xx): worth trying again, unlike an ended link. */
  | { kind: 'failed'; error: unknown };

/** The GET's answer, as react-query holds it. */
export interface LinkCheck {
  status: 'pending' | 'error' | 'success';
  data?: PortalLinkState | undefined;
  error?: unknown;
}

/** The 410 a consuming POST answers when the link was used up or ran out meanwhile. */
function endOfConsume(error: unknown): LinkEnd | null {
  const code = problemCode(error);
  if (code === 'link_used') return 'used';
  if (code === 'link_expired') return 'expired';
  if (problemStatus(error) === 410) return 'expired';
  if (problemStatus(error) === 404) return 'unknown';
  return null;
}

/**
 * Maps a link's token, its GET and (once pressed) its consuming POST to the page to show. A POST
 * that finds the link gone outranks the earlier GET, which may have said "valid".
 */
export function linkPage(
  purpose: LinkPurpose,
  token: string | null,
  check: LinkCheck,
  consumeError?: unknown,
): LinkPage {
  if (!isLinkToken(token)) return { kind: 'ended', end: 'unknown' };
  const consumed = endOfConsume(consumeError);
  if (consumed) return { kind: 'ended', end: consumed };
  if (check.status === 'pending') return { kind: 'checking' };
  if (check.status === 'error' || !check.data) {
    const status = problemStatus(check.error);
    // 400: a token of the right shape the API still refuses; 404: no such link.
    return status === 404 || status === 400
      ? { kind: 'ended', end: 'unknown' }
      : { kind: 'failed', error: check.error };
  }
  const link = check.data;
  if (link.purpose !== purpose) return { kind: 'elsewhere', purpose: link.purpose };
  if (link.state === 'valid') return { kind: 'valid', expiresAt: link.expiresAt };
  return { kind: 'ended', end: link.state };
}
