import type { DbOrTx, PortalPanels } from '@portico/db';
import { type PortalScope, withVisibleIds } from '../portal-content/visibility';
import {
  defectsByAssetType,
  defectsByMonth,
  headlineNumbers,
  routineByMonth,
  serviceCallsByMonth,
  spendByMonth,
} from './dashboard-queries';
import type { PortalDashboard } from './dashboard-types';
import { effectivePanels } from './panels';

export interface DashboardInput {
  /** The calendar year of the routine activities panel; the database's current year when absent. */
  year?: number;
}

/** Runs `load` only when the section is shown, so a hidden panel costs no query. */
const when = <T>(shown: boolean, load: () => Promise<T>): Promise<T | null> =>
  shown ? load() : Promise.resolve(null);

/**
 * The portal's home page numbers for a scope. A section is null when the view's layout hides its
 * panel or the contact's access areas do not cover what it counts; null (not zero) lets the portal
 * leave the panel out rather than show a misleading empty chart. The queries run in parallel on
 * the pool (a transaction would serialize them for nothing: every section is read-only).
 */
export async function getPortalDashboard(
  db: DbOrTx,
  portalScope: PortalScope,
  input: DashboardInput = {},
  panels?: PortalPanels,
): Promise<PortalDashboard> {
  const [layout, scope] = await Promise.all([
    panels ?? effectivePanels(db, portalScope),
    withVisibleIds(db, portalScope),
  ]);
  const { invoices, proposals, inspectionReports } = scope.contact.access;
  const [headline, byMonth, byAssetType, routine, serviceCalls, spend] = await Promise.all([
    when(invoices || proposals || inspectionReports, () => headlineNumbers(db, scope)),
    when(layout.defectAnalytics && inspectionReports, () => defectsByMonth(db, scope)),
    when(layout.defectAnalytics && inspectionReports, () => defectsByAssetType(db, scope)),
    when(layout.routineActivities, () => routineByMonth(db, scope, input.year)),
    when(layout.serviceCalls, () => serviceCallsByMonth(db, scope)),
    when(layout.spendTracking && invoices, () => spendByMonth(db, scope)),
  ]);
  const showActivity = layout.activityReport && (invoices || proposals) && headline !== null;
  return {
    counts: {
      overdueInvoices: invoices && headline ? headline.overdueCount : null,
      outstandingQuotes: proposals && headline ? headline.pendingCount : null,
      openDefects: inspectionReports && headline ? headline.openDefects : null,
    },
    activity: showActivity
      ? {
          pendingQuotes: proposals ? { count: headline.pendingCount, amount: headline.pendingAmount } : null,
          overdueInvoices: invoices ? { count: headline.overdueCount, amount: headline.overdueAmount } : null,
          unpaidInvoices: invoices ? { count: headline.unpaidCount, amount: headline.unpaidAmount } : null,
        }
      : null,
    defectsByMonth: byMonth,
    defectsByAssetType: byAssetType,
    routineByMonth: routine,
    serviceCallsByMonth: serviceCalls,
    spend,
  };
}
