import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '../../../lib/api';

// Pickers show a handful of matches; typing more narrows them.
const LOOKUP_SIZE = 8;

/** Accounts for a picker, active or not (an inactive customer still has contacts). */
export const accountSearchOptions = (search: string) =>
  $api.queryOptions(
    'get',
    '/api/v1/accounts',
    { params: { query: { limit: LOOKUP_SIZE, status: 'all', ...(search && { q: search }) } } },
    { placeholderData: keepPreviousData },
  );

export const accountOptions = (id: string) =>
  $api.queryOptions('get', '/api/v1/accounts/{id}', { params: { path: { id } } });

export const buildingSearchOptions = (search: string) =>
  $api.queryOptions(
    'get',
    '/api/v1/buildings',
    { params: { query: { limit: LOOKUP_SIZE, ...(search && { q: search }) } } },
    { placeholderData: keepPreviousData },
  );

export const buildingOptions = (id: string) =>
  $api.queryOptions('get', '/api/v1/buildings/{id}', { params: { path: { id } } });
