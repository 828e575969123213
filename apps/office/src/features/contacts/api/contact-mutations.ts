import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../../lib/api';
import { contactOptions, portalHistoryOptions, useInvalidateContacts } from './contact';
import { contactKeys } from './list-contacts';

export function useCreateContact() {
  const onSuccess = useInvalidateContacts();
  return $api.useMutation('post', '/api/v1/contacts', { onSuccess });
}

export function useUpdateContact() {
  const onSuccess = useInvalidateContacts();
  return $api.useMutation('patch', '/api/v1/contacts/{id}', { onSuccess });
}

export function useDeleteContact() {
  const queryClient = useQueryClient();
  return $api.useMutation('delete', '/api/v1/contacts/{id}', {
    onSuccess: (_data, { params }) => {
      // Its page and timeline are gone for good: drop them rather than refetch a 404.
      queryClient.removeQueries({ queryKey: contactOptions(params.path.id).queryKey });
      queryClient.removeQueries({ queryKey: portalHistoryOptions(params.path.id).queryKey });
      return queryClient.invalidateQueries({ queryKey: contactKeys.all });
    },
  });
}

export function useLinkAccount() {
  const onSuccess = useInvalidateContacts();
  return $api.useMutation('put', '/api/v1/contacts/{id}/accounts/{accountId}', { onSuccess });
}

export function useUnlinkAccount() {
  const onSuccess = useInvalidateContacts();
  return $api.useMutation('delete', '/api/v1/contacts/{id}/accounts/{accountId}', { onSuccess });
}

export function useLinkBuilding() {
  const onSuccess = useInvalidateContacts();
  return $api.useMutation('put', '/api/v1/contacts/{id}/buildings/{buildingId}', { onSuccess });
}

export function useUnlinkBuilding() {
  const onSuccess = useInvalidateContacts();
  return $api.useMutation('delete', '/api/v1/contacts/{id}/buildings/{buildingId}', { onSuccess });
}
