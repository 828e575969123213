import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeMe } from '../../../test/factories';
import { json, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { PortalUsage } from '../api/usage';
import { ReportsPage } from './reports-page';

const AT_RISK = '00000000-0000-4000-8000-00000000a009';

const usage: PortalUsage = {
  period: { from: null, to: '2026-11-29' },
  invitedContacts: 40,
  activatedContacts: 18,
  activationRate: 0.45,
  monthlyActiveUsers: 12,
  featureUsage: [
    { feature: 'sign_in', events: 51 },
    { feature: 'document_downloaded', events: 23 },
    { feature: 'proposal_decided', events: 3 },
  ],
  funnel: { invited: 40, opened: 30, registered: 20, active: 12, tookAction: 8 },
  medianTimeToRegisterHours: 30.5,
  cohorts: [
    { month: '2026-09', invited: 25, registered: 15, active: 9 },
    { month: '2026-10', invited: 15, registered: 5, active: 3 },
  ],
  adoptionCurve: [
    { weekStart: '2026-09-07', enrolledContacts: 4 },
    { weekStart: '2026-09-14', enrolledContacts: 11 },
  ],
  atRiskAccounts: {
    items: [
      {
        accountId: AT_RISK,
        name: 'Quarry Mills',
        openCriticalDefects: 2,
        overdueInvoices: 1,
        overdueAmount: 1250.5,
        invitableContacts: 3,
      },
    ],
    total: 1,
  },
};

describe('ReportsPage: usage', () => {
  it('shows the rates, the charts’ numbers and whom to invite first', async () => {
    const user = userEvent.setup();
    const calls = serve({
      'GET /api/v1/me': () => json(200, makeMe()),
      'GET /api/v1/reports/portal-usage': () => json(200, usage),
    });
    renderRoute(<ReportsPage />, { path: '/reports', url: '/reports?view=usage' });

    const activation = (await screen.findByText('Activation rate')).closest('div') as HTMLElement;
    expect(within(activation).getByText('45%')).toBeInTheDocument();
    expect(within(activation).getByText(/18 of 40 invited contacts/)).toBeInTheDocument();
    expect((screen.getByText('Median time to register').closest('div') as HTMLElement).textContent).toContain(
      '30.5 h',
    );

    const funnel = within(screen.getByRole('region', { name: 'Invite funnel' }));
    expect(funnel.getByRole('button', { name: 'Download PNG of Invite funnel' })).toBeInTheDocument();
    const registered = within(
      funnel.getByRole('rowheader', { name: 'Registered' }).closest('tr') as HTMLElement,
    );
    expect(registered.getByText('20')).toBeInTheDocument();
    expect(registered.getByText('50%')).toBeInTheDocument();
    const features = within(screen.getByRole('region', { name: 'Feature usage' }));
    expect(features.getByRole('rowheader', { name: 'Documents downloaded' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Cohorts by invite month' })).getAllByRole('rowheader'),
    ).toHaveLength(2);

    const atRisk = within(screen.getByRole('region', { name: 'At-risk customers' }));
    const row = within(atRisk.getByRole('rowheader', { name: 'Quarry Mills' }).closest('tr') as HTMLElement);
    expect(row.getByRole('link', { name: 'Quarry Mills' })).toHaveAttribute('href', `/accounts/${AT_RISK}`);
    expect(row.getByText('1,250.50')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Invited' }), '90d');
    await waitFor(() =>
      expect(
        calls
          .filter((c) => c.path === '/api/v1/reports/portal-usage')
          .at(-1)
          ?.url.searchParams.get('from'),
      ).toMatch(/^\d{4}-\d{2}-\d{2}$/),
    );
    expect(screen.getByRole('status', { name: 'Current location' })).toHaveTextContent('period=90d');
  });
});
