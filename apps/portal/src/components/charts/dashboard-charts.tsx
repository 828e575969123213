import { formatAmount, shortMonth } from '../../lib/format';
import { RESOLVED_COLOR, type Severity, severityColor, severityLabel } from '../../lib/severity';
import { BarChart, type ChartSeries } from './bar-chart';

// Plain props in the API's shapes (GET /portal/v1/dashboard), so the charts need nothing else.

export interface OpenBySeverity {
  critical: number;
  nonConformance: number;
  nonCritical: number;
  recommendation: number;
  info: number;
}

export interface DefectMonth {
  month: string;
  open: OpenBySeverity;
  resolved: number;
}

type DefectSeries = keyof OpenBySeverity | 'resolved';

/** The API's camelCase keys of a severity, and back. */
export const severityOfKey: Record<keyof OpenBySeverity, Severity> = {
  critical: 'critical',
  nonConformance: 'non_conformance',
  nonCritical: 'non_critical',
  recommendation: 'recommendation',
  info: 'info',
};

const defectSeries: ChartSeries<DefectSeries>[] = [
  ...(Object.keys(severityOfKey) as (keyof OpenBySeverity)[]).map((key) => ({
    key,
    label: severityLabel[severityOfKey[key]],
    color: severityColor[severityOfKey[key]],
  })),
  { key: 'resolved', label: 'Resolved', color: RESOLVED_COLOR },
];

/** Defects raised per month: open ones by severity, resolved ones in green. */
export function DefectsByMonthChart({
  months,
  onSelect,
}: {
  months: readonly DefectMonth[];
  /** The month, and the severity (or 'resolved'; null for all of that month). */
  onSelect?: (month: string, series: Severity | 'resolved' | null) => void;
}) {
  return (
    <BarChart
      title="Defects raised per month, by severity"
      series={defectSeries}
      rows={months.map((m) => ({
        id: m.month,
        label: shortMonth(m.month),
        values: { ...m.open, resolved: m.resolved },
      }))}
      {...(onSelect && {
        onSelect: (month: string, key: DefectSeries | null) =>
          onSelect(month, key === null || key === 'resolved' ? key : severityOfKey[key]),
      })}
    />
  );
}

export interface AssetTypeDefects {
  assetType: string;
  highestSeverity: Severity | null;
  openDefects: number;
  assets: number;
}

/** Open defects per asset type, each bar in the colour of the type's worst open defect. */
export function DefectsByAssetTypeChart({
  types,
  onSelect,
}: {
  types: readonly AssetTypeDefects[];
  onSelect?: (assetType: string) => void;
}) {
  const open = types.filter((t) => t.openDefects > 0);
  const used = [...new Set(open.map((t) => t.highestSeverity).filter((s): s is Severity => s !== null))];
  const series: ChartSeries<Severity>[] = used.map((s) => ({
    key: s,
    label: severityLabel[s],
    color: severityColor[s],
  }));
  const rows = open.map((t) => ({
    id: t.assetType,
    label: t.assetType,
    values: Object.fromEntries(used.map((s) => [s, s === t.highestSeverity ? t.openDefects : 0])) as Record<
      Severity,
      number
    >,
  }));
  if (rows.length === 0) return <p className="muted">No open defects on any asset type.</p>;
  return (
    <BarChart
      title="Open defects by asset type, coloured by the highest severity"
      series={series}
      rows={rows}
      {...(onSelect && { onSelect: (assetType: string) => onSelect(assetType) })}
    />
  );
}

export type Tolerance = 'onTime' | 'late' | 'overdue' | 'pending';

export interface RoutineMonth {
  month: string;
  onTime: number;
  late: number;
  overdue: number;
  pending: number;
}

const routineSeries: ChartSeries<Tolerance>[] = [
  { key: 'onTime', label: 'On time', color: '#3f9d57' },
  { key: 'late', label: 'Late', color: '#e07b00' },
  { key: 'overdue', label: 'Overdue', color: '#c4320a' },
  { key: 'pending', label: 'Pending', color: '#9aa5a7' },
];

/** The API's tolerance query values. */
export const toleranceParam: Record<Tolerance, string> = {
  onTime: 'on_time',
  late: 'late',
  overdue: 'overdue',
  pending: 'pending',
};

/** Routine maintenance per month of a year, by whether it was done within tolerance. */
export function RoutineChart({
  months,
  onSelect,
}: {
  months: readonly RoutineMonth[];
  onSelect?: (month: string, tolerance: Tolerance | null) => void;
}) {
  return (
    <BarChart
      title="Routine activities per month, by tolerance"
      series={routineSeries}
      rows={months.map(({ month, ...values }) => ({ id: month, label: shortMonth(month), values }))}
      {...(onSelect && { onSelect })}
    />
  );
}

export type Stage = 'onHold' | 'ready' | 'inProgress' | 'performed' | 'complete';

export interface ServiceCallMonth {
  month: string;
  onHold: number;
  ready: number;
  inProgress: number;
  performed: number;
  complete: number;
}

const stageSeries: ChartSeries<Stage>[] = [
  { key: 'onHold', label: 'On hold', color: '#8a9597' },
  { key: 'ready', label: 'Ready', color: '#3a6fc4' },
  { key: 'inProgress', label: 'In progress', color: '#e07b00' },
  { key: 'performed', label: 'Performed', color: '#7b5cc4' },
  { key: 'complete', label: 'Complete', color: '#3f9d57' },
];

export const stageParam: Record<Stage, string> = {
  onHold: 'on_hold',
  ready: 'ready',
  inProgress: 'in_progress',
  performed: 'performed',
  complete: 'complete',
};

/** Reactive work per month it was raised, by stage. */
export function ServiceCallsChart({
  months,
  onSelect,
}: {
  months: readonly ServiceCallMonth[];
  onSelect?: (month: string, stage: Stage | null) => void;
}) {
  return (
    <BarChart
      title="Service calls per month, by stage"
      series={stageSeries}
      rows={months.map(({ month, ...values }) => ({ id: month, label: shortMonth(month), values }))}
      {...(onSelect && { onSelect })}
    />
  );
}

export interface SpendMonth {
  month: string;
  invoiced: number;
  paid: number;
}

const spendSeries: ChartSeries<'invoiced' | 'paid'>[] = [
  { key: 'invoiced', label: 'Invoiced', color: '#3a6fc4' },
  { key: 'paid', label: 'Paid', color: '#3f9d57' },
];

/** What was invoiced and what was paid, per month, side by side. */
export function SpendChart({
  months,
  onSelect,
}: {
  months: readonly SpendMonth[];
  onSelect?: (month: string, series: 'invoiced' | 'paid' | null) => void;
}) {
  return (
    <BarChart
      title="Spend per month: invoiced and paid"
      layout="grouped"
      series={spendSeries}
      format={formatAmount}
      rows={months.map(({ month, ...values }) => ({ id: month, label: shortMonth(month), values }))}
      {...(onSelect && { onSelect })}
    />
  );
}
