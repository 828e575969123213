import { $api } from './api';

/**
 * The customer's properties, shared by the dashboard (map, table), the properties page and the
 * document filters: one key, one request. 500 is the API's page limit; a portfolio past it
 * shows the first 500 by name and says so.
 */
export const buildingsOptions = () =>
  $api.queryOptions(
    'get',
    '/portal/v1/buildings',
    { params: { query: { limit: 500 } } },
    { staleTime: 60_000 },
  );
