import { infiniteKey, nextCursor, pathKey, type QueryParams, unwrap } from '@portico/api-client';
import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { $api, api, queryClient } from '../../../lib/api';

const PAGE_SIZE = 25;

/** General to specific: every groups list, then one search; one group by id. */
export const clientGroupKeys = {
  all: pathKey('get', '/api/v1/client-groups'),
  list: (query: QueryParams<'listClientGroups'>) => infiniteKey('get', '/api/v1/client-groups', query),
  details: pathKey('get', '/api/v1/client-groups/{id}'),
};

export function clientGroupsListOptions(search: string) {
  const query: QueryParams<'listClientGroups'> = { limit: PAGE_SIZE, ...(search && { q: search }) };
  return infiniteQueryOptions({
    queryKey: clientGroupKeys.list(query),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/client-groups', {
          params: { query: { ...query, ...(pageParam && { cursor: pageParam }) } },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
  });
}

export const clientGroupOptions = (id: string) =>
  $api.queryOptions('get', '/api/v1/client-groups/{id}', { params: { path: { id } } });

/** Groups, their counts and the accounts that name them all move together. */
export function invalidateClientGroups() {
  return Promise.all(
    [
      clientGroupKeys.all,
      clientGroupKeys.details,
      pathKey('get', '/api/v1/accounts'),
      pathKey('get', '/api/v1/accounts/{id}'),
    ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}

export function useCreateClientGroup() {
  return $api.useMutation('post', '/api/v1/client-groups', { onSuccess: invalidateClientGroups });
}

export function useUpdateClientGroup() {
  return $api.useMutation('patch', '/api/v1/client-groups/{id}', { onSuccess: invalidateClientGroups });
}

export function useDeleteClientGroup() {
  return $api.useMutation('delete', '/api/v1/client-groups/{id}', {
    onSuccess: (_data, { params }) => {
      queryClient.removeQueries({ queryKey: clientGroupOptions(params.path.id).queryKey });
      return invalidateClientGroups();
    },
  });
}
