import type { AlertBody, AlertMetric, AlertRule } from '../api/alerts';
import { alertMetrics } from '../api/alerts';
import type { ExportFormat, ExportTable, ReportFiltersBody, ReportName } from '../api/exports';
import { MAX_RECIPIENTS, parseRecipients } from './schedule-form';

export interface AlertDraft {
  name: string;
  metric: AlertMetric;
  comparator: AlertBody['comparator'];
  /** As typed. */
  threshold: string;
  period: AlertBody['period'];
  report: ReportName;
  table: ExportTable;
  format: ExportFormat;
  recipients: string;
  filters: ReportFiltersBody;
  paused: boolean;
}

export type AlertErrors = Partial<Record<'name' | 'threshold' | 'recipients', string>>;

export const isPercent = (metric: AlertMetric) =>
  alertMetrics.find((m) => m.metric === metric)?.percent ?? false;
export const metricLabel = (metric: AlertMetric) =>
  alertMetrics.find((m) => m.metric === metric)?.label ?? metric;

export const newAlertDraft = (): AlertDraft => ({
  name: '',
  metric: 'activation_rate',
  comparator: 'lt',
  threshold: '40',
  period: 'weekly',
  report: 'adoption',
  table: 'summary',
  format: 'pdf',
  recipients: '',
  filters: {},
  paused: false,
});

export function alertDraftFrom(rule: AlertRule): AlertDraft {
  return {
    name: rule.name,
    metric: rule.metric,
    comparator: rule.comparator,
    threshold: String(rule.threshold),
    period: rule.period,
    report: rule.report,
    // The API answers the stored table and filters loosely typed; it only stores what it accepted.
    table: rule.table as ExportTable,
    format: rule.format,
    recipients: rule.recipients.join(', '),
    filters: rule.filters as ReportFiltersBody,
    paused: rule.paused,
  };
}

export function checkAlert(
  draft: AlertDraft,
): { ok: false; errors: AlertErrors } | { ok: true; body: AlertBody } {
  const errors: AlertErrors = {};
  const name = draft.name.trim();
  if (!name) errors.name = 'Name the alert, so it can be found in the list.';
  else if (name.length > 200) errors.name = 'At most 200 characters.';
  const threshold = Number(draft.threshold.replace(',', '.'));
  if (draft.threshold.trim() === '' || !Number.isFinite(threshold)) errors.threshold = 'Enter a number.';
  else if (threshold < 0) errors.threshold = 'Enter 0 or more.';
  else if (isPercent(draft.metric) && threshold > 100) errors.threshold = 'A percentage: 0 to 100.';
  const { emails, invalid } = parseRecipients(draft.recipients);
  if (invalid.length > 0) {
    errors.recipients = `${invalid.length === 1 ? 'Not an email address' : 'Not email addresses'}: ${invalid.join(', ')}`;
  } else if (emails.length === 0) errors.recipients = 'Add at least one recipient.';
  else if (emails.length > MAX_RECIPIENTS) errors.recipients = `At most ${MAX_RECIPIENTS} recipients.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      name,
      metric: draft.metric,
      comparator: draft.comparator,
      threshold,
      period: draft.period,
      report: draft.report,
      table: draft.table,
      format: draft.format,
      filters: draft.filters,
      recipients: emails,
      paused: draft.paused,
    },
  };
}

/** "Activation rate below 40%", "Pending invites above 50". */
export function describeRule(rule: Pick<AlertRule, 'metric' | 'comparator' | 'threshold'>): string {
  const value = isPercent(rule.metric) ? `${rule.threshold}%` : String(rule.threshold);
  return `${metricLabel(rule.metric)} ${rule.comparator === 'lt' ? 'below' : 'above'} ${value}`;
}
