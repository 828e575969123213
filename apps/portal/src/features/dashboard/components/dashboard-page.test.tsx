import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startSession } from '../../../test/api';
import { makeBuilding, makeDocument, makeEmptyDashboard, page } from '../../../test/content-factories';
import { groupViews, makeMe, makeSession } from '../../../test/factories';
import { json, serve } from '../../../test/fake-server';
import { renderApp } from '../../../test/render';

describe('the dashboard', () => {
  it('explains an empty portal and offers a next step', async () => {
    serve({
      'GET /portal/v1/dashboard': () => json(200, makeEmptyDashboard()),
      'GET /portal/v1/buildings': () => json(200, page([])),
      'GET /portal/v1/documents': () => json(200, page([])),
    });
    startSession(makeSession(makeMe()));
    renderApp('/');
    const empty = await screen.findByRole('region', { name: 'No published content yet' });
    expect(empty).toHaveTextContent(
      'Your inspection reports, service reports and invoices will appear here when Northwind Fire & Safety publishes them',
    );
    expect(within(empty).getByRole('link', { name: 'See your properties' })).toHaveAttribute(
      'href',
      '/properties',
    );
    expect(screen.queryByRole('list', { name: 'Needs your attention' })).not.toBeInTheDocument();
  });

  it('shows the panels the layout allows, and a count opens its list over the page', async () => {
    const user = userEvent.setup();
    const dashboard = {
      ...makeEmptyDashboard(),
      counts: { overdueInvoices: 1, outstandingQuotes: null, openDefects: 3 },
    };
    const tower = makeBuilding({
      counts: { overdueInvoices: 1, outstandingQuotes: 0, openDefects: 3 },
      highestOpenSeverity: 'critical',
    });
    const invoice = makeDocument({ title: 'March service invoice', overdue: true });
    const calls = serve({
      'GET /portal/v1/dashboard': () => json(200, dashboard),
      'GET /portal/v1/buildings': () => json(200, page([tower])),
      'GET /portal/v1/documents': () => json(200, page([invoice])),
    });
    const me = makeMe({
      panels: {
        activityReport: true,
        spendTracking: false,
        defectAnalytics: true,
        routineActivities: false,
        serviceCalls: false,
      },
    });
    startSession(makeSession(me));
    const { router } = renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Activity report' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Your defects' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Spend' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Routine activities' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Service calls' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'No published content yet' })).not.toBeInTheDocument();

    const headline = screen.getByRole('list', { name: 'Needs your attention' });
    expect(within(headline).queryByText('Quotes awaiting approval')).not.toBeInTheDocument();
    await user.click(within(headline).getByRole('link', { name: /1\s*Overdue invoices/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Overdue invoices' });
    expect(await within(dialog).findByRole('link', { name: 'March service invoice' })).toBeInTheDocument();
    const listCall = calls.filter((c) => c.path === '/portal/v1/documents').at(-1);
    expect(listCall).toBeDefined();
    expect(router.state.location.search).toContain('overlay=');
  });

  it('asks for portal content in the chosen view', async () => {
    const user = userEvent.setup();
    const me = makeMe(groupViews);
    const calls = serve({
      'GET /portal/v1/me': () => json(200, me),
      'GET /portal/v1/dashboard': () => json(200, makeEmptyDashboard()),
      'GET /portal/v1/buildings': () => json(200, page([])),
      'GET /portal/v1/documents': () => json(200, page([])),
    });
    startSession(makeSession(me));
    renderApp('/');
    await screen.findByRole('region', { name: 'No published content yet' });
    const group = groupViews.defaultView;
    expect(calls.find((c) => c.path === '/portal/v1/dashboard')?.headers.get('x-portal-view')).toBe(group);

    await user.click(screen.getAllByRole('button', { name: 'Change view' })[0] as HTMLElement);
    await user.click(await screen.findByRole('radio', { name: 'Harbor Property Group' }));
    const harbor = 'account:00000000-0000-4000-8000-0000000000a1';
    await waitFor(() =>
      expect(
        calls
          .filter((c) => c.path === '/portal/v1/dashboard')
          .at(-1)
          ?.headers.get('x-portal-view'),
      ).toBe(harbor),
    );
    expect(
      calls
        .filter((c) => c.path === '/portal/v1/buildings')
        .at(-1)
        ?.headers.get('x-portal-view'),
    ).toBe(harbor);
  });

  it('moves the routine panel to another year, and a month opens its routine tasks', async () => {
    const user = userEvent.setup();
    const years: string[] = [];
    serve({
      'GET /portal/v1/dashboard': (_request, url) => {
        const year = url.searchParams.get('year') ?? '';
        years.push(year);
        const dashboard = makeEmptyDashboard();
        const routine = dashboard.routineByMonth;
        if (!routine) throw new Error('the factory has a routine panel');
        return json(200, {
          ...dashboard,
          routineByMonth: {
            year: Number(year),
            months: routine.months.map((m, i) => ({
              ...m,
              month: `${year}-${String(i + 1).padStart(2, '0')}`,
              onTime: 1,
            })),
          },
        });
      },
      'GET /portal/v1/buildings': () => json(200, page([])),
      'GET /portal/v1/documents': () => json(200, page([makeDocument()])),
      'GET /portal/v1/tasks': () => json(200, page([])),
    });
    startSession(makeSession(makeMe()));
    const { router } = renderApp('/');
    const thisYear = new Date().getFullYear();
    await user.click(await screen.findByRole('button', { name: `Show ${thisYear - 1}` }));
    await waitFor(() => expect(years.at(-1)).toBe(String(thisYear - 1)));
    const routine = screen.getByRole('region', { name: 'Routine activities' });
    await within(routine).findByRole('button', { name: `Show ${thisYear - 2}` });

    await user.click(within(routine).getByText('Show the numbers'));
    await user.click(within(routine).getByRole('button', { name: /^1: Mar \d\d, On time$/ }));
    expect(
      await screen.findByRole('dialog', { name: `Routine activities on time, March ${thisYear - 1}` }),
    ).toBeInTheDocument();
    expect(decodeURIComponent(router.state.location.search)).toContain(
      `/tasks?kind=routine&month=${thisYear - 1}-03&tolerance=on_time`,
    );
  });
});
