import { infiniteKey, type ListAccountsQuery, nextCursor, pathKey, unwrap } from '@portico/api-client';
import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type AccountStatus = NonNullable<ListAccountsQuery['status']>;
export const accountStatuses: readonly AccountStatus[] = ['active', 'inactive', 'all'];

export interface AccountFilters {
  status: AccountStatus;
  /** Name contains, case-insensitive; '' for no search. */
  search: string;
}

const PAGE_SIZE = 25;

/** General to specific: every accounts query, then one filtered list. Writes invalidate `all`. */
export const accountKeys = {
  all: pathKey('get', '/api/v1/accounts'),
  list: (query: ListAccountsQuery) => infiniteKey('get', '/api/v1/accounts', query),
};

export function accountsListOptions({ status, search }: AccountFilters) {
  const query: ListAccountsQuery = { limit: PAGE_SIZE, status, ...(search && { q: search }) };
  return infiniteQueryOptions({
    queryKey: accountKeys.list(query),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/accounts', {
          params: { query: { ...query, ...(pageParam && { cursor: pageParam }) } },
          signal,
        }),
      ),
    // '' = the first page; later pages carry the cursor the previous one answered.
    initialPageParam: '',
    getNextPageParam: nextCursor,
    // Typing a search keeps the current rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}
