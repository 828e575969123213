import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '../../../lib/api';

/** Properties, assets, reports, quotes and tasks matching the words, a few of each. */
export const searchOptions = (q: string) =>
  $api.queryOptions(
    'get',
    '/portal/v1/search',
    { params: { query: { q, limit: 5 } } },
    { enabled: q.length >= 2, placeholderData: keepPreviousData, staleTime: 60_000 },
  );
