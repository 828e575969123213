import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '../../../lib/api';

// A filter picker shows a handful of matches; typing more narrows them.
const LOOKUP_SIZE = 8;

export const accountSearchOptions = (search: string) =>
  $api.queryOptions(
    'get',
    '/api/v1/accounts',
    { params: { query: { limit: LOOKUP_SIZE, status: 'all', ...(search && { q: search }) } } },
    { placeholderData: keepPreviousData },
  );

/** Buildings to pick from, within the chosen account when there is one. */
export const buildingSearchOptions = (search: string, accountId: string) =>
  $api.queryOptions(
    'get',
    '/api/v1/buildings',
    {
      params: {
        query: { limit: LOOKUP_SIZE, ...(search && { q: search }), ...(accountId && { accountId }) },
      },
    },
    { placeholderData: keepPreviousData },
  );

/** The name of a filter chosen before (a shared link): fetched on its own. */
export const accountNameOptions = (id: string) =>
  $api.queryOptions('get', '/api/v1/accounts/{id}', { params: { path: { id } } });

export const buildingNameOptions = (id: string) =>
  $api.queryOptions('get', '/api/v1/buildings/{id}', { params: { path: { id } } });
