import type { PortalBuilding, PortalDashboard, PortalDocument } from '../lib/portal-types';

let sequence = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

export function makeDocument(overrides: Partial<PortalDocument> = {}): PortalDocument {
  return {
    id: uuid(),
    kind: 'invoice',
    number: 'INV-1001',
    title: 'Quarterly service invoice',
    status: null,
    amount: 1200,
    amountPaid: 0,
    currency: 'USD',
    issuedOn: '2026-09-01',
    dueOn: '2026-10-01',
    paidOn: null,
    buildingId: '00000000-0000-4000-8000-0000000000b1',
    buildingName: 'Harbor Tower',
    accountId: '00000000-0000-4000-8000-0000000000a1',
    accountName: 'Harbor Property Group',
    hasFile: true,
    overdue: false,
    payable: false,
    decision: null,
    ...overrides,
  };
}

export function makeBuilding(overrides: Partial<PortalBuilding> = {}): PortalBuilding {
  return {
    id: uuid(),
    name: 'Harbor Tower',
    accountId: '00000000-0000-4000-8000-0000000000a1',
    accountName: 'Harbor Property Group',
    address: '1 Harbor Way, Sydney',
    latitude: -33.86,
    longitude: 151.2,
    counts: { overdueInvoices: 0, outstandingQuotes: 0, openDefects: 0 },
    highestOpenSeverity: null,
    ...overrides,
  };
}

const months = (from = '2025-11') => {
  const [y, m] = from.split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => {
    const date = new Date(Date.UTC(y, m - 1 + i, 1));
    return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  });
};

/** A dashboard with nothing in it: every panel present, every number zero. */
export function makeEmptyDashboard(): PortalDashboard {
  const zeroSeverity = { critical: 0, nonConformance: 0, nonCritical: 0, recommendation: 0, info: 0 };
  return {
    counts: { overdueInvoices: 0, outstandingQuotes: 0, openDefects: 0 },
    activity: {
      pendingQuotes: { count: 0, amount: 0 },
      overdueInvoices: { count: 0, amount: 0 },
      unpaidInvoices: { count: 0, amount: 0 },
    },
    defectsByMonth: months().map((month) => ({ month, open: zeroSeverity, resolved: 0 })),
    defectsByAssetType: [],
    routineByMonth: {
      year: 2026,
      months: months('2026-01').map((month) => ({ month, onTime: 0, late: 0, overdue: 0, pending: 0 })),
    },
    serviceCallsByMonth: months().map((month) => ({
      month,
      onHold: 0,
      ready: 0,
      inProgress: 0,
      performed: 0,
      complete: 0,
    })),
    spend: months().map((month) => ({ month, invoiced: 0, paid: 0 })),
  };
}

export const page = <T>(items: T[], total = items.length) => ({ items, nextCursor: null, total });
