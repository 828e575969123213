import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '../../../lib/api';

// The picker shows a handful of matches; typing more narrows them.
const LOOKUP_SIZE = 8;

/** Customers to pick for the report, inactive ones too (the report can show them). */
export const customerSearchOptions = (search: string) =>
  $api.queryOptions(
    'get',
    '/api/v1/accounts',
    { params: { query: { limit: LOOKUP_SIZE, status: 'all', ...(search && { q: search }) } } },
    { placeholderData: keepPreviousData },
  );

/** The name of a customer chosen before (a shared link): fetched on its own. */
export const customerNameOptions = (id: string) =>
  $api.queryOptions('get', '/api/v1/accounts/{id}', { params: { path: { id } } });
