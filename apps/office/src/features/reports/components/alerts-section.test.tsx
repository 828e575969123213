import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeMe } from '../../../test/factories';
import { json, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { AlertRule } from '../api/alerts';
import { ReportsPage } from './reports-page';

const rule: AlertRule = {
  id: '00000000-0000-4000-8000-00000000a1e1',
  name: 'Activation slipping',
  metric: 'activation_rate',
  comparator: 'lt',
  threshold: 40,
  period: 'weekly',
  report: 'usage',
  table: 'summary',
  format: 'pdf',
  filters: {},
  recipients: ['lead@northwind.example'],
  paused: false,
  lastFiredAt: '2026-11-23T09:00:00.000Z',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
};

describe('alerts', () => {
  it('lists rules with their firings, pauses one and creates another', async () => {
    const user = userEvent.setup();
    const calls = serve({
      'GET /api/v1/me': () => json(200, makeMe()),
      'GET /api/v1/alert-rules': () => json(200, { items: [rule], nextCursor: null, total: 1 }),
      [`GET /api/v1/alert-rules/${rule.id}/firings`]: () =>
        json(200, [
          { id: 'f1', periodKey: '2026-W48', value: 35.5, runId: null, firedAt: '2026-11-23T09:00:00.000Z' },
        ]),
      [`PUT /api/v1/alert-rules/${rule.id}`]: () => json(200, { ...rule, paused: true }),
      'POST /api/v1/alert-rules': async (request) =>
        json(201, { ...rule, ...((await request.json()) as object), id: 'new' }),
    });
    renderRoute(<ReportsPage />, { path: '/reports', url: '/reports?view=alerts' });

    const row = within(
      (await screen.findByRole('rowheader', { name: /Activation slipping/ })).closest('tr') as HTMLElement,
    );
    expect(row.getByText('Activation rate below 40%')).toBeInTheDocument();
    await user.click(row.getByRole('button', { name: 'Firings of Activation slipping' }));
    expect(await row.findByText(/35.5%/)).toBeInTheDocument();

    await user.click(row.getByRole('button', { name: 'Pause Activation slipping' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.body).toMatchObject({
      paused: true,
      threshold: 40,
      metric: 'activation_rate',
    });

    await user.click(screen.getByRole('button', { name: 'New alert' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'New alert' }));
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Metric' }), 'pending_invites');
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Is' }), 'gt');
    const threshold = dialog.getByRole('textbox', { name: 'Threshold' });
    await user.clear(threshold);
    await user.type(threshold, 'fifty');
    await user.click(dialog.getByRole('button', { name: 'Create alert' }));
    expect(threshold).toHaveAccessibleDescription('Enter a number.');
    expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
      expect.stringContaining('Name the alert'),
    );

    await user.clear(threshold);
    await user.type(threshold, '50');
    await user.type(dialog.getByRole('textbox', { name: 'Name' }), 'Too many pending');
    await user.type(dialog.getByRole('textbox', { name: 'Recipients' }), 'ops@northwind.example');
    await user.click(dialog.getByRole('radio', { name: 'Once a day' }));
    await user.click(dialog.getByRole('button', { name: 'Create alert' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'Too many pending',
      metric: 'pending_invites',
      comparator: 'gt',
      threshold: 50,
      period: 'daily',
      report: 'adoption',
      table: 'summary',
      format: 'pdf',
      filters: {},
      recipients: ['ops@northwind.example'],
      paused: false,
    });
    expect(await screen.findByText('Created “Too many pending”.')).toBeInTheDocument();
  });
});
