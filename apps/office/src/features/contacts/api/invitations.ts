import type { ResponseBody } from '@portico/api-client';
import { $api } from '../../../lib/api';
import { useInvalidateContacts } from './contact';

export type InviteResult = ResponseBody<'bulkInvite'>;

export function useSendInvitation() {
  const onSuccess = useInvalidateContacts();
  return $api.useMutation('post', '/api/v1/contacts/{id}/invitation', { onSuccess });
}

export function useResendInvitation() {
  const onSuccess = useInvalidateContacts();
  return $api.useMutation('post', '/api/v1/contacts/{id}/invitation/resend', { onSuccess });
}

export function useRevokeInvitation() {
  const onSuccess = useInvalidateContacts();
  return $api.useMutation('delete', '/api/v1/contacts/{id}/invitation', { onSuccess });
}

/** Chosen ids or the list filter; the caller sends an Idempotency-Key per confirmation. */
export function useBulkInvite() {
  const onSuccess = useInvalidateContacts();
  return $api.useMutation('post', '/api/v1/invitations/bulk', { onSuccess });
}
