import {
  type Contact,
  infiniteKey,
  type ListContactsQuery,
  nextCursor,
  pathKey,
  unwrap,
} from '@portico/api-client';
import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type ContactFilters, filterQuery } from '../utils/contact-filters';

export type { Contact };

const PAGE_SIZE = 50;

/**
 * General to specific. Every contact write invalidates `all`, `detail` and `history` (see
 * invalidateContacts): a contact shows in lists, on its page and in its timeline.
 */
export const contactKeys = {
  all: pathKey('get', '/api/v1/contacts'),
  list: (query: ListContactsQuery) => infiniteKey('get', '/api/v1/contacts', query),
  detail: pathKey('get', '/api/v1/contacts/{id}'),
  history: pathKey('get', '/api/v1/contacts/{id}/portal-history'),
};

export function contactsListOptions(filters: ContactFilters) {
  const query: ListContactsQuery = { limit: PAGE_SIZE, ...filterQuery(filters) };
  return infiniteQueryOptions({
    queryKey: contactKeys.list(query),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/contacts', {
          params: { query: { ...query, ...(pageParam && { cursor: pageParam }) } },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursor,
    // A new search or filter keeps the current rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}
