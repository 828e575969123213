import { describe, expect, it } from '@jest/globals';
import type { Permission } from '@portico/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allPermissions, makeContact, makeMe } from '../../../test/factories';
import { json, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { AccessPreview } from '../api/access-preview';
import { ContactPage } from './contact-page';

const ACCOUNT = '00000000-0000-4000-8000-00000000c001';
const TOWER = '00000000-0000-4000-8000-00000000b001';

const contact = makeContact({
  firstName: 'Ada',
  lastName: 'Lovelace',
  portalStatus: 'enrolled',
  access: { inspectionReports: true, serviceReports: true, proposals: false, invoices: false },
  accounts: [{ accountId: ACCOUNT, accountName: 'Harbor Holdings', isBillingContact: false }],
  buildings: [{ buildingId: TOWER, buildingName: 'Harbor Tower', accountId: ACCOUNT }],
});

const none = { inspectionReport: 0, serviceReport: 0, proposal: 0, invoice: 0 };
const emptyPreview: AccessPreview = {
  accounts: { gained: [], lost: [] },
  buildings: { gained: [], lost: [] },
  documents: { gained: none, lost: none },
};

function setUp({
  preview = emptyPreview,
  permissions = allPermissions as Permission[],
}: {
  preview?: AccessPreview;
  permissions?: Permission[];
} = {}) {
  const calls = serve({
    'GET /api/v1/me': () => json(200, makeMe(permissions)),
    [`GET /api/v1/contacts/${contact.id}`]: () => json(200, contact),
    [`GET /api/v1/contacts/${contact.id}/portal-history`]: () => json(200, []),
    [`POST /api/v1/contacts/${contact.id}/access/preview`]: () => json(200, preview),
    [`PATCH /api/v1/contacts/${contact.id}`]: async (request) => {
      const body = (await request.json()) as { access: typeof contact.access };
      return json(200, { ...contact, access: body.access });
    },
    [`DELETE /api/v1/contacts/${contact.id}/buildings/${TOWER}`]: () => new Response(null, { status: 204 }),
    [`PUT /api/v1/contacts/${contact.id}/accounts/${ACCOUNT}`]: () => json(200, contact),
  });
  renderRoute(<ContactPage />, { path: '/contacts/:contactId', url: `/contacts/${contact.id}` });
  const writes = () => calls.filter((c) => c.method !== 'GET' && !c.path.endsWith('/access/preview'));
  const previews = () => calls.filter((c) => c.path.endsWith('/access/preview'));
  return { writes, previews };
}

const accessCard = async () => within(await screen.findByRole('region', { name: 'What they may see' }));

describe('Access change preview', () => {
  it('shows what the contact would gain and lose; Cancel saves nothing and puts the boxes back', async () => {
    const user = userEvent.setup();
    const { writes, previews } = setUp({
      preview: {
        ...emptyPreview,
        documents: {
          gained: { ...none, invoice: 12, proposal: 1 },
          lost: { ...none, serviceReport: 3 },
        },
      },
    });
    const card = await accessCard();
    expect(card.getByRole('button', { name: 'Save access' })).toBeDisabled();

    await user.click(card.getByRole('checkbox', { name: /^Invoices/ }));
    await user.click(card.getByRole('checkbox', { name: /^Proposals/ }));
    await user.click(card.getByRole('checkbox', { name: /^Service reports/ }));
    await user.click(card.getByRole('button', { name: 'Save access' }));

    const dialog = within(await screen.findByRole('dialog', { name: 'What this changes for Ada Lovelace' }));
    expect(previews()[0]?.body).toEqual({
      access: { inspectionReports: true, serviceReports: false, proposals: true, invoices: true },
    });
    expect(dialog.getByText('Add proposals, invoices; remove service reports.')).toBeInTheDocument();
    const gains = within(dialog.getByRole('region', { name: 'They would gain' }));
    expect(gains.getByText('1 proposal')).toBeInTheDocument();
    expect(gains.getByText('12 invoices')).toBeInTheDocument();
    const losses = within(dialog.getByRole('region', { name: 'They would lose' }));
    expect(losses.getByText('3 service reports')).toBeInTheDocument();

    await user.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(writes()).toHaveLength(0);
    expect(card.getByRole('checkbox', { name: /^Invoices/ })).not.toBeChecked();
    expect(card.getByRole('button', { name: 'Save access' })).toBeDisabled();
  });

  it('saves the change with Save', async () => {
    const user = userEvent.setup();
    const { writes } = setUp({
      preview: { ...emptyPreview, documents: { gained: { ...none, invoice: 2 }, lost: none } },
    });
    const card = await accessCard();
    await user.click(card.getByRole('checkbox', { name: /^Invoices/ }));
    await user.click(card.getByRole('button', { name: 'Save access' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'What this changes for Ada Lovelace' })).getByRole(
        'button',
        {
          name: 'Save',
        },
      ),
    );

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(writes().map((c) => [c.method, c.body])).toEqual([
      [
        'PATCH',
        { access: { inspectionReports: true, serviceReports: true, proposals: false, invoices: true } },
      ],
    ]);
    expect(await card.findByText('Saved. It applies at once.')).toBeInTheDocument();
  });

  it('names the buildings and accounts a link removal would hide, and removes it only on Save', async () => {
    const user = userEvent.setup();
    const { writes, previews } = setUp({
      preview: {
        ...emptyPreview,
        buildings: {
          gained: [],
          lost: [{ id: TOWER, name: 'Harbor Tower', accountName: 'Harbor Holdings' }],
        },
        documents: { gained: none, lost: { ...none, inspectionReport: 4 } },
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Remove Harbor Tower' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'What this changes for Ada Lovelace' }));
    expect(previews()[0]?.body).toEqual({ buildingIds: [] });
    expect(dialog.getByText('Remove the link to the building Harbor Tower.')).toBeInTheDocument();
    const losses = within(dialog.getByRole('region', { name: 'They would lose' }));
    expect(losses.getByText('Harbor Tower (Harbor Holdings)')).toBeInTheDocument();
    expect(losses.getByText('4 inspection reports')).toBeInTheDocument();
    expect(
      within(dialog.getByRole('region', { name: 'They would gain' })).getByText('Nothing'),
    ).toBeInTheDocument();
    expect(writes()).toHaveLength(0);

    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(writes().map((c) => `${c.method} ${c.path}`)).toEqual([
        `DELETE /api/v1/contacts/${contact.id}/buildings/${TOWER}`,
      ]),
    );
  });

  it('saves at once, without a confirmation, when the change shows and hides nothing', async () => {
    const user = userEvent.setup();
    const { writes, previews } = setUp();
    await user.click(await screen.findByRole('button', { name: 'Remove Harbor Tower' }));

    await waitFor(() => expect(writes()).toHaveLength(1));
    expect(previews()).toHaveLength(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('runs no preview for a change that cannot alter what they see (the billing flag)', async () => {
    const user = userEvent.setup();
    const { writes, previews } = setUp();
    await user.click(await screen.findByRole('checkbox', { name: 'Billing contact for Harbor Holdings' }));

    await waitFor(() => expect(writes()).toHaveLength(1));
    expect(previews()).toHaveLength(0);
  });
});
