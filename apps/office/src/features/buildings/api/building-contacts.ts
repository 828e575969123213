import { infiniteKey, type ListContactsQuery, nextCursor, pathKey, unwrap } from '@portico/api-client';
import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { $api, api, queryClient } from '../../../lib/api';

const PAGE_SIZE = 25;

/** Who sees the building: contacts linked to it directly or to its account (the API's buildingId filter). */
export function buildingContactsOptions(buildingId: string) {
  const query: ListContactsQuery = { limit: PAGE_SIZE, buildingId };
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

function invalidateLinks() {
  return Promise.all(
    [pathKey('get', '/api/v1/contacts'), pathKey('get', '/api/v1/contacts/{id}')].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  );
}

export function useLinkContactBuilding() {
  return $api.useMutation('put', '/api/v1/contacts/{id}/buildings/{buildingId}', {
    onSuccess: invalidateLinks,
  });
}

export function useUnlinkContactBuilding() {
  return $api.useMutation('delete', '/api/v1/contacts/{id}/buildings/{buildingId}', {
    onSuccess: invalidateLinks,
  });
}
