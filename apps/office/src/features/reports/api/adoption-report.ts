import { pathKey, type ResponseBody } from '@portico/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '../../../lib/api';
import type { ReportQuery } from '../utils/report-filters';

export type AdoptionReport = ResponseBody<'getPortalAdoptionReport'>;
export type AdoptionHeadline = AdoptionReport['headline'];
export type CustomerPage = NonNullable<AdoptionReport['customers']>;
export type CustomerRow = CustomerPage['items'][number];
export type EmailPage = NonNullable<AdoptionReport['emails']>;
export type EmailRow = EmailPage['items'][number];
export type ReportTable = 'customers' | 'emails';

export const PAGE_SIZE = 25;

/** Every page of the report, whatever its filters: what a write that changes the numbers invalidates. */
export const reportKeys = { all: pathKey('get', '/api/v1/reports/portal-adoption') };

/**
 * One page of one table (the API answers the other as null) with the headline. The previous
 * page stays on screen while the next one or a new filter loads, so the tables do not jump.
 */
export const adoptionReportOptions = (query: ReportQuery, table: ReportTable, cursor: string | undefined) =>
  $api.queryOptions(
    'get',
    '/api/v1/reports/portal-adoption',
    { params: { query: { ...query, table, limit: PAGE_SIZE, ...(cursor && { cursor }) } } },
    { placeholderData: keepPreviousData },
  );
