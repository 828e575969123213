import { describe, expect, it } from '@jest/globals';
import type { Permission } from '@portico/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allPermissions, makeContact, makeMe } from '../../../test/factories';
import { json, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import { ContactsPage } from './contacts-page';

const contacts = [
  makeContact({ firstName: 'Ada', lastName: 'Lovelace' }),
  makeContact({ firstName: 'Grace', lastName: 'Hopper', portalStatus: 'enrolled' }),
];

function setUp(permissions: Permission[] = allPermissions) {
  return serve({
    'GET /api/v1/me': () => json(200, makeMe(permissions)),
    // Two rows loaded of five matching: "select all matching" reaches beyond the page.
    'GET /api/v1/contacts': () => json(200, { items: contacts, nextCursor: 'next', total: 5 }),
    'POST /api/v1/invitations/bulk': () =>
      json(201, {
        batchId: 'b1',
        invited: 3,
        skipped: { enrolled: 1, noEmail: 1, suspended: 0 },
        replayed: false,
      }),
  });
}

const renderPage = (url = '/contacts?status=not_invited&status=enrolled') =>
  renderRoute(<ContactsPage />, { path: '/contacts', url });

describe('ContactsPage selection and invite', () => {
  it('selects all matching and invites them by the list filter, with one idempotency key', async () => {
    const user = userEvent.setup();
    const calls = setUp();
    renderPage();

    await user.click(await screen.findByRole('checkbox', { name: 'Select all loaded contacts' }));
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Select all 5 matching' }));
    expect(screen.getByText('All 5 matching contacts selected')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    const dialog = screen.getByRole('dialog', { name: 'Invite to the customer portal' });
    expect(dialog).toHaveTextContent('5 contacts');
    await user.click(within(dialog).getByRole('button', { name: 'Send invites' }));

    expect(await within(dialog).findByText('3 invitations are on the way.')).toBeInTheDocument();
    const bulk = calls.filter((c) => c.path === '/api/v1/invitations/bulk');
    expect(bulk).toHaveLength(1);
    expect(bulk[0]?.body).toEqual({ filter: { portalStatus: ['not_invited', 'enrolled'] } });
    expect(bulk[0]?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.getByText('Select contacts to invite them to the portal.')).toBeInTheDocument();
  });

  it('sends the chosen ids when rows are picked one by one', async () => {
    const user = userEvent.setup();
    const calls = setUp();
    renderPage('/contacts');

    await user.click(await screen.findByRole('checkbox', { name: 'Select Grace Hopper' }));
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    await user.click(screen.getByRole('button', { name: 'Send invites' }));

    await screen.findByText('3 invitations are on the way.');
    expect(calls.find((c) => c.path === '/api/v1/invitations/bulk')?.body).toEqual({
      contactIds: [contacts[1]?.id],
    });
  });

  it('clears the selection when a filter changes', async () => {
    const user = userEvent.setup();
    setUp();
    renderPage('/contacts');

    await user.click(await screen.findByRole('checkbox', { name: 'Select Ada Lovelace' }));
    expect(screen.getByText('1 selected')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Invited' }));

    expect(await screen.findByText('Select contacts to invite them to the portal.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select Ada Lovelace' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Send invite' })).toBeDisabled();
  });

  it('explains instead of offering invites without invitations.send', async () => {
    setUp(['contacts.write']);
    renderPage('/contacts');

    expect(await screen.findByText('Ada Lovelace')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText(/needs the invitations.send permission/)).toBeInTheDocument(),
    );
    expect(screen.queryByRole('button', { name: 'Send invite' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Select Ada Lovelace' })).not.toBeInTheDocument();
  });
});
