import type { ResponseBody } from '@portico/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '../../../lib/api';

export type PortalUsage = ResponseBody<'getPortalUsage'>;
export type UsageFunnel = PortalUsage['funnel'];
export type UsageCohort = PortalUsage['cohorts'][number];
export type AdoptionWeek = PortalUsage['adoptionCurve'][number];
export type FeatureUse = PortalUsage['featureUsage'][number];

/** How far back the funnel, median and cohorts look (by first invitation); '' = since the first invite. */
export type UsagePeriod = '' | '90d' | '12m';
export const usagePeriods: readonly UsagePeriod[] = ['', '90d', '12m'];

/** The first day (UTC) a period covers, counted back from `today`. */
export function periodStart(period: UsagePeriod, today = new Date()): string | undefined {
  if (!period) return undefined;
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  if (period === '90d') start.setUTCDate(start.getUTCDate() - 89);
  else start.setUTCFullYear(start.getUTCFullYear() - 1, start.getUTCMonth(), start.getUTCDate() + 1);
  return start.toISOString().slice(0, 10);
}

export const usageOptions = (period: UsagePeriod) => {
  const from = periodStart(period);
  return $api.queryOptions(
    'get',
    '/api/v1/reports/portal-usage',
    { params: { query: from ? { from } : {} } },
    { placeholderData: keepPreviousData },
  );
};

export type AtRiskAccount = PortalUsage['atRiskAccounts']['items'][number];
