import type { PortalMe, PortalSession } from '../lib/session';

export function makeMe(overrides: Partial<PortalMe> = {}): PortalMe {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    firstName: 'Dana',
    lastName: 'Lee',
    email: 'dana.lee@harborpg.example',
    access: { inspectionReports: true, serviceReports: true, proposals: false, invoices: true },
    organization: { name: 'Northwind Fire & Safety', logoUrl: null, brandColor: '#1d4ed8' },
    views: [{ key: 'all', kind: 'all', id: null, name: 'All accounts' }],
    defaultView: 'all',
    panels: {
      activityReport: true,
      spendTracking: true,
      defectAnalytics: true,
      routineActivities: true,
      serviceCalls: true,
    },
    ...overrides,
  };
}

/** A client-group user: the whole group, or one of its two clients. */
export const groupViews: Pick<PortalMe, 'views' | 'defaultView'> = {
  views: [
    {
      key: 'group:00000000-0000-4000-8000-0000000000a0',
      kind: 'group',
      id: '00000000-0000-4000-8000-0000000000a0',
      name: 'Harbor & Maple Holdings',
    },
    {
      key: 'account:00000000-0000-4000-8000-0000000000a1',
      kind: 'account',
      id: '00000000-0000-4000-8000-0000000000a1',
      name: 'Harbor Property Group',
    },
    {
      key: 'account:00000000-0000-4000-8000-0000000000a2',
      kind: 'account',
      id: '00000000-0000-4000-8000-0000000000a2',
      name: 'Maple Street Schools',
    },
  ],
  defaultView: 'group:00000000-0000-4000-8000-0000000000a0',
};

export function makeSession(me: PortalMe = makeMe(), accessToken = 'token-1'): PortalSession {
  return { accessToken, tokenType: 'Bearer', expiresIn: 900, me };
}
