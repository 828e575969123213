import { infiniteKey, nextCursor, pathKey, type ResponseBody, unwrap } from '@portico/api-client';
import { infiniteQueryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type EmailFailure = ResponseBody<'listEmailFailures'>['items'][number];

const PAGE_SIZE = 25;

/** General to specific: every failures query, then the list. A retry invalidates `all`. */
export const emailFailureKeys = {
  all: pathKey('get', '/api/v1/email-failures'),
  list: () => infiniteKey('get', '/api/v1/email-failures', { limit: PAGE_SIZE }),
  // A retry changes the contact's status history too.
  contacts: pathKey('get', '/api/v1/contacts/{id}/portal-history'),
};

export function emailFailuresOptions() {
  return infiniteQueryOptions({
    queryKey: emailFailureKeys.list(),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/email-failures', {
          params: { query: { limit: PAGE_SIZE, ...(pageParam && { cursor: pageParam }) } },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursor,
  });
}

export function useRetryEmailFailure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (invitationId: string) => {
      // 202 answers no body, so `unwrap` (which wants one) does not fit.
      const { error } = await api.POST('/api/v1/email-failures/{invitationId}/retry', {
        params: { path: { invitationId } },
      });
      if (error !== undefined) throw error;
    },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: emailFailureKeys.all }),
        queryClient.invalidateQueries({ queryKey: emailFailureKeys.contacts }),
      ]);
    },
  });
}
