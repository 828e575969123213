import { $api } from '../../../lib/api';
import { useInvalidateContacts } from './contact';

/** Emails an enrolled contact a reset link (202); the request shows in their status history. */
export function useSendPasswordReset() {
  const onSuccess = useInvalidateContacts();
  return $api.useMutation('post', '/api/v1/contacts/{id}/password-reset', { onSuccess });
}
