import { describe, expect, it } from '@jest/globals';
import type { Permission } from '@portico/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allPermissions, makeContact, makeMe } from '../../../test/factories';
import { json, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import { BulkInvitePage } from './bulk-invite-page';

const counts = { total: 14, accepted: 3, pending: 3, notSent: 5, cannotInvite: 2, suspended: 1 };
const ada = makeContact({ firstName: 'Ada', lastName: 'Lovelace', portalStatus: 'invited' });
const grace = makeContact({ firstName: 'Grace', lastName: 'Hopper', portalStatus: 'invited' });

function progress(done: boolean) {
  return {
    id: 'b1',
    total: 14,
    skipped: { enrolled: 3, noEmail: 2, suspended: 1 },
    queued: done ? 0 : 8,
    sent: done ? 7 : 0,
    failed: done ? 1 : 0,
    done,
    createdAt: '2026-01-05T10:00:00.000Z',
  };
}

function setUp({ permissions = allPermissions, createStatus = 201 } = {}) {
  let polls = 0;
  const calls = serve({
    'GET /api/v1/me': () => json(200, makeMe(permissions as Permission[])),
    'GET /api/v1/accounts': () =>
      json(200, {
        items: [
          { division: 'Dayton', accountClass: 'Commercial', billGroup: null, accountSource: 'Referral' },
          { division: 'Columbus', accountClass: 'Commercial', billGroup: 'Monthly', accountSource: null },
        ],
        nextCursor: null,
        total: 2,
      }),
    'GET /api/v1/buildings': () =>
      json(200, { items: [{ siteSource: 'Survey' }], nextCursor: null, total: 1 }),
    'GET /api/v1/settings': () => json(200, { defaultEmailFrom: 'portal@northwind.example' }),
    'GET /api/v1/templates': () =>
      json(200, {
        items: [
          { id: 't1', kind: 'invitation', name: 'Portal invitation', isDefault: true },
          { id: 't2', kind: 'invitation', name: 'Spring campaign', isDefault: false },
        ],
      }),
    'POST /api/v1/invitation-batches/preview': () => json(200, counts),
    'POST /api/v1/invitation-batches/preview/recipients': async (request) => {
      const { cursor } = (await request.json()) as { cursor?: string };
      return cursor
        ? json(200, { items: [grace], nextCursor: null, total: 2 })
        : json(200, { items: [ada], nextCursor: 'page-2', total: 2 });
    },
    'POST /api/v1/invitation-batches': () =>
      createStatus === 201
        ? json(201, {
            batchId: 'b1',
            invited: 8,
            skipped: { enrolled: 3, noEmail: 2, suspended: 1 },
            replayed: false,
          })
        : json(createStatus, {
            type: 'about:blank',
            title: 'Forbidden',
            status: createStatus,
            detail: 'This needs the invitations.send permission.',
          }),
    // Queued on the first poll, done on the next.
    'GET /api/v1/invitation-batches/b1': () => {
      polls += 1;
      return json(200, progress(polls > 1));
    },
  });
  return calls;
}

const renderPage = () => renderRoute(<BulkInvitePage />, { path: '/bulk-invite', url: '/bulk-invite' });

describe('BulkInvitePage', () => {
  it('loads the counts, shows the contacts behind one, sends and follows the progress', async () => {
    const user = userEvent.setup();
    const calls = setUp();
    renderPage();

    await screen.findByRole('option', { name: 'Dayton' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Division' }), 'Dayton');
    expect(screen.getByRole('button', { name: 'Send email' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Load' }));

    expect(await screen.findByRole('button', { name: /Total/ })).toHaveTextContent('14');
    expect(calls.find((c) => c.path === '/api/v1/invitation-batches/preview')?.body).toEqual({
      filter: { division: 'Dayton', activeCustomersOnly: true },
    });

    await user.click(screen.getByRole('button', { name: /Acceptance pending/ }));
    const recipients = await screen.findByRole('dialog', { name: /Acceptance pending/ });
    expect(await within(recipients).findByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute(
      'href',
      `/contacts/${ada.id}`,
    );
    await user.click(within(recipients).getByRole('button', { name: 'Load more (1 left)' }));
    expect(await within(recipients).findByRole('link', { name: 'Grace Hopper' })).toBeInTheDocument();
    expect(calls.find((c) => c.path.endsWith('/recipients'))?.body).toMatchObject({
      filter: { division: 'Dayton', activeCustomersOnly: true },
      category: 'pending',
    });
    await user.click(within(recipients).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Notification template' }), 't2');
    await user.click(screen.getByRole('button', { name: 'Send email' }));
    const confirm = screen.getByRole('dialog', { name: 'Invite 8 contacts?' });
    expect(confirm).toHaveTextContent('Spring campaign');
    await user.click(within(confirm).getByRole('button', { name: 'Send 8 invitations' }));

    const bar = await screen.findByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuemax', '8');
    await waitFor(() => expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '8'), {
      timeout: 3000,
    });
    expect(screen.getByText(/Done: 7 of 8 sent, 1 failed\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the email failures' })).toHaveAttribute(
      'href',
      '/email-failures',
    );

    const create = calls.filter((c) => c.path === '/api/v1/invitation-batches');
    expect(create).toHaveLength(1);
    expect(create[0]?.body).toEqual({
      filter: { division: 'Dayton', activeCustomersOnly: true },
      fromAddress: 'portal@northwind.example',
      templateId: 't2',
    });
    expect(create[0]?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('marks the counts stale when a filter changes, and sends only after loading again', async () => {
    const user = userEvent.setup();
    setUp();
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Load' }));
    await screen.findByRole('button', { name: /Total/ });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Send email' })).toBeEnabled());

    await user.click(screen.getByRole('checkbox', { name: 'Accounts with a balance due' }));
    expect(screen.getByText('Filters changed: load again to count and send.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Total/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Send email' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Load again' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Send email' })).toBeEnabled());
    expect(screen.queryByText('Filters changed: load again to count and send.')).not.toBeInTheDocument();
  });

  it('explains instead of offering Send without invitations.send', async () => {
    const user = userEvent.setup();
    setUp({ permissions: ['contacts.write'] });
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Load' }));
    await screen.findByRole('button', { name: /Total/ });
    expect(screen.getByText(/Sending invitations needs the invitations.send permission/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send email' })).not.toBeInTheDocument();
  });

  it('shows the API’s refusal in the confirmation', async () => {
    const user = userEvent.setup();
    setUp({ createStatus: 403 });
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Load' }));
    await screen.findByRole('button', { name: /Total/ });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Send email' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Send email' }));
    await user.click(screen.getByRole('button', { name: 'Send 8 invitations' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This needs the invitations.send permission.');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
