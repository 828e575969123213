import { infiniteKey, type ListContactsQuery, nextCursor, pathKey, unwrap } from '@portico/api-client';
import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { $api, api, queryClient } from '../../../lib/api';
import { accountDetailKeys } from './account-detail';

const PAGE_SIZE = 25;

/** Contacts of an account: linked to it, or to one of its buildings (the API's accountId filter). */
export function accountContactsOptions(accountId: string) {
  const query: ListContactsQuery = { limit: PAGE_SIZE, accountId };
  return infiniteQueryOptions({
    queryKey: infiniteKey('get', '/api/v1/contacts', query),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/contacts', {
          params: { query: { ...query, ...(pageParam && { cursor: pageParam }) } },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursor,
  });
}

/** The "add an existing contact" search: a short page is enough to pick from. */
export const contactSearchOptions = (q: string) =>
  $api.queryOptions(
    'get',
    '/api/v1/contacts',
    { params: { query: { limit: 8, ...(q && { q }) } } },
    { placeholderData: keepPreviousData },
  );

/** A link changes contact lists, the contact's own page and the account's contact count. */
function invalidateLinks() {
  return Promise.all(
    [pathKey('get', '/api/v1/contacts'), pathKey('get', '/api/v1/contacts/{id}'), accountDetailKeys.all].map(
      (queryKey) => queryClient.invalidateQueries({ queryKey }),
    ),
  );
}

/** Links a contact, or changes its billing flag when it is linked already (the PUT is idempotent). */
export function useLinkContactAccount() {
  return $api.useMutation('put', '/api/v1/contacts/{id}/accounts/{accountId}', {
    onSuccess: invalidateLinks,
  });
}

export function useUnlinkContactAccount() {
  return $api.useMutation('delete', '/api/v1/contacts/{id}/accounts/{accountId}', {
    onSuccess: invalidateLinks,
  });
}
