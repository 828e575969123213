import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeMe } from '../../../test/factories';
import { json, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { AdoptionHeadline, AdoptionReport, CustomerRow, EmailRow } from '../api/adoption-report';
import type { PortalUsage } from '../api/usage';
import { ReportsPage } from './reports-page';

const HARBOR = '00000000-0000-4000-8000-00000000a001';
const DUNE = '00000000-0000-4000-8000-00000000a002';

const headline: AdoptionHeadline = {
  customersWithAccess: 3,
  customersWithoutAccess: 9,
  emailsWithAccess: 14,
  emailsWithoutAccess: 27,
  invitesPending: 6,
  invitesExpired: 4,
  invitesNotSent: 17,
  contactsWithoutEmail: 5,
};

const customers: CustomerRow[] = [
  {
    accountId: HARBOR,
    name: 'Harbor Holdings',
    active: true,
    contacts: 4,
    emailsWithAccess: 2,
    hasAccess: true,
  },
  {
    accountId: DUNE,
    name: 'Dune Logistics',
    active: false,
    contacts: 2,
    emailsWithAccess: 0,
    hasAccess: false,
  },
];

const emails: EmailRow[] = [
  {
    contactId: '00000000-0000-4000-8000-00000000e001',
    name: 'Ada Lovelace',
    email: 'ada@harbor.example',
    accountNames: ['Harbor Holdings'],
    portalStatus: 'enrolled',
    lastSignInAt: '2026-11-20T10:00:00.000Z',
    invitedAt: '2026-10-01T09:00:00.000Z',
  },
  {
    contactId: '00000000-0000-4000-8000-00000000e002',
    name: 'Bo Chen',
    email: null,
    accountNames: ['Dune Logistics'],
    portalStatus: 'not_invited',
    lastSignInAt: null,
    invitedAt: null,
  },
];

function reportFor(url: URL, total = { customers: 40, emails: 41 }): AdoptionReport {
  const table = url.searchParams.get('table');
  return {
    headline,
    customers:
      table === 'customers'
        ? {
            items: customers,
            nextCursor: url.searchParams.get('cursor') ? null : 'c2',
            total: total.customers,
          }
        : null,
    emails: table === 'emails' ? { items: emails, nextCursor: null, total: total.emails } : null,
  };
}

const emptyUsage: PortalUsage = {
  period: { from: null, to: '2026-11-29' },
  invitedContacts: 0,
  activatedContacts: 0,
  activationRate: null,
  monthlyActiveUsers: 0,
  featureUsage: [],
  funnel: { invited: 0, opened: 0, registered: 0, active: 0, tookAction: 0 },
  medianTimeToRegisterHours: null,
  cohorts: [],
  adoptionCurve: [],
  atRiskAccounts: { items: [], total: 0 },
};

function setUp(url = '/reports', report: (url: URL) => AdoptionReport = (u) => reportFor(u)) {
  const calls = serve({
    'GET /api/v1/me': () => json(200, makeMe()),
    'GET /api/v1/reports/portal-adoption': (_request, requestUrl) => json(200, report(requestUrl)),
    'GET /api/v1/reports/portal-usage': () => json(200, emptyUsage),
    [`GET /api/v1/accounts/${HARBOR}`]: () => json(200, { id: HARBOR, name: 'Harbor Holdings' }),
  });
  renderRoute(<ReportsPage />, { path: '/reports', url });
  return calls;
}

const reportCalls = (calls: ReturnType<typeof setUp>, table: string) =>
  calls.filter(
    (c) => c.path === '/api/v1/reports/portal-adoption' && c.url.searchParams.get('table') === table,
  );

describe('ReportsPage', () => {
  it('shows the headline and both tables from the report', async () => {
    setUp();
    const customersCard = within(await screen.findByRole('region', { name: 'Customers' }));
    const withAccess = customersCard.getByText('With access').closest('div') as HTMLElement;
    expect(within(withAccess).getByText('3')).toBeInTheDocument();
    expect(customersCard.getByText('25% of customers have access')).toBeInTheDocument();
    const invitations = within(screen.getByRole('region', { name: 'Invitations' }));
    expect(
      within(invitations.getByText('Expired').closest('div') as HTMLElement).getByText('4'),
    ).toBeInTheDocument();
    expect(
      within(invitations.getByText('Not sent').closest('div') as HTMLElement).getByText('17'),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Contacts without email' })).toHaveTextContent('5');

    const harbor = within(
      (await screen.findByRole('rowheader', { name: 'Harbor Holdings' })).closest('tr') as HTMLElement,
    );
    expect(harbor.getByRole('link', { name: 'Harbor Holdings' })).toHaveAttribute(
      'href',
      `/accounts/${HARBOR}`,
    );
    expect(harbor.getByText('Yes')).toBeInTheDocument();
    const dune = within(
      screen.getByRole('rowheader', { name: /Dune Logistics/ }).closest('tr') as HTMLElement,
    );
    expect(dune.getByText('Inactive')).toBeInTheDocument();
    expect(dune.getByText('No')).toBeInTheDocument();

    const bo = within(
      (await screen.findByRole('rowheader', { name: /Bo Chen/ })).closest('tr') as HTMLElement,
    );
    expect(bo.getByText('No email')).toBeInTheDocument();
    expect(bo.getByText('Not invited')).toBeInTheDocument();
    const ada = within(screen.getByRole('rowheader', { name: /Ada Lovelace/ }).closest('tr') as HTMLElement);
    expect(ada.getByText('Enrolled')).toBeInTheDocument();
    expect(ada.getByText('ada@harbor.example')).toBeInTheDocument();
  });

  it('pages a table with the cursor the API answered', async () => {
    const user = userEvent.setup();
    const calls = setUp();
    await screen.findByRole('rowheader', { name: 'Harbor Holdings' });
    expect(screen.getByText('1–2 of 40')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next customers' }));
    await waitFor(() =>
      expect(reportCalls(calls, 'customers').at(-1)?.url.searchParams.get('cursor')).toBe('c2'),
    );
    expect(await screen.findByText('26–27 of 40')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next customers' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Previous customers' }));
    expect(await screen.findByText('1–2 of 40')).toBeInTheDocument();
  });

  it('keeps the filters in the URL and sends them with the request', async () => {
    const user = userEvent.setup();
    const calls = setUp(`/reports?customer=${HARBOR}&inviteStatus=expired`);
    await screen.findByRole('rowheader', { name: 'Harbor Holdings' });
    const first = reportCalls(calls, 'customers')[0];
    expect(first?.url.searchParams.getAll('customer')).toEqual([HARBOR]);
    expect(first?.url.searchParams.getAll('inviteStatus')).toEqual(['expired']);
    expect(first?.url.searchParams.get('customers')).toBe('active');
    expect(await screen.findByRole('list', { name: 'Chosen customers' })).toHaveTextContent(
      'Harbor Holdings',
    );

    await user.click(screen.getByRole('radio', { name: 'All' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Email has access?' }), 'no');
    await user.click(screen.getByRole('checkbox', { name: 'Invited' }));
    await user.type(screen.getByRole('searchbox', { name: 'Email contains' }), '@harbor');

    const location = screen.getByRole('status', { name: 'Current location' });
    await waitFor(() => expect(location).toHaveTextContent('email=%40harbor'));
    const params = new URLSearchParams(location.textContent?.split('?')[1]);
    expect(params.get('customers')).toBe('all');
    expect(params.get('emailHasAccess')).toBe('no');
    expect(params.getAll('inviteStatus')).toEqual(['invited', 'expired']);
    expect(params.getAll('customer')).toEqual([HARBOR]);

    await waitFor(() =>
      expect(reportCalls(calls, 'emails').at(-1)?.url.searchParams.get('email')).toBe('@harbor'),
    );
    const last = reportCalls(calls, 'emails').at(-1)?.url.searchParams;
    expect(last?.get('customers')).toBe('all');
    expect(last?.get('emailHasAccess')).toBe('no');
    expect(last?.getAll('inviteStatus')).toEqual(['invited', 'expired']);
    expect(last?.get('cursor')).toBeNull();
  });

  it('says what to do in a new organization with nobody invited', async () => {
    const user = userEvent.setup();
    setUp('/reports', (url) => ({
      headline: {
        ...headline,
        customersWithAccess: 0,
        customersWithoutAccess: 0,
        emailsWithAccess: 0,
        emailsWithoutAccess: 0,
        invitesPending: 0,
        invitesExpired: 0,
        invitesNotSent: 0,
        contactsWithoutEmail: 0,
      },
      customers:
        url.searchParams.get('table') === 'customers' ? { items: [], nextCursor: null, total: 0 } : null,
      emails: url.searchParams.get('table') === 'emails' ? { items: [], nextCursor: null, total: 0 } : null,
    }));
    expect(await screen.findByRole('heading', { name: 'No customers yet' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'No emails yet' })).toBeInTheDocument();
    expect(screen.queryByText(/of customers have access/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Usage' }));
    expect(await screen.findByRole('heading', { name: 'No invitations yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Invite customers' })).toHaveAttribute('href', '/bulk-invite');
    expect(screen.getByText(/No customer is at risk/)).toBeInTheDocument();
  });
});
