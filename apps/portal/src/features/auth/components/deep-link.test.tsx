import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeDocument } from '../../../test/content-factories';
import { makeMe, makeSession } from '../../../test/factories';
import { json, problem, serve } from '../../../test/fake-server';
import { renderApp } from '../../../test/render';

describe('a link from an email', () => {
  it('goes through sign-in and lands on the document it names', async () => {
    const user = userEvent.setup();
    const invoice = makeDocument({ title: 'March service invoice' });
    serve({
      'POST /portal/v1/auth/refresh': () => problem(401, 'There is no session to refresh. Sign in.'),
      'POST /portal/v1/auth/sign-in': () => json(200, makeSession(makeMe())),
      [`GET /portal/v1/documents/${invoice.id}`]: () => json(200, invoice),
    });
    const { router } = renderApp(`/invoices/${invoice.id}`);

    await user.type(await screen.findByRole('textbox', { name: 'Email' }), 'dana.lee@harborpg.example');
    expect(router.state.location.pathname).toBe('/sign-in');
    // Kept on the device too, for a sign-in link opened from the mailbox in another tab.
    expect(localStorage.getItem('portico.portal.returnTo')).toContain(`/invoices/${invoice.id}`);
    await user.type(screen.getByLabelText('Password'), 'correct-horse-battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'March service invoice' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/documents/${invoice.id}`);
    expect(localStorage.getItem('portico.portal.returnTo')).toBeNull();
  });
});
