import { describe, expect, it } from '@jest/globals';
import type { Permission } from '@portico/api-client';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allPermissions, makeContact, makeMe } from '../../../test/factories';
import { json, problem, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import { ContactPage } from './contact-page';

const enrolled = makeContact({
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@harbor.example',
  portalStatus: 'enrolled',
});

function setUp({
  contact = enrolled,
  permissions = allPermissions,
  reset = () => new Response(null, { status: 202 }),
}: {
  contact?: typeof enrolled;
  permissions?: Permission[];
  reset?: () => Response;
} = {}) {
  return serve({
    'GET /api/v1/me': () => json(200, makeMe(permissions)),
    [`GET /api/v1/contacts/${contact.id}`]: () => json(200, contact),
    [`GET /api/v1/contacts/${contact.id}/portal-history`]: () => json(200, []),
    [`POST /api/v1/contacts/${contact.id}/password-reset`]: reset,
  });
}

const renderPage = (id: string) =>
  renderRoute(<ContactPage />, { path: '/contacts/:contactId', url: `/contacts/${id}` });

const portalSection = async () => within(await screen.findByRole('region', { name: 'Customer portal' }));

describe('ContactPage: password reset', () => {
  it('sends an enrolled contact a reset link and says so', async () => {
    const user = userEvent.setup();
    const calls = setUp();
    renderPage(enrolled.id);

    const portal = await portalSection();
    await user.click(await portal.findByRole('button', { name: 'Send password reset link' }));

    expect(
      await portal.findByText('A password reset link is on its way to ada@harbor.example.'),
    ).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([
      `/api/v1/contacts/${enrolled.id}/password-reset`,
    ]);
  });

  it('shows the API’s refusal (422) in words next to the button', async () => {
    const user = userEvent.setup();
    setUp({
      reset: () =>
        problem(422, 'Only an enrolled contact with an email address can be sent a password reset link.'),
    });
    renderPage(enrolled.id);

    const portal = await portalSection();
    await user.click(await portal.findByRole('button', { name: 'Send password reset link' }));

    expect(await portal.findByRole('alert')).toHaveTextContent(
      'Only an enrolled contact with an email address can be sent a password reset link.',
    );
  });

  it('is not offered before the contact has enrolled', async () => {
    const invited = makeContact({ portalStatus: 'invited' });
    setUp({ contact: invited });
    renderPage(invited.id);

    expect(await (await portalSection()).findByRole('button', { name: 'Resend invite' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send password reset link' })).not.toBeInTheDocument();
  });

  it('is not offered without contacts.write', async () => {
    setUp({ permissions: ['invitations.send'] });
    renderPage(enrolled.id);

    expect(await (await portalSection()).findByText('Enrolled')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send password reset link' })).not.toBeInTheDocument();
  });
});
