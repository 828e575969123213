import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { suspensionStore } from '../../../lib/suspension';
import { problem, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import { SignInPage } from './sign-in-page';

const noSession = () => problem(401, 'There is no session to refresh. Sign in.');

async function signIn(email = 'dana.lee@harborpg.example', password = 'not-my-password') {
  const user = userEvent.setup();
  renderRoute(<SignInPage />, { path: '/sign-in', url: '/sign-in' });
  await user.type(await screen.findByRole('textbox', { name: 'Email' }), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

describe('SignInPage', () => {
  it('shows a wrong password by the form', async () => {
    serve({
      'POST /portal/v1/auth/refresh': noSession,
      'POST /portal/v1/auth/sign-in': () => problem(401, 'The email or password is not correct.'),
    });
    await signIn();
    expect(await screen.findByRole('alert')).toHaveTextContent('The email or password is not correct.');
  });

  it('says how many minutes to wait, from Retry-After', async () => {
    serve({
      'POST /portal/v1/auth/refresh': noSession,
      // The header alone carries the wait: the body's wording is not what the page shows.
      'POST /portal/v1/auth/sign-in': () => {
        const answer = problem(429, 'Slow down.');
        answer.headers.set('retry-after', '840');
        return answer;
      },
    });
    await signIn();
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 14 minutes.');
  });

  it('shows a suspension in its own panel, with the organization’s note', async () => {
    serve({
      'POST /portal/v1/auth/refresh': noSession,
      'POST /portal/v1/auth/sign-in': () =>
        problem(403, 'Paused while the account is reviewed.', {
          code: 'suspended',
          suspendedNote: 'Paused while the account is reviewed.',
        }),
    });
    await signIn();
    expect(
      await screen.findByRole('heading', { name: 'Your portal access is suspended' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Paused while the account is reviewed.', { selector: 'blockquote' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Check the highlighted fields and try again.')).not.toBeInTheDocument();
  });

  it('shows the note of a suspension that ended a live session', async () => {
    serve({ 'POST /portal/v1/auth/refresh': noSession });
    suspensionStore.set({ message: 'Call the office.', note: 'Call the office.' });
    renderRoute(<SignInPage />, { path: '/sign-in', url: '/sign-in' });
    expect(
      await screen.findByRole('heading', { name: 'Your portal access is suspended' }),
    ).toBeInTheDocument();
  });

  it('emails a sign-in link with the email alone, and answers the same for anyone', async () => {
    const calls = serve({
      'POST /portal/v1/auth/refresh': noSession,
      'POST /portal/v1/auth/magic-link': () =>
        new Response(JSON.stringify({ message: 'If this email belongs to a portal account…' }), {
          status: 202,
          headers: { 'content-type': 'application/json' },
        }),
    });
    const user = userEvent.setup();
    renderRoute(<SignInPage />, { path: '/sign-in', url: '/sign-in' });
    await user.type(await screen.findByRole('textbox', { name: 'Email' }), 'someone@example.test');
    await user.click(screen.getByRole('button', { name: 'Email me a sign-in link instead' }));
    expect(await screen.findByRole('heading', { name: 'Check your email' })).toBeInTheDocument();
    expect(screen.getByText('The link works once, for 10 minutes.')).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/portal/v1/auth/magic-link')?.body).toEqual({
      email: 'someone@example.test',
    });
  });
});
