import { describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, problem, serve } from '../../../test/fake-server';
import { renderApp, renderRoute } from '../../../test/render';
import { SignInPage } from '../../auth/components/sign-in-page';
import { EnterCodePage } from './enter-code-page';

const token = 'noorInviteToken_fromLetter_0001';
const invalid =
  'This code is not valid. Check it and try again; if it still does not work, it may have been used or expired.';

const renderPage = (url = '/code') => renderRoute(<EnterCodePage />, { path: '/code', url });

describe('EnterCodePage', () => {
  it('takes the code from the QR link, drops it from the address, and continues at the accept page', async () => {
    const user = userEvent.setup();
    const calls = serve({
      'POST /portal/v1/invitation-codes/redeem': () =>
        json(200, { token, expiresAt: '2026-03-04T10:00:00.000Z' }),
      [`GET /portal/v1/invitations/${token}`]: () =>
        json(200, {
          state: 'valid',
          expiresAt: '2026-03-04T10:00:00.000Z',
          contact: { firstName: 'Noor', email: null },
          organization: { name: 'Northwind Fire & Safety', logoUrl: null, brandColor: '#1d4ed8' },
        }),
    });
    const { router } = renderApp('/code?c=AB1C-D0EF-7XYZ');

    const field = await screen.findByRole('textbox', { name: 'Code' });
    expect(field).toHaveValue('AB1C-D0EF-7XYZ');
    await waitFor(() => expect(router.state.location.search).toBe(''));
    // Opening the page redeems nothing: that takes the button.
    expect(calls).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'Welcome, Noor' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/accept');
    expect(calls[0]?.body).toEqual({ code: 'AB1C-D0EF-7XYZ' });
  });

  it('shows a refused code as the API words it, and keeps the entry for correcting', async () => {
    const user = userEvent.setup();
    serve({ 'POST /portal/v1/invitation-codes/redeem': () => problem(404, invalid) });
    renderPage();

    const field = await screen.findByRole('textbox', { name: 'Code' });
    await user.type(field, 'ab1c d0ef 7xyq{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(invalid);
    expect(field).toHaveValue('ab1c d0ef 7xyq');
    await waitFor(() => expect(field).toHaveFocus());
  });

  it('says how long to wait after too many tries', async () => {
    const user = userEvent.setup();
    serve({
      'POST /portal/v1/invitation-codes/redeem': () => {
        const answer = problem(429, 'Too many sign-in attempts.');
        answer.headers.set('retry-after', '600');
        return answer;
      },
    });
    renderPage();
    await user.type(await screen.findByRole('textbox', { name: 'Code' }), 'AB1C-D0EF-7XYZ');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 10 minutes.');
  });

  it('checks the length before asking, with the hint by the field', async () => {
    const user = userEvent.setup();
    const calls = serve({});
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    const field = screen.getByRole('textbox', { name: 'Code' });
    expect(field).toHaveAccessibleDescription(/Enter the code from your letter\./);
    expect(field).toHaveFocus();
    await user.type(field, 'AB1C-D0EF');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(field).toHaveAccessibleDescription(/The code has 12 letters and numbers/);
    expect(calls).toEqual([]);
  });

  it('is linked from the sign-in page', async () => {
    serve({ 'POST /portal/v1/auth/refresh': () => problem(401, 'There is no session to refresh. Sign in.') });
    renderRoute(<SignInPage />, { path: '/sign-in', url: '/sign-in' });
    expect(await screen.findByRole('link', { name: 'Enter your code' })).toHaveAttribute('href', '/code');
  });
});
