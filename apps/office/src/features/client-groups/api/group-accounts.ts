import { infiniteKey, type ListAccountsQuery, nextCursor, unwrap } from '@portico/api-client';
import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { $api, api } from '../../../lib/api';
import { invalidateClientGroups } from './client-groups';

const PAGE_SIZE = 25;

/** The group's accounts, active and inactive: an inactive member is still a member. */
export function groupAccountsOptions(clientGroupId: string) {
  const query: ListAccountsQuery = { limit: PAGE_SIZE, status: 'all', clientGroupId };
  return infiniteQueryOptions({
    queryKey: infiniteKey('get', '/api/v1/accounts', query),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/accounts', {
          params: { query: { ...query, ...(pageParam && { cursor: pageParam }) } },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursor,
  });
}

/** The "add an account" search. */
export const accountSearchOptions = (q: string) =>
  $api.queryOptions(
    'get',
    '/api/v1/accounts',
    { params: { query: { limit: 8, status: 'all', ...(q && { q }) } } },
    { placeholderData: keepPreviousData },
  );

/** Membership is the account's `clientGroupId`: adding and removing are both this PATCH. */
export function useSetAccountGroup() {
  return $api.useMutation('patch', '/api/v1/accounts/{id}', { onSuccess: invalidateClientGroups });
}
