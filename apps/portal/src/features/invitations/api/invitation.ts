import type { ResponseBody } from '@portico/api-client';
import { $api } from '../../../lib/api';
import { startSession } from '../../../lib/session';

export type InvitationLink = ResponseBody<'getInvitationLink'>;

/**
 * What the accept page shows. Asked once per visit: the API records "link opened" on the first
 * look, and a GET never uses the invitation up (only accepting does).
 */
export const invitationQueryOptions = (token: string) =>
  $api.queryOptions(
    'get',
    '/portal/v1/invitations/{token}',
    { params: { path: { token } } },
    { staleTime: Number.POSITIVE_INFINITY, refetchOnWindowFocus: false },
  );

/** Choosing a password accepts the invitation and signs the customer in. */
export function useAcceptInvitation() {
  return $api.useMutation('post', '/portal/v1/invitations/{token}/accept', { onSuccess: startSession });
}
