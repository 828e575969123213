import { type RequestBody, unwrap } from '@portico/api-client';
import { useMutation } from '@tanstack/react-query';
import { $api, api } from '../../../lib/api';
import { downloadBlob, fileNameFrom } from '../utils/download';
import type { ReportQuery } from '../utils/report-filters';

type SendBody = RequestBody<'sendReportExport'>;
export type ReportName = SendBody['report'];
export type ExportFormat = SendBody['format'];
export type ExportTable = NonNullable<SendBody['table']>;
export type ReportFiltersBody = NonNullable<SendBody['filters']>;
export type AdoptionExportTable = Extract<ExportTable, 'customers' | 'emails' | 'summary'>;
export type UsageExportTable = Exclude<ExportTable, 'customers' | 'emails'>;

/** What an export holds: a report's table (or its summary) under the report's own filters. */
export type ExportTarget =
  | { report: 'adoption'; table: AdoptionExportTable; query: ReportQuery }
  | { report: 'usage'; table: UsageExportTable; from?: string | undefined };

export const exportFormats: readonly { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'xlsx', label: 'Excel (XLSX)' },
  { format: 'pdf', label: 'PDF' },
];

/** The tables each report can export or send, as the office says them. */
export const tableLabels: Record<ExportTable, string> = {
  summary: 'Summary',
  customers: 'By customer',
  emails: 'By email',
  features: 'Feature usage',
  funnel: 'Invite funnel',
  cohorts: 'Cohorts by invite month',
  adoptionCurve: 'Adoption curve',
  atRiskAccounts: 'At-risk customers',
};

export const reportTables: Record<ReportName, readonly ExportTable[]> = {
  adoption: ['summary', 'customers', 'emails'],
  usage: ['summary', 'features', 'funnel', 'cohorts', 'adoptionCurve', 'atRiskAccounts'],
};

export const reportLabels: Record<ReportName, string> = {
  adoption: 'Portal adoption',
  usage: 'Portal usage',
};

const today = () => new Date().toISOString().slice(0, 10);

/** The export as a file, through the signed-in client (the token travels; a bare link would not). */
export async function fetchExport(
  target: ExportTarget,
  format: ExportFormat,
): Promise<{ blob: Blob; fileName: string }> {
  const fallback = `portal-${target.report}-${target.table}-${today()}.${format}`;
  const result =
    target.report === 'adoption'
      ? await api.GET('/api/v1/reports/portal-adoption/export', {
          params: { query: { ...target.query, table: target.table, format } },
          parseAs: 'blob',
        })
      : await api.GET('/api/v1/reports/portal-usage/export', {
          params: { query: { table: target.table, format, ...(target.from && { from: target.from }) } },
          parseAs: 'blob',
        });
  const blob = unwrap(result);
  return { blob, fileName: fileNameFrom(result.response.headers.get('content-disposition'), fallback) };
}

/** Downloads an export; the pending state and the refusal are the caller's to show. */
export function useExportDownload() {
  return useMutation({
    mutationFn: async ({ target, format }: { target: ExportTarget; format: ExportFormat }) => {
      const { blob, fileName } = await fetchExport(target, format);
      downloadBlob(blob, fileName);
      return fileName;
    },
  });
}

/** Emails an export now (queued: the answer is the run, not the email). */
export function useSendExport() {
  return $api.useMutation('post', '/api/v1/reports/send');
}

/** The filters a send, schedule or alert stores with its report. */
export function filtersOf(target: ExportTarget): ReportFiltersBody {
  return target.report === 'adoption' ? target.query : target.from ? { from: target.from } : {};
}
