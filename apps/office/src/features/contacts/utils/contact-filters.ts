import type { ListContactsQuery } from '@portico/api-client';

export type PortalStatus = NonNullable<ListContactsQuery['portalStatus']>[number];

/** In the order a contact moves through them. */
export const portalStatuses: readonly PortalStatus[] = [
  'not_invited',
  'invited',
  'expired',
  'enrolled',
  'suspended',
];

export type EmailFilter = 'any' | 'with' | 'without';

export interface ContactFilters {
  statuses: PortalStatus[];
  /** '' for any account. */
  accountId: string;
  /** '' for any building (set by links from a building's page). */
  buildingId: string;
  email: EmailFilter;
  /** Name or email contains; '' for no search. */
  search: string;
}

export const noFilters: ContactFilters = {
  statuses: [],
  accountId: '',
  buildingId: '',
  email: 'any',
  search: '',
};

/** The filter part of the list query; bulk "select all matching" sends the very same. */
export type ContactFilterQuery = Pick<
  ListContactsQuery,
  'portalStatus' | 'accountId' | 'buildingId' | 'hasEmail' | 'q'
>;

export function filterQuery(filters: ContactFilters): ContactFilterQuery {
  return {
    ...(filters.statuses.length > 0 && { portalStatus: [...filters.statuses] }),
    ...(filters.accountId && { accountId: filters.accountId }),
    ...(filters.buildingId && { buildingId: filters.buildingId }),
    ...(filters.email !== 'any' && { hasEmail: filters.email === 'with' }),
    ...(filters.search && { q: filters.search }),
  };
}

export function isFiltered(filters: ContactFilters): boolean {
  return Object.keys(filterQuery(filters)).length > 0;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A hand-edited URL must not turn into a 400 from the API: unknown values are dropped.
const uuidOrBlank = (value: string | null) => (value && uuidPattern.test(value) ? value : '');

/** URL → filters. Statuses repeat (`status=invited&status=expired`), like the API's parameter. */
export function filtersFromParams(params: URLSearchParams): ContactFilters {
  const statuses = portalStatuses.filter((status) => params.getAll('status').includes(status));
  const email = params.get('email');
  return {
    statuses,
    accountId: uuidOrBlank(params.get('accountId')),
    buildingId: uuidOrBlank(params.get('buildingId')),
    email: email === 'with' || email === 'without' ? email : 'any',
    search: (params.get('q') ?? '').trim().slice(0, 200),
  };
}

export function paramsFromFilters(filters: ContactFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of portalStatuses) if (filters.statuses.includes(status)) params.append('status', status);
  if (filters.accountId) params.set('accountId', filters.accountId);
  if (filters.buildingId) params.set('buildingId', filters.buildingId);
  if (filters.email !== 'any') params.set('email', filters.email);
  if (filters.search) params.set('q', filters.search);
  return params;
}

/** One string per distinct filter: the selection is cleared when it changes. */
export function filtersKey(filters: ContactFilters): string {
  return paramsFromFilters(filters).toString();
}
