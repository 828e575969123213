import type { DefectSeverity } from '@portico/db';

/** A sum of money with how many records make it up. */
export interface CountAmount {
  count: number;
  amount: number;
}

export interface DashboardCounts {
  overdueInvoices: number | null;
  outstandingQuotes: number | null;
  openDefects: number | null;
}

export interface DashboardActivity {
  pendingQuotes: CountAmount | null;
  overdueInvoices: CountAmount | null;
  unpaidInvoices: CountAmount | null;
}

export interface SeverityCounts {
  critical: number;
  nonConformance: number;
  nonCritical: number;
  recommendation: number;
  info: number;
}

export interface DefectMonth {
  month: string;
  open: SeverityCounts;
  resolved: number;
}

export interface DefectAssetType {
  assetType: string;
  highestSeverity: DefectSeverity | null;
  openDefects: number;
  assets: number;
}

export interface RoutineMonth {
  month: string;
  onTime: number;
  late: number;
  overdue: number;
  pending: number;
}

export interface ServiceCallMonth {
  month: string;
  onHold: number;
  ready: number;
  inProgress: number;
  performed: number;
  complete: number;
}

export interface SpendMonth {
  month: string;
  invoiced: number;
  paid: number;
}

/** Every section is null when its panel is hidden in the view or the contact's areas exclude it. */
export interface PortalDashboard {
  counts: DashboardCounts;
  activity: DashboardActivity | null;
  defectsByMonth: DefectMonth[] | null;
  defectsByAssetType: DefectAssetType[] | null;
  routineByMonth: { year: number; months: RoutineMonth[] } | null;
  serviceCallsByMonth: ServiceCallMonth[] | null;
  spend: SpendMonth[] | null;
}
