import { problemStatus } from '@portico/api-client';
import type { Brand } from '../../../lib/brand';
import { problemCode } from '../../../lib/problems';
import { isLinkToken } from '../../../lib/tokens';
import type { InvitationLink } from './invitation';

export type InvitationEnd = 'expired' | 'used' | 'revoked' | 'unknown';

/** What the accept page shows. */
export type InvitationPage =
  | { kind: 'checking' }
  | { kind: 'valid'; invitation: InvitationLink }
  /** `organization` is null when the link matched no invitation: then nobody's name is known. */
  | { kind: 'ended'; end: InvitationEnd; organization: Brand | null }
  /** The API could not be asked (offline, 5xx): worth trying again, unlike an ended invitation. */
  | { kind: 'failed'; error: unknown };

/** The GET's answer, as react-query holds it. */
export interface InvitationCheck {
  status: 'pending' | 'error' | 'success';
  data?: InvitationLink | undefined;
  error?: unknown;
}

const endOfCode: Record<string, InvitationEnd> = {
  invitation_expired: 'expired',
  invitation_used: 'used',
  invitation_revoked: 'revoked',
};

/** The 410 (or 404) accepting answers when the invitation stopped working after the page opened. */
function endOfAccept(error: unknown): InvitationEnd | null {
  const code = problemCode(error);
  if (code && code in endOfCode) return endOfCode[code] ?? null;
  if (problemStatus(error) === 410) return 'expired';
  if (problemStatus(error) === 404) return 'unknown';
  return null;
}

/**
 * Maps an invitation link's token, its GET and (once submitted) the accept POST to the page to
 * show. A refusal from accepting outranks the earlier GET, which may have said "valid".
 */
export function invitationPage(
  token: string | null,
  check: InvitationCheck,
  acceptError?: unknown,
): InvitationPage {
  if (!isLinkToken(token)) return { kind: 'ended', end: 'unknown', organization: null };
  const organization = check.data?.organization ?? null;
  const refused = endOfAccept(acceptError);
  if (refused) return { kind: 'ended', end: refused, organization };
  if (check.status === 'pending') return { kind: 'checking' };
  if (check.status === 'error' || !check.data) {
    const status = problemStatus(check.error);
    return status === 404 || status === 400
      ? { kind: 'ended', end: 'unknown', organization: null }
      : { kind: 'failed', error: check.error };
  }
  if (check.data.state === 'valid') return { kind: 'valid', invitation: check.data };
  return { kind: 'ended', end: check.data.state, organization };
}
