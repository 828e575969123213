import type { DocumentFilters } from '../features/documents/api/documents';
import type { AssetFilters, DefectFilters, QuoteFilters, TaskFilters } from '../features/records/api/records';

/**
 * The filters of a list overlay, read from its address. Only known values pass: the address may
 * be typed, old or shared, and a bad value must narrow nothing rather than fail the list.
 */
const pick = <T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
): T | undefined => {
  const value = params.get(key);
  return allowed.find((a) => a === value);
};
const text = (params: URLSearchParams, key: string) => {
  const value = params.get(key)?.trim();
  return value ? value.slice(0, 200) : undefined;
};
const uuid = (params: URLSearchParams, key: string) => {
  const value = params.get(key);
  return value && /^[0-9a-f-]{36}$/i.test(value) ? value : undefined;
};
const month = (params: URLSearchParams) => {
  const value = params.get('month');
  return value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : undefined;
};
const day = (params: URLSearchParams, key: string) => {
  const value = params.get(key);
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
};

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const severities = ['critical', 'non_conformance', 'non_critical', 'recommendation', 'info'] as const;

export function documentFilters(params: URLSearchParams): DocumentFilters {
  return defined({
    kind: pick(params, 'kind', ['inspection_report', 'service_report', 'proposal', 'invoice'] as const),
    buildingId: uuid(params, 'buildingId'),
    status: text(params, 'status'),
    overdue: params.get('overdue') === 'true' ? true : undefined,
    decision: pick(params, 'decision', ['accepted', 'declined', 'undecided'] as const),
    q: text(params, 'q'),
    from: day(params, 'from'),
    to: day(params, 'to'),
  });
}

export const recordFilters = {
  defects: (params: URLSearchParams): DefectFilters =>
    defined({
      buildingId: uuid(params, 'buildingId'),
      assetId: uuid(params, 'assetId'),
      assetType: text(params, 'assetType'),
      severity: pick(params, 'severity', severities),
      status: pick(params, 'status', ['open', 'resolved'] as const),
      month: month(params),
    }),
  tasks: (params: URLSearchParams): TaskFilters =>
    defined({
      buildingId: uuid(params, 'buildingId'),
      kind: pick(params, 'kind', ['routine', 'reactive'] as const),
      stage: pick(params, 'stage', ['on_hold', 'ready', 'in_progress', 'performed', 'complete'] as const),
      tolerance: pick(params, 'tolerance', ['on_time', 'late', 'overdue', 'pending'] as const),
      month: month(params),
      q: text(params, 'q'),
    }),
  quotes: (params: URLSearchParams): QuoteFilters =>
    defined({
      buildingId: uuid(params, 'buildingId'),
      kind: pick(params, 'kind', ['defect_quote', 'service_quote'] as const),
      status: pick(params, 'status', ['pending', 'accepted', 'declined', 'expired'] as const),
    }),
  assets: (params: URLSearchParams): AssetFilters =>
    defined({
      buildingId: uuid(params, 'buildingId'),
      assetType: text(params, 'assetType'),
      q: text(params, 'q'),
    }),
};
