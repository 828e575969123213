import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeMe } from '../../../test/factories';
import { json, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { AdoptionReport } from '../api/adoption-report';
import type { ReportSchedule } from '../api/schedules';
import { ReportsPage } from './reports-page';

const emptyReport = (url: URL): AdoptionReport => ({
  headline: {
    customersWithAccess: 1,
    customersWithoutAccess: 1,
    emailsWithAccess: 1,
    emailsWithoutAccess: 1,
    invitesPending: 0,
    invitesExpired: 1,
    invitesNotSent: 0,
    contactsWithoutEmail: 0,
  },
  customers: url.searchParams.get('table') === 'customers' ? { items: [], nextCursor: null, total: 0 } : null,
  emails: url.searchParams.get('table') === 'emails' ? { items: [], nextCursor: null, total: 0 } : null,
});

function makeSchedule(overrides: Partial<ReportSchedule> = {}): ReportSchedule {
  return {
    id: '00000000-0000-4000-8000-00000000f001',
    name: 'Monday adoption',
    report: 'adoption',
    table: 'customers',
    format: 'csv',
    filters: { customers: 'active' },
    recipients: ['ops@northwind.example', 'lead@northwind.example'],
    frequency: 'weekly',
    time: '08:00',
    weekday: 1,
    monthday: null,
    timezone: 'Europe/London',
    paused: false,
    lastRunAt: null,
    nextRunAt: '2026-11-30T08:00:00.000Z',
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    ...overrides,
  };
}

function setUp(url: string, extra: Parameters<typeof serve>[0] = {}) {
  const calls = serve({
    'GET /api/v1/me': () => json(200, makeMe()),
    'GET /api/v1/reports/portal-adoption': (_request, requestUrl) => json(200, emptyReport(requestUrl)),
    ...extra,
  });
  renderRoute(<ReportsPage />, { path: '/reports', url });
  return calls;
}

describe('send and schedule', () => {
  it('says what is missing, then schedules the export with the report’s filters', async () => {
    const user = userEvent.setup();
    const calls = setUp('/reports?inviteStatus=expired', {
      'POST /api/v1/report-schedules': async (request) =>
        json(201, makeSchedule({ name: ((await request.json()) as { name: string }).name })),
    });
    await user.click(await screen.findByRole('button', { name: 'Send or schedule' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Send or schedule an export' }));
    await user.click(dialog.getByRole('radio', { name: 'On a schedule' }));
    await user.click(dialog.getByRole('button', { name: 'Create schedule' }));

    expect(dialog.getByRole('textbox', { name: 'Recipients' })).toHaveAccessibleDescription(
      expect.stringContaining('Add at least one recipient.'),
    );
    expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
      expect.stringContaining('Name the schedule'),
    );

    await user.type(dialog.getByRole('textbox', { name: 'Recipients' }), 'ops@northwind.example, nobody');
    await user.click(dialog.getByRole('button', { name: 'Create schedule' }));
    expect(dialog.getByText('Not an email address: nobody')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.clear(dialog.getByRole('textbox', { name: 'Recipients' }));
    await user.type(
      dialog.getByRole('textbox', { name: 'Recipients' }),
      'ops@northwind.example\nOPS@northwind.example',
    );
    await user.type(dialog.getByRole('textbox', { name: 'Name' }), 'Expired invites, monthly');
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Table' }), 'emails');
    await user.click(dialog.getByRole('radio', { name: 'Excel (XLSX)' }));
    await user.click(dialog.getByRole('radio', { name: 'Monthly' }));
    await user.selectOptions(dialog.getByRole('combobox', { name: /Day of the month/ }), '15');
    const time = dialog.getByLabelText('Time');
    await user.clear(time);
    await user.type(time, '07:30');
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Time zone' }), 'Europe/London');
    await user.click(dialog.getByRole('button', { name: 'Create schedule' }));

    await waitFor(() => expect(calls.some((c) => c.path === '/api/v1/report-schedules')).toBe(true));
    expect(calls.find((c) => c.path === '/api/v1/report-schedules')?.body).toEqual({
      name: 'Expired invites, monthly',
      report: 'adoption',
      table: 'emails',
      format: 'xlsx',
      filters: { customers: 'active', inviteStatus: ['expired'] },
      recipients: ['ops@northwind.example'],
      frequency: 'monthly',
      time: '07:30',
      weekday: null,
      monthday: 15,
      timezone: 'Europe/London',
    });
    expect(
      await screen.findByText(/Scheduled “Expired invites, monthly” for ops@northwind.example/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('sends an export now', async () => {
    const user = userEvent.setup();
    const calls = setUp('/reports', {
      'POST /api/v1/reports/send': () => json(202, { id: 'run' }),
    });
    await user.click(await screen.findByRole('button', { name: 'Send or schedule' }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.type(
      dialog.getByRole('textbox', { name: 'Recipients' }),
      'a@northwind.example; b@northwind.example',
    );
    await user.click(dialog.getByRole('button', { name: 'Send now' }));
    await waitFor(() => expect(calls.some((c) => c.path === '/api/v1/reports/send')).toBe(true));
    expect(calls.find((c) => c.path === '/api/v1/reports/send')?.body).toEqual({
      report: 'adoption',
      table: 'summary',
      format: 'pdf',
      filters: { customers: 'active' },
      recipients: ['a@northwind.example', 'b@northwind.example'],
    });
    expect(await screen.findByText('The export is on its way to 2 recipients.')).toBeInTheDocument();
  });

  it('hides exports and schedules from a role without reports.export', async () => {
    serve({
      'GET /api/v1/me': () => json(200, makeMe(['reports.read'])),
      'GET /api/v1/reports/portal-adoption': (_request, url) => json(200, emptyReport(url)),
    });
    renderRoute(<ReportsPage />, { path: '/reports', url: '/reports?view=schedules' });
    expect(await screen.findByRole('heading', { name: 'No customers yet' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send or schedule' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Schedules' })).not.toBeInTheDocument();
  });
});

describe('export menu', () => {
  const created: Blob[] = [];
  const clicked: string[] = [];
  let click: jest.SpiedFunction<typeof HTMLAnchorElement.prototype.click>;
  beforeEach(() => {
    // jsdom has no object URLs nor downloads: record what would be saved.
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => {};
    click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
  });
  afterEach(() => click.mockRestore());

  it('downloads a table as CSV through the signed-in client, named as the server says', async () => {
    const user = userEvent.setup();
    const calls = setUp('/reports?emailHasAccess=no', {
      'GET /api/v1/reports/portal-adoption/export': () =>
        new Response('name,email\nAda,ada@harbor.example\n', {
          status: 200,
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': 'attachment; filename="portal-adoption-emails-2026-11-29.csv"',
          },
        }),
    });
    await user.click(await screen.findByRole('button', { name: /Export the emails table/ }));
    await user.click(screen.getByRole('menuitem', { name: 'CSV' }));

    await waitFor(() => expect(clicked).toEqual(['portal-adoption-emails-2026-11-29.csv']));
    const call = calls.find((c) => c.path === '/api/v1/reports/portal-adoption/export');
    expect(call?.headers.get('authorization')).toBe('Bearer test-token');
    expect(Object.fromEntries(call?.url.searchParams ?? [])).toEqual({
      customers: 'active',
      emailHasAccess: 'no',
      table: 'emails',
      format: 'csv',
    });
    expect(created[0]?.type).toContain('text/csv');
    expect(await created[0]?.text()).toContain('ada@harbor.example');
  });
});

describe('schedules table', () => {
  it('pauses, duplicates and deletes a schedule', async () => {
    const user = userEvent.setup();
    const schedule = makeSchedule();
    const calls = setUp('/reports?view=schedules', {
      'GET /api/v1/report-schedules': () => json(200, { items: [schedule], nextCursor: null, total: 1 }),
      [`POST /api/v1/report-schedules/${schedule.id}/pause`]: () => json(200, { ...schedule, paused: true }),
      [`POST /api/v1/report-schedules/${schedule.id}/duplicate`]: () =>
        json(201, makeSchedule({ id: 'copy', name: 'Monday adoption (copy)', paused: true })),
      [`DELETE /api/v1/report-schedules/${schedule.id}`]: () => new Response(null, { status: 204 }),
    });
    const row = within(
      (await screen.findByRole('rowheader', { name: /Monday adoption/ })).closest('tr') as HTMLElement,
    );
    expect(row.getByText('Every Monday at 08:00 (Europe/London)')).toBeInTheDocument();
    expect(row.getByText('ops@northwind.example and 1 more')).toBeInTheDocument();
    expect(row.getByText('Portal adoption · By customer · CSV')).toBeInTheDocument();

    await user.click(row.getByRole('button', { name: 'Pause Monday adoption' }));
    expect(await screen.findByText('Paused “Monday adoption”.')).toBeInTheDocument();
    await user.click(row.getByRole('button', { name: 'Duplicate Monday adoption' }));
    expect(await screen.findByText('Copied as “Monday adoption (copy)” (paused).')).toBeInTheDocument();

    await user.click(row.getByRole('button', { name: 'Delete Monday adoption' }));
    const confirm = within(await screen.findByRole('dialog', { name: 'Delete “Monday adoption”?' }));
    await user.click(confirm.getByRole('button', { name: 'Delete schedule' }));
    expect(await screen.findByText('Deleted “Monday adoption”.')).toBeInTheDocument();
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(
      expect.arrayContaining([
        `POST /api/v1/report-schedules/${schedule.id}/pause`,
        `POST /api/v1/report-schedules/${schedule.id}/duplicate`,
        `DELETE /api/v1/report-schedules/${schedule.id}`,
      ]),
    );
  });
});
