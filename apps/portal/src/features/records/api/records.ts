import { infiniteKey, nextCursor, unwrap } from '@portico/api-client';
import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type {
  ListAssetsQuery,
  ListDefectsQuery,
  ListQuotesQuery,
  ListTasksQuery,
} from '../../../lib/portal-types';

const PAGE_SIZE = 25;

// One paged-list definition per record kind; keys are `infiniteKey(path, query)`, under the
// path's key, so invalidating a path (after a view change, a decision) reaches every filter.

type Filters<Q> = Omit<Q, 'limit' | 'cursor'>;

export function defectListOptions(filters: Filters<ListDefectsQuery>) {
  const query = { ...filters, limit: PAGE_SIZE } as ListDefectsQuery;
  return infiniteQueryOptions({
    queryKey: infiniteKey('get', '/portal/v1/defects', query),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/portal/v1/defects', {
          params: { query: { ...query, ...(pageParam && { cursor: pageParam }) } },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function taskListOptions(filters: Filters<ListTasksQuery>) {
  const query = { ...filters, limit: PAGE_SIZE } as ListTasksQuery;
  return infiniteQueryOptions({
    queryKey: infiniteKey('get', '/portal/v1/tasks', query),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/portal/v1/tasks', {
          params: { query: { ...query, ...(pageParam && { cursor: pageParam }) } },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function quoteListOptions(filters: Filters<ListQuotesQuery>) {
  const query = { ...filters, limit: PAGE_SIZE } as ListQuotesQuery;
  return infiniteQueryOptions({
    queryKey: infiniteKey('get', '/portal/v1/quotes', query),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/portal/v1/quotes', {
          params: { query: { ...query, ...(pageParam && { cursor: pageParam }) } },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function assetListOptions(filters: Filters<ListAssetsQuery>) {
  const query = { ...filters, limit: PAGE_SIZE } as ListAssetsQuery;
  return infiniteQueryOptions({
    queryKey: infiniteKey('get', '/portal/v1/assets', query),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/portal/v1/assets', {
          params: { query: { ...query, ...(pageParam && { cursor: pageParam }) } },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
  });
}

export type DefectFilters = Filters<ListDefectsQuery>;
export type TaskFilters = Filters<ListTasksQuery>;
export type QuoteFilters = Filters<ListQuotesQuery>;
export type AssetFilters = Filters<ListAssetsQuery>;
