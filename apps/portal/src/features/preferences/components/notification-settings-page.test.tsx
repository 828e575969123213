import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, problem, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { NotificationPreferences } from '../api/preferences';
import { NotificationSettingsPage } from './notification-settings-page';

const path = '/portal/v1/me/notification-preferences';
const preferences = (
  invoices: 'immediately' | 'daily' | 'off' = 'immediately',
  by: 'contact' | 'unsubscribe_link' | null = null,
): NotificationPreferences => ({
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
      choice: invoices,
      updatedAt: by ? '2026-11-01T10:00:00.000Z' : null,
      updatedBy: by,
      choices: ['immediately', 'daily', 'off'],
    },
    {
      category: 'proposals',
      choice: 'immediately',
      updatedAt: null,
      updatedBy: null,
      choices: ['immediately', 'daily', 'off'],
    },
    {
      category: 'messages',
      choice: 'immediately',
      updatedAt: null,
      updatedBy: null,
      choices: ['immediately', 'off'],
    },
  ],
});

const renderPage = () =>
  renderRoute(<NotificationSettingsPage />, {
    path: '/settings/notifications',
    url: '/settings/notifications',
  });

describe('NotificationSettingsPage', () => {
  it('shows a radio group per category, saves the choices by keyboard, and confirms', async () => {
    const user = userEvent.setup();
    const calls = serve({
      [`GET ${path}`]: () => json(200, preferences('off', 'unsubscribe_link')),
      [`PUT ${path}`]: () => json(200, preferences('daily', 'contact')),
    });
    renderPage();

    const invoices = await screen.findByRole('group', { name: 'Invoices due' });
    expect(within(invoices).getByRole('radio', { name: 'Off' })).toBeChecked();
    expect(invoices).toHaveAccessibleDescription(/Turned off from an unsubscribe link/);
    expect(screen.getAllByRole('group')).toHaveLength(4);
    // Message replies come at once or not at all: no digest is offered.
    const messages = screen.getByRole('group', { name: 'Messages' });
    expect(
      within(messages)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['immediately', 'off']);
    expect(
      within(screen.getByRole('group', { name: 'New documents' })).getByRole('radio', {
        name: 'Immediately',
      }),
    ).toBeChecked();

    // Keyboard only: into the group, arrow to another option, then to the button.
    within(invoices).getByRole('radio', { name: 'Off' }).focus();
    await user.keyboard('{ArrowUp}');
    expect(within(invoices).getByRole('radio', { name: 'Daily digest' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Your notification settings are saved.')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.body).toEqual({
      preferences: [
        { category: 'new_documents', choice: 'immediately' },
        { category: 'invoices_due', choice: 'daily' },
        { category: 'proposals', choice: 'immediately' },
        { category: 'messages', choice: 'immediately' },
      ],
    });
  });

  it('says when saving failed, and keeps the choice', async () => {
    const user = userEvent.setup();
    serve({
      [`GET ${path}`]: () => json(200, preferences()),
      [`PUT ${path}`]: () => problem(503, 'The service is busy.'),
    });
    renderPage();
    const proposals = await screen.findByRole('group', { name: 'Proposals awaiting your decision' });
    await user.click(within(proposals).getByRole('radio', { name: 'Off' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your settings were not saved.');
    expect(within(proposals).getByRole('radio', { name: 'Off' })).toBeChecked();
  });

  it('offers a retry when the settings cannot be loaded', async () => {
    const user = userEvent.setup();
    let fail = true;
    serve({ [`GET ${path}`]: () => (fail ? problem(500, 'Down.') : json(200, preferences())) });
    renderPage();
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load your notification settings.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('group', { name: 'Invoices due' })).toBeInTheDocument();
  });
});
