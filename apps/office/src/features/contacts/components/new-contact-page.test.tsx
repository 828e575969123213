import { describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeContact, makeMe } from '../../../test/factories';
import { json, problem, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import { NewContactPage } from './new-contact-page';

const renderPage = (url = '/contacts/new') => renderRoute(<NewContactPage />, { path: '/contacts/new', url });

describe('NewContactPage', () => {
  it('puts a duplicate email (409) on the email field', async () => {
    const user = userEvent.setup();
    serve({
      'GET /api/v1/me': () => json(200, makeMe()),
      'POST /api/v1/contacts': () =>
        problem(409, 'Another contact in your organization already uses this email.', [
          { field: 'email', message: 'already used by another contact' },
        ]),
    });
    renderPage();

    await user.type(await screen.findByLabelText('First name'), 'Dana');
    await user.type(screen.getByLabelText(/^Email/), 'dana@harbor.example');
    await user.click(screen.getByRole('button', { name: 'Create contact' }));

    const email = screen.getByRole('textbox', { name: /^Email/ });
    expect(await screen.findByText('Already used by another contact.')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(expect.stringContaining('Already used by another contact.'));
    expect(email).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Check the highlighted fields and try again.');
  });

  it('puts "no email" (422) on the email field when inviting, and sends the invite flag', async () => {
    const user = userEvent.setup();
    const calls = serve({
      'GET /api/v1/me': () => json(200, makeMe()),
      'POST /api/v1/contacts': () =>
        problem(422, 'This contact has no email address. Add one before inviting them to the portal.', [
          { field: 'email', message: 'an email address is needed to send an invitation' },
        ]),
    });
    renderPage();

    await user.type(await screen.findByLabelText('First name'), 'Dana');
    await user.click(screen.getByRole('checkbox', { name: /Invite to customer portal/ }));
    await user.click(screen.getByRole('button', { name: 'Create and invite' }));

    expect(await screen.findByText('An email address is needed to send an invitation.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ firstName: 'Dana', invite: true });
  });

  it('asks for a first name before calling the API', async () => {
    const user = userEvent.setup();
    const calls = serve({ 'GET /api/v1/me': () => json(200, makeMe()) });
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Create contact' }));

    expect(screen.getByText('Enter a first name.')).toBeInTheDocument();
    expect(screen.getByLabelText('First name')).toHaveFocus();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('starts linked to the account in the URL and opens the new contact when saved', async () => {
    const user = userEvent.setup();
    const account = { id: '2f1c1a9e-5b2d-4c1e-9a77-0c6f2b1d9e10', name: 'Harbor Tower' };
    const created = makeContact({ firstName: 'Dana' });
    const calls = serve({
      'GET /api/v1/me': () => json(200, makeMe(['contacts.write'])),
      [`GET /api/v1/accounts/${account.id}`]: () => json(200, account),
      'POST /api/v1/contacts': () => json(201, created),
    });
    renderPage(`/contacts/new?accountId=${account.id}`);

    expect(await screen.findByRole('button', { name: 'Remove Harbor Tower' })).toBeInTheDocument();
    // Without access.manage and invitations.send, neither is offered nor sent.
    expect(screen.getByRole('checkbox', { name: /Invoices/ })).toBeDisabled();
    expect(screen.queryByRole('checkbox', { name: /Invite to customer portal/ })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('First name'), 'Dana');
    await user.click(screen.getByRole('button', { name: 'Create contact' }));

    // The navigation follows the POST's answer: wait for it rather than read the first render.
    const location = await screen.findByRole('status', { name: 'Current location' });
    await waitFor(() => expect(location).toHaveTextContent(`/contacts/${created.id}`));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      firstName: 'Dana',
      lastName: '',
      accounts: [{ accountId: account.id, isBillingContact: false }],
    });
  });
});
