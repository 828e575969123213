import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeSession } from '../../../test/factories';
import { json, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import { MagicLinkPage } from './magic-link-page';

const token = 'danaMagicValidToken_0001';
const link = (state: 'valid' | 'expired' | 'used') =>
  json(200, { purpose: 'magic_link', state, expiresAt: '2026-03-01T10:10:00.000Z' });

const renderPage = () =>
  renderRoute(<MagicLinkPage />, { path: '/sign-in/link', url: `/sign-in/link?token=${token}` });

describe('MagicLinkPage', () => {
  it('only looks the link up on opening; the button uses it', async () => {
    const user = userEvent.setup();
    const calls = serve({
      [`GET /portal/v1/auth/links/${token}`]: () => link('valid'),
      'POST /portal/v1/auth/magic-link/sign-in': () => json(200, makeSession()),
    });
    renderPage();
    const button = await screen.findByRole('button', { name: 'Sign in' });
    // A mail scanner that opens the page gets this far, and no further.
    expect(calls.map((c) => c.method)).toEqual(['GET']);

    await user.click(button);
    expect(await screen.findByRole('status', { name: 'Current location' })).toHaveTextContent(/^\/$/);
    expect(calls.at(-1)).toMatchObject({
      method: 'POST',
      path: '/portal/v1/auth/magic-link/sign-in',
      body: { token, staySignedIn: false },
    });
  });

  it.each([
    ['used', 'This sign-in link has already been used'],
    ['expired', 'This sign-in link has expired'],
  ] as const)('sends a %s link back to ask for a new one', async (state, title) => {
    serve({ [`GET /portal/v1/auth/links/${token}`]: () => link(state) });
    renderPage();
    expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/sign-in');
  });
});
