import { $api } from '../../../lib/api';

/**
 * Accounts to choose from in a select: the first 200 by name, active and inactive. A chosen
 * account beyond them is fetched on its own (`accountOptions`) so the select can still show it.
 */
export const accountChoicesOptions = () =>
  $api.queryOptions('get', '/api/v1/accounts', { params: { query: { limit: 200, status: 'all' } } });

export const accountOptions = (id: string) =>
  $api.queryOptions('get', '/api/v1/accounts/{id}', { params: { path: { id } } });
