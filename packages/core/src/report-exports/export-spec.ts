import type { AdoptionReportFilter } from '../reports/adoption-report';
import type { PortalUsageInput } from '../reports/usage';

export const exportFormats = ['csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const adoptionExportTables = ['customers', 'emails', 'summary'] as const;
export type AdoptionExportTable = (typeof adoptionExportTables)[number];
export const usageExportTables = [
  'summary',
  'features',
  'funnel',
  'cohorts',
  'adoptionCurve',
  'atRiskAccounts',
] as const;
export type UsageExportTable = (typeof usageExportTables)[number];

/** What to export: the report, one of its tables, the format and the report's own filters. */
export type ReportExportSpec =
  | { report: 'adoption'; table: AdoptionExportTable; format: ExportFormat; filter: AdoptionReportFilter }
  | { report: 'usage'; table: UsageExportTable; format: ExportFormat; filter: PortalUsageInput };

export const exportContentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** The table an export shows when none is named. */
export const defaultExportTable = { adoption: 'customers', usage: 'summary' } as const;

/**
 * `portal-adoption-2026-11-29.csv`; a table other than the report's default is named too
 * (`portal-adoption-emails-2026-11-29.csv`). The day is UTC, like every day of the reports.
 */
export function exportFilename(
  spec: Pick<ReportExportSpec, 'report' | 'table' | 'format'>,
  now: Date,
): string {
  const table = spec.table === defaultExportTable[spec.report] ? '' : `-${kebab(spec.table)}`;
  return `portal-${spec.report}${table}-${now.toISOString().slice(0, 10)}.${spec.format}`;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export const isAdoptionTable = (table: string): table is AdoptionExportTable =>
  (adoptionExportTables as readonly string[]).includes(table);
export const isUsageTable = (table: string): table is UsageExportTable =>
  (usageExportTables as readonly string[]).includes(table);
