import type { schema } from '@portico/db';
import { ValidationError } from '../errors';
import type { ExportFormat, ReportExportSpec } from '../report-exports/export-spec';
import { defaultExportTable, isAdoptionTable, isUsageTable } from '../report-exports/export-spec';
import { type AdoptionFilterQuery, adoptionFilterOf } from '../reports/adoption-report';
import type { PortalUsageInput } from '../reports/usage';

/** Recipients of one email: enough for a team, few enough that it is not a mailing list. */
export const MAX_RECIPIENTS = 50;

/** What an emailed export is, as schedules, alerts and runs store it. */
export interface ExportTarget {
  report: schema.ReportKind;
  /** A table of the report (see export-spec); the report's default when omitted. */
  table?: string;
  format: ExportFormat;
  /** The report's filters as the API's query spells them (adoption) or `{from, to}` (usage). */
  filters?: Record<string, unknown>;
  recipients: string[];
}

// Deliberately simple: one @, no spaces, a dot in the domain. SMTP has the final word.
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** Checks the table against the report and the recipients; answers the values to store. */
export function checkTarget(target: ExportTarget): Required<ExportTarget> {
  const table = target.table ?? defaultExportTable[target.report];
  const errors: { field: string; message: string }[] = [];
  const fits = target.report === 'adoption' ? isAdoptionTable(table) : isUsageTable(table);
  if (!fits) errors.push({ field: 'table', message: `is not a table of the ${target.report} report` });
  const recipients = [...new Set(target.recipients.map((r) => r.trim().toLowerCase()))];
  if (recipients.length === 0)
    errors.push({ field: 'recipients', message: 'must name at least one address' });
  if (recipients.length > MAX_RECIPIENTS)
    errors.push({ field: 'recipients', message: `must name at most ${MAX_RECIPIENTS} addresses` });
  recipients.forEach((r, i) => {
    if (!EMAIL.test(r) || r.length > 320)
      errors.push({ field: `recipients/${i}`, message: 'is not an email address' });
  });
  if (errors.length > 0) throw new ValidationError('The export or its recipients are not valid.', errors);
  return { report: target.report, table, format: target.format, filters: target.filters ?? {}, recipients };
}

/** The export spec of a stored target (filters were validated when they were written). */
export function specOfTarget(t: {
  report: schema.ReportKind;
  reportTable: string;
  format: ExportFormat;
  filters: Record<string, unknown>;
}): ReportExportSpec {
  if (t.report === 'adoption') {
    const table = isAdoptionTable(t.reportTable) ? t.reportTable : 'customers';
    return {
      report: 'adoption',
      table,
      format: t.format,
      filter: adoptionFilterOf(t.filters as AdoptionFilterQuery),
    };
  }
  const table = isUsageTable(t.reportTable) ? t.reportTable : 'summary';
  return { report: 'usage', table, format: t.format, filter: t.filters as PortalUsageInput };
}
