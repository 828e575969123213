import { $api } from '../../../lib/api';
import { useInvalidateContacts } from './contact';

/** Revokes the contact's portal sessions at once; the note is shown to them at sign-in. */
export function useSuspendContact() {
  const onSuccess = useInvalidateContacts();
  return $api.useMutation('post', '/api/v1/contacts/{id}/suspend', { onSuccess });
}

export function useReinstateContact() {
  const onSuccess = useInvalidateContacts();
  return $api.useMutation('post', '/api/v1/contacts/{id}/reinstate', { onSuccess });
}
