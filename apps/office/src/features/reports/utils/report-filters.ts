import type { QueryParams } from '@portico/api-client';

type AdoptionQuery = QueryParams<'getPortalAdoptionReport'>;
export type InviteStatus = NonNullable<AdoptionQuery['inviteStatus']>[number];
export type CustomersShown = NonNullable<AdoptionQuery['customers']>;
type YesNo = '' | 'yes' | 'no';

/** The report's filters as the page holds them; '' and [] mean "any". */
export interface ReportFilters {
  customers: CustomersShown;
  customerHasAccess: YesNo;
  /** Chosen customers (account ids). */
  customerIds: string[];
  customerName: string;
  emailHasAccess: YesNo;
  email: string;
  inviteStatus: InviteStatus[];
}

/** The report's query without the table, page size and cursor: what exports and schedules store too. */
export type ReportQuery = Omit<AdoptionQuery, 'table' | 'limit' | 'cursor'>;

export const inviteStatuses: readonly InviteStatus[] = [
  'not_invited',
  'invited',
  'expired',
  'enrolled',
  'suspended',
];

const customersShown: readonly CustomersShown[] = ['active', 'inactive', 'all'];

// The API caps the chosen customers at 100; a longer list from a hand-edited URL is cut, not refused.
const MAX_CUSTOMERS = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const noFilters: ReportFilters = {
  customers: 'active',
  customerHasAccess: '',
  customerIds: [],
  customerName: '',
  emailHasAccess: '',
  email: '',
  inviteStatus: [],
};

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | '' =>
  allowed.includes(value as T) ? (value as T) : '';

/**
 * Reads the filters from the URL. Whatever the API would refuse (a bad status, a malformed id)
 * is dropped here, so a mistyped link shows the report instead of an error.
 */
export function filtersFromParams(params: URLSearchParams): ReportFilters {
  const unique = <T>(values: T[]) => [...new Set(values)];
  return {
    customers: oneOf(params.get('customers'), customersShown) || 'active',
    customerHasAccess: oneOf(params.get('customerHasAccess'), ['yes', 'no'] as const),
    customerIds: unique(params.getAll('customer').filter((id) => UUID.test(id))).slice(0, MAX_CUSTOMERS),
    customerName: (params.get('customerName') ?? '').trim().slice(0, 200),
    emailHasAccess: oneOf(params.get('emailHasAccess'), ['yes', 'no'] as const),
    email: (params.get('email') ?? '').trim().slice(0, 320),
    // In the order of the status flow, so two links with the same choice read (and cache) alike.
    inviteStatus: inviteStatuses.filter((status) => params.getAll('inviteStatus').includes(status)),
  };
}

/**
 * Writes the filters into the URL, keeping any other parameter (the page's own). The default
 * ("active customers") is left out, so the plain page has a plain URL.
 */
export function paramsFromFilters(filters: ReportFilters, current = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(current);
  for (const name of [
    'customers',
    'customerHasAccess',
    'customer',
    'customerName',
    'emailHasAccess',
    'email',
    'inviteStatus',
  ]) {
    params.delete(name);
  }
  if (filters.customers !== 'active') params.set('customers', filters.customers);
  if (filters.customerHasAccess) params.set('customerHasAccess', filters.customerHasAccess);
  for (const id of filters.customerIds) params.append('customer', id);
  if (filters.customerName) params.set('customerName', filters.customerName);
  if (filters.emailHasAccess) params.set('emailHasAccess', filters.emailHasAccess);
  if (filters.email) params.set('email', filters.email);
  for (const status of filters.inviteStatus) params.append('inviteStatus', status);
  return params;
}

/** One string per distinct filter set: pages reset and caches split on it. */
export const filtersKey = (filters: ReportFilters) => paramsFromFilters(filters).toString();

export const isFiltered = (filters: ReportFilters) => filtersKey(filters) !== '';

/** The filters as the API's query spells them. */
export function toReportQuery(filters: ReportFilters): ReportQuery {
  const { customers, customerHasAccess, customerIds, customerName, emailHasAccess, email, inviteStatus } =
    filters;
  return {
    customers,
    ...(customerHasAccess && { customerHasAccess }),
    ...(customerIds.length > 0 && { customer: customerIds }),
    ...(customerName && { customerName }),
    ...(emailHasAccess && { emailHasAccess }),
    ...(email && { email }),
    ...(inviteStatus.length > 0 && { inviteStatus }),
  };
}
