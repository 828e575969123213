import { infiniteKey, type ListBuildingsQuery, nextCursor, unwrap } from '@portico/api-client';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';

const PAGE_SIZE = 25;

export function accountBuildingsOptions(accountId: string) {
  const query: ListBuildingsQuery = { limit: PAGE_SIZE, accountId };
  return infiniteQueryOptions({
    queryKey: infiniteKey('get', '/api/v1/buildings', query),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/buildings', {
          params: { query: { ...query, ...(pageParam && { cursor: pageParam }) } },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursor,
  });
}
