import { pathKey, unwrap } from '@portico/api-client';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { TextFilter } from './batch-filter';

export interface FilterChoices {
  values: Record<TextFilter, string[]>;
  /** False when there were more rows than walked: the fields then also take free text. */
  complete: boolean;
}

const PAGE = 200;
// Enough for a large contractor; past it, the fields fall back to free text with suggestions.
const MAX_PAGES = 25;

async function walk<T>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<{ items: T[]; complete: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await fetchPage(cursor);
    items.push(...result.items);
    if (!result.nextCursor) return { items, complete: true };
    cursor = result.nextCursor;
  }
  return { items, complete: false };
}

function distinct(values: (string | null)[]): string[] {
  const present = values.filter((v): v is string => v !== null && v.trim() !== '');
  return [...new Set(present)].sort((a, b) => a.localeCompare(b));
}

/**
 * The API has no "distinct values" endpoint, so the choices are read off the accounts and
 * buildings lists. Keyed under the accounts path, so an account write refreshes them too.
 */
export const filterChoicesOptions = () =>
  queryOptions({
    queryKey: [...pathKey('get', '/api/v1/accounts'), 'bulk-invite-choices'] as const,
    queryFn: async ({ signal }): Promise<FilterChoices> => {
      const [accounts, buildings] = await Promise.all([
        walk(async (cursor) =>
          unwrap(
            await api.GET('/api/v1/accounts', {
              params: { query: { limit: PAGE, status: 'all', ...(cursor && { cursor }) } },
              signal,
            }),
          ),
        ),
        walk(async (cursor) =>
          unwrap(
            await api.GET('/api/v1/buildings', {
              params: { query: { limit: PAGE, ...(cursor && { cursor }) } },
              signal,
            }),
          ),
        ),
      ]);
      return {
        values: {
          division: distinct(accounts.items.map((a) => a.division)),
          accountClass: distinct(accounts.items.map((a) => a.accountClass)),
          billGroup: distinct(accounts.items.map((a) => a.billGroup)),
          accountSource: distinct(accounts.items.map((a) => a.accountSource)),
          siteSource: distinct(buildings.items.map((b) => b.siteSource)),
        },
        complete: accounts.complete && buildings.complete,
      };
    },
    staleTime: 5 * 60_000,
  });
