import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, problem, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { UnsubscribeView } from '../api/preferences';
import { UnsubscribePage } from './unsubscribe-page';

const token = '7d1c3c6e-0000-4000-8000-000000000001.i.signature';
const view = (choice: 'immediately' | 'off'): UnsubscribeView => ({
  organizationName: 'Northwind Fire & Safety',
  categories: ['invoices_due'],
  preferences: [
    {
      category: 'new_documents',
      choice: 'immediately',
      updatedAt: null,
      updatedBy: null,
      choices: ['immediately', 'daily', 'off'],
    },
    {
      category: 'invoices_due',
      choice,
      updatedAt: null,
      updatedBy: choice === 'off' ? 'unsubscribe_link' : null,
      choices: ['immediately', 'daily', 'off'],
    },
    {
      category: 'proposals',
      choice: 'immediately',
      updatedAt: null,
      updatedBy: null,
      choices: ['immediately', 'daily', 'off'],
    },
  ],
});

const renderPage = (url = `/unsubscribe?token=${encodeURIComponent(token)}`) =>
  renderRoute(<UnsubscribePage />, { path: '/unsubscribe', url });

describe('UnsubscribePage', () => {
  it('asks first (opening changes nothing), then POSTs once and says what was turned off', async () => {
    const user = userEvent.setup();
    const calls = serve({
      'GET /portal/v1/unsubscribe': () => json(200, view('immediately')),
      'POST /portal/v1/unsubscribe': () => json(200, view('off')),
    });
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Stop these emails?' })).toBeInTheDocument();
    expect(screen.getByText(/about invoices due/)).toBeInTheDocument();
    expect(calls.map((c) => c.method)).toEqual(['GET']);

    await user.click(screen.getByRole('button', { name: 'Unsubscribe' }));
    expect(await screen.findByRole('heading', { name: 'You are unsubscribed' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Northwind Fire & Safety will no longer email you about invoices due.',
    );
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([{ token }]);
    expect(screen.getByRole('link', { name: 'Notification settings' })).toHaveAttribute(
      'href',
      '/settings/notifications',
    );
  });

  it('explains a link that is not valid, without a retry', async () => {
    serve({ 'GET /portal/v1/unsubscribe': () => problem(400, 'This unsubscribe link is not valid.') });
    renderPage();
    expect(
      await screen.findByRole('heading', { name: 'This unsubscribe link does not work' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Unsubscribe' })).not.toBeInTheDocument();
  });

  it('explains a link without a token, asking the API nothing', async () => {
    const calls = serve({});
    renderPage('/unsubscribe');
    expect(screen.getByRole('heading', { name: 'This unsubscribe link does not work' })).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });
});
