import type { RequestBody } from '@portico/api-client';

export type BatchFilter = RequestBody<'previewInvitationBatch'>['filter'];
export type BatchCategory = RequestBody<'listInvitationBatchRecipients'>['category'];

export const textFilters = ['division', 'accountClass', 'billGroup', 'accountSource', 'siteSource'] as const;
export type TextFilter = (typeof textFilters)[number];

export const flagFilters = [
  'withActiveServices',
  'withBalanceDue',
  'billingContactsOnly',
  'withoutAutopay',
  'activeCustomersOnly',
] as const;
export type FlagFilter = (typeof flagFilters)[number];

/** The form's state: every field present, so "changed since Load" is a plain comparison. */
export type FilterDraft = Record<TextFilter, string> & Record<FlagFilter, boolean>;

export const emptyDraft: FilterDraft = {
  division: '',
  accountClass: '',
  billGroup: '',
  accountSource: '',
  siteSource: '',
  withActiveServices: false,
  withBalanceDue: false,
  billingContactsOnly: false,
  withoutAutopay: false,
  // Inactive customers have no portal to be invited to.
  activeCustomersOnly: true,
};

/** The API's filter: empty text left out (it means "any"); activeCustomersOnly always said. */
export function toRequestFilter(draft: FilterDraft): BatchFilter {
  const filter: BatchFilter = { activeCustomersOnly: draft.activeCustomersOnly };
  for (const key of textFilters) {
    const value = draft[key].trim();
    if (value) filter[key] = value;
  }
  for (const key of flagFilters) if (draft[key]) filter[key] = true;
  return filter;
}

export function sameFilter(a: FilterDraft, b: FilterDraft): boolean {
  return JSON.stringify(toRequestFilter(a)) === JSON.stringify(toRequestFilter(b));
}

// Short URL names: the loaded filter lives in the address, so Back from a contact restores it.
const flagParams: Record<Exclude<FlagFilter, 'activeCustomersOnly'>, string> = {
  withActiveServices: 'activeServices',
  withBalanceDue: 'balanceDue',
  billingContactsOnly: 'billingOnly',
  withoutAutopay: 'noAutopay',
};

export function draftToParams(draft: FilterDraft, params: URLSearchParams): void {
  params.set('loaded', '1');
  for (const key of textFilters) {
    const value = draft[key].trim();
    if (value) params.set(key, value);
  }
  for (const [key, name] of Object.entries(flagParams) as [keyof typeof flagParams, string][]) {
    if (draft[key]) params.set(name, '1');
  }
  if (!draft.activeCustomersOnly) params.set('inactiveToo', '1');
}

/** The loaded filter in the URL, or null when nothing was loaded yet. */
export function draftFromParams(params: URLSearchParams): FilterDraft | null {
  if (params.get('loaded') !== '1') return null;
  const draft: FilterDraft = { ...emptyDraft };
  for (const key of textFilters) draft[key] = params.get(key)?.slice(0, 200) ?? '';
  for (const [key, name] of Object.entries(flagParams) as [keyof typeof flagParams, string][]) {
    draft[key] = params.get(name) === '1';
  }
  draft.activeCustomersOnly = params.get('inactiveToo') !== '1';
  return draft;
}
