import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeMe } from '../../../test/factories';
import { json, problem, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { ChannelShift } from '../api/channel-shift';
import { ChannelShiftSection } from './channel-shift-section';

const zero = { portalMessages: 0, serviceRequests: 0, emails: 0, calls: 0, portalShare: null };

const report: ChannelShift = {
  period: { from: '2026-09', to: '2026-11', timeZone: 'UTC' },
  months: [
    { month: '2026-09', portalMessages: 2, serviceRequests: 0, emails: 10, calls: 8, portalShare: 0.1 },
    { month: '2026-10', ...zero },
    { month: '2026-11', portalMessages: 9, serviceRequests: 3, emails: 2, calls: 2, portalShare: 0.75 },
  ],
  totals: { portalMessages: 11, serviceRequests: 3, emails: 12, calls: 10, portalShare: 14 / 36 },
};

const render = () => renderRoute(<ChannelShiftSection />, { path: '/reports', url: '/reports?view=usage' });

describe('ChannelShiftSection', () => {
  it('shows the portal share and every month’s numbers in a table, quiet months as zeros', async () => {
    serve({
      'GET /api/v1/me': () => json(200, makeMe()),
      'GET /api/v1/reports/channel-shift': () => json(200, report),
    });
    render();

    const overall = (await screen.findByText('Portal share', { selector: 'dt' })).closest(
      'div',
    ) as HTMLElement;
    expect(within(overall).getByText('38.9%')).toBeInTheDocument();
    const latest = (screen.getByText(/^Portal share in/).closest('div') as HTMLElement).textContent;
    expect(latest).toContain('75%');
    expect(latest).toContain('10%');

    const chart = within(screen.getByRole('region', { name: 'Portal and other channels by month' }));
    const table = within(chart.getByRole('table'));
    expect(table.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Month',
      'Portal messages',
      'Service requests',
      'Emails',
      'Calls',
      'Portal share',
    ]);
    expect(table.getAllByRole('rowheader')).toHaveLength(3);
    const quiet = table.getAllByRole('row')[2] as HTMLElement;
    expect(
      within(quiet)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['0', '0', '0', '0', '—']);
    const november = table.getAllByRole('row')[3] as HTMLElement;
    expect(
      within(november)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['9', '3', '2', '2', '75%']);
    expect(screen.getByRole('link', { name: 'Log emails and calls' })).toHaveAttribute(
      'href',
      '/inbound-contacts',
    );
  });

  it('asks for a longer period when the span changes', async () => {
    const user = userEvent.setup();
    const calls = serve({
      'GET /api/v1/me': () => json(200, makeMe()),
      'GET /api/v1/reports/channel-shift': () => json(200, report),
    });
    render();
    await screen.findByText('Portal share', { selector: 'dt' });
    const fromOf = () =>
      calls
        .filter((c) => c.path === '/api/v1/reports/channel-shift')
        .at(-1)
        ?.url.searchParams.get('from');
    const first = fromOf();
    expect(first).toMatch(/^\d{4}-\d{2}$/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Months' }), '24');
    await waitFor(() => expect(fromOf()).not.toBe(first));
    expect(String(fromOf()) < String(first)).toBe(true);
  });

  it('explains an empty report and offers to log emails and calls', async () => {
    serve({
      'GET /api/v1/me': () => json(200, makeMe()),
      'GET /api/v1/reports/channel-shift': () =>
        json(200, {
          ...report,
          months: report.months.map((m) => ({ ...m, ...zero })),
          totals: zero,
        }),
    });
    render();
    expect(await screen.findByRole('heading', { name: 'Nothing to compare yet' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an error with a retry', async () => {
    const user = userEvent.setup();
    let fail = true;
    serve({
      'GET /api/v1/me': () => json(200, makeMe()),
      'GET /api/v1/reports/channel-shift': () => (fail ? problem(503, 'Try again soon.') : json(200, report)),
    });
    render();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the channel shift');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Portal share', { selector: 'dt' })).toBeInTheDocument();
  });
});
