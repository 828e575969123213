import { describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { authStore } from '../../../test/api';
import { makeSession } from '../../../test/factories';
import { json, problem, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { InvitationLink } from '../api/invitation';
import { AcceptInvitationPage } from './accept-invitation-page';

const token = 'owenInviteToken_valid_0001';
const invitation = (state: InvitationLink['state']): InvitationLink => ({
  state,
  expiresAt: '2026-03-04T10:00:00.000Z',
  contact: { firstName: 'Owen', email: 'owen.fischer@harborpg.example' },
  needsEmail: false,
  organization: { name: 'Northwind Fire & Safety', logoUrl: null, brandColor: '#1d4ed8' },
});

const renderPage = () =>
  renderRoute(<AcceptInvitationPage />, { path: '/accept', url: `/accept?token=${token}` });

describe('AcceptInvitationPage', () => {
  it('welcomes by name, shows the API’s password refusal by the field, then signs in', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const calls = serve({
      [`GET /portal/v1/invitations/${token}`]: () => json(200, invitation('valid')),
      [`POST /portal/v1/invitations/${token}/accept`]: () => {
        attempts += 1;
        return attempts === 1
          ? problem(400, 'Choose a password of at least 10 characters.', {
              errors: [{ field: 'password', message: 'must be at least 10 characters' }],
            })
          : json(200, makeSession());
      },
    });
    renderPage();

    expect(await screen.findByRole('heading', { name: 'Welcome, Owen' })).toBeInTheDocument();
    const password = screen.getByLabelText('Choose a password');
    expect(password).toHaveAccessibleDescription('At least 10 characters, not a common password.');
    // Opening the page only looks the invitation up.
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([`GET /portal/v1/invitations/${token}`]);

    await user.type(password, 'short');
    await user.click(screen.getByRole('button', { name: 'Set password and open my portal' }));
    await waitFor(() =>
      expect(password).toHaveAccessibleDescription(
        'At least 10 characters, not a common password. Must be at least 10 characters.',
      ),
    );

    await user.clear(password);
    await user.type(password, 'harbour lights 2026');
    await user.click(screen.getByRole('checkbox', { name: /Stay signed in/ }));
    await user.click(screen.getByRole('button', { name: 'Set password and open my portal' }));
    expect(await screen.findByRole('status', { name: 'Current location' })).toHaveTextContent(/^\/$/);
    expect(calls.at(-1)?.body).toEqual({ password: 'harbour lights 2026', staySignedIn: true });
    expect(authStore.getToken()).toBe('token-1');
  });

  it('asks a contact invited by letter for the email to sign in with, showing the API’s refusal by it', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const calls = serve({
      [`GET /portal/v1/invitations/${token}`]: () =>
        json(200, { ...invitation('valid'), contact: { firstName: 'Owen', email: null }, needsEmail: true }),
      [`POST /portal/v1/invitations/${token}/accept`]: () => {
        attempts += 1;
        return attempts === 1
          ? problem(409, 'This email address is already used by someone else.', {
              code: 'email_taken',
              errors: [{ field: 'email', message: 'is already used by another person' }],
            })
          : json(200, makeSession());
      },
    });
    renderPage();

    const email = await screen.findByLabelText('Your email address');
    expect(screen.queryByText(/You will sign in as/)).not.toBeInTheDocument();
    const submit = screen.getByRole('button', { name: 'Set password and open my portal' });
    // Left empty, it is asked for before anything is sent.
    await user.type(screen.getByLabelText('Choose a password'), 'harbour lights 2026');
    await user.click(submit);
    expect(email).toHaveAccessibleDescription(
      'You will sign in with it. We do not send anything to it now. Enter your email address.',
    );
    expect(email).toHaveFocus();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await user.type(email, ' front.desk@harborpg.example ');
    await user.click(submit);
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription(
        'You will sign in with it. We do not send anything to it now. Is already used by another person.',
      ),
    );
    expect(email).toHaveFocus();
    expect(calls.at(-1)?.body).toEqual({
      password: 'harbour lights 2026',
      staySignedIn: false,
      email: 'front.desk@harborpg.example',
    });

    await user.clear(email);
    await user.type(email, 'owen@harborpg.example');
    await user.click(submit);
    expect(await screen.findByRole('status', { name: 'Current location' })).toHaveTextContent(/^\/$/);
    expect(calls.at(-1)?.body).toMatchObject({ email: 'owen@harborpg.example' });
  });

  it('does not ask for an email when the invitation has one', async () => {
    serve({ [`GET /portal/v1/invitations/${token}`]: () => json(200, invitation('valid')) });
    renderPage();
    expect(await screen.findByText('owen.fischer@harborpg.example')).toBeInTheDocument();
    expect(screen.queryByLabelText('Your email address')).not.toBeInTheDocument();
  });

  it('explains an expired invitation and who can send a new one', async () => {
    serve({ [`GET /portal/v1/invitations/${token}`]: () => json(200, invitation('expired')) });
    renderPage();
    expect(await screen.findByRole('heading', { name: 'This invitation has expired' })).toBeInTheDocument();
    expect(screen.getByText('Ask Northwind Fire & Safety for a new invitation.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('offers sign-in for a used invitation', async () => {
    serve({ [`GET /portal/v1/invitations/${token}`]: () => json(200, invitation('used')) });
    renderPage();
    expect(
      await screen.findByRole('heading', { name: 'This invitation has already been used' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
  });

  it('says so when the link matches no invitation', async () => {
    serve({ [`GET /portal/v1/invitations/${token}`]: () => problem(404, 'Invitation not found.') });
    renderPage();
    expect(
      await screen.findByRole('heading', { name: 'We could not find this invitation' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Ask your service provider for a new invitation.')).toBeInTheDocument();
  });

  it('turns the page when accepting finds the invitation replaced meanwhile', async () => {
    const user = userEvent.setup();
    serve({
      [`GET /portal/v1/invitations/${token}`]: () => json(200, invitation('valid')),
      [`POST /portal/v1/invitations/${token}/accept`]: () =>
        problem(410, 'This invitation link was replaced or withdrawn.', { code: 'invitation_revoked' }),
    });
    renderPage();
    await user.type(await screen.findByLabelText('Choose a password'), 'harbour lights 2026');
    await user.click(screen.getByRole('button', { name: 'Set password and open my portal' }));
    expect(
      await screen.findByRole('heading', { name: 'This invitation is no longer valid' }),
    ).toBeInTheDocument();
  });
});
