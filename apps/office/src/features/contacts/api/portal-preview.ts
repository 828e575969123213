import { $api } from '../../../lib/api';
import { useInvalidateContacts } from './contact';

/**
 * "View as customer": a one-time link (a minute) to the read-only portal preview. The start is
 * recorded in the contact's status history, which is refreshed to show it.
 */
export function useStartPortalPreview() {
  const onSuccess = useInvalidateContacts();
  return $api.useMutation('post', '/api/v1/contacts/{id}/portal-preview', { onSuccess });
}
