import { infiniteKey, type ListBuildingsQuery, nextCursor, pathKey, unwrap } from '@portico/api-client';
import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { $api, api, queryClient } from '../../../lib/api';

export interface BuildingFilters {
  /** Name, first address line or city contains; '' for none. */
  search: string;
  /** '' for every account. */
  accountId: string;
  /** Exact site source; '' for any. */
  siteSource: string;
}

const PAGE_SIZE = 25;

/** General to specific: every buildings list, then one filtered list; one building by id. */
export const buildingKeys = {
  all: pathKey('get', '/api/v1/buildings'),
  list: (query: ListBuildingsQuery) => infiniteKey('get', '/api/v1/buildings', query),
  details: pathKey('get', '/api/v1/buildings/{id}'),
};

export function buildingsListOptions({ search, accountId, siteSource }: BuildingFilters) {
  const query: ListBuildingsQuery = {
    limit: PAGE_SIZE,
    ...(search && { q: search }),
    ...(accountId && { accountId }),
    ...(siteSource && { siteSource }),
  };
  return infiniteQueryOptions({
    queryKey: buildingKeys.list(query),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/buildings', {
          params: { query: { ...query, ...(pageParam && { cursor: pageParam }) } },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
  });
}

export const buildingOptions = (id: string) =>
  $api.queryOptions('get', '/api/v1/buildings/{id}', { params: { path: { id } } });

/**
 * A building write also changes its account's building count and, through the account link,
 * which contacts see it, so those lists are refreshed by path as well.
 */
function invalidateBuildings() {
  return Promise.all(
    [
      buildingKeys.all,
      buildingKeys.details,
      pathKey('get', '/api/v1/accounts/{id}'),
      pathKey('get', '/api/v1/contacts'),
      pathKey('get', '/api/v1/contacts/{id}'),
    ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}

export function useCreateBuilding() {
  return $api.useMutation('post', '/api/v1/buildings', { onSuccess: invalidateBuildings });
}

export function useUpdateBuilding() {
  return $api.useMutation('patch', '/api/v1/buildings/{id}', { onSuccess: invalidateBuildings });
}

export function useDeleteBuilding() {
  return $api.useMutation('delete', '/api/v1/buildings/{id}', {
    onSuccess: (_data, { params }) => {
      // Refetching the deleted building would only answer 404.
      queryClient.removeQueries({ queryKey: buildingOptions(params.path.id).queryKey });
      return invalidateBuildings();
    },
  });
}
