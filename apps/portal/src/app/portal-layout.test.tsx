import { describe, expect, it } from '@jest/globals';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { suspensionStore } from '../lib/suspension';
import { authStore, startSession } from '../test/api';
import { groupViews, makeMe, makeSession } from '../test/factories';
import { json, problem, serve } from '../test/fake-server';
import { renderApp } from '../test/render';

const noContent = () => new Response(null, { status: 204 });
const maple = 'account:00000000-0000-4000-8000-0000000000a2';

describe('the signed-in portal', () => {
  it('shows the organization, the sections and no view choice when there is one view', async () => {
    serve({});
    startSession(makeSession(makeMe()));
    renderApp('/');
    const header = await screen.findByRole('banner');
    expect(within(header).getByText('Northwind Fire & Safety')).toBeInTheDocument();
    const nav = within(header).getByRole('navigation', { name: 'Portal' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Dashboard', 'Properties', 'Documents', 'Messages', 'Requests', 'Search', 'Help']);
    expect(within(header).queryByRole('button', { name: 'Change view' })).not.toBeInTheDocument();
  });

  it('changes the view from the user menu, keeps it on this device and sends it with requests', async () => {
    const user = userEvent.setup();
    const me = makeMe(groupViews);
    const calls = serve({
      'POST /portal/v1/auth/sign-out-everywhere': noContent,
      'GET /portal/v1/me': () => json(200, me),
    });
    startSession(makeSession(me));
    const first = renderApp('/');

    expect(await screen.findByText('Harbor & Maple Holdings (all clients)')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Change view' })[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'Change view' });
    await user.click(within(dialog).getByRole('radio', { name: 'Maple Street Schools' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(localStorage.getItem(`portico.portal.view.${me.id}`)).toBe(maple);
    expect(within(screen.getByRole('banner')).getByText('Maple Street Schools')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    await waitFor(() => expect(authStore.getToken()).toBeNull());
    const signOut = calls.find((c) => c.path === '/portal/v1/auth/sign-out-everywhere');
    expect(signOut?.headers.get('x-portal-view')).toBe(maple);
    expect(signOut?.headers.get('authorization')).toBe('Bearer token-1');

    // The next session on this device starts in the remembered view.
    first.unmount();
    startSession(makeSession(me, 'token-2'));
    renderApp('/');
    expect(
      await screen.findByText('Maple Street Schools', { selector: '.viewbar__current' }),
    ).toBeInTheDocument();
  });

  it('forgets the session when a request finds the customer suspended', async () => {
    const user = userEvent.setup();
    serve({
      'POST /portal/v1/auth/sign-out-everywhere': () =>
        problem(403, 'Paused: call the office.', {
          code: 'suspended',
          suspendedNote: 'Paused: call the office.',
        }),
    });
    startSession(makeSession());
    renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Sign out everywhere' }));
    await waitFor(() => expect(authStore.getSnapshot().accessToken).toBeNull());
    expect(suspensionStore.get()).toEqual({
      message: 'Paused: call the office.',
      note: 'Paused: call the office.',
    });
    expect(authStore.getSnapshot().endedReason).toBe('Paused: call the office.');
  });
});

describe('the overlay', () => {
  const openViews = async () => {
    const user = userEvent.setup();
    serve({});
    startSession(makeSession(makeMe(groupViews)));
    const app = renderApp('/');
    await user.click((await screen.findAllByRole('button', { name: 'Change view' }))[0] as HTMLElement);
    await screen.findByRole('dialog', { name: 'Change view' });
    expect(app.router.state.location.search).toBe('?overlay=%2Fviews');
    return { user, app };
  };

  it('closes with Escape, back on the page it opened over', async () => {
    const { user, app } = await openViews();
    expect(screen.getByRole('dialog')).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(app.router.state.location.search).toBe('');
  });

  it('closes with the browser’s Back button and with its X', async () => {
    const { user, app } = await openViews();
    await act(() => app.router.navigate(-1));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getAllByRole('button', { name: 'Change view' })[0] as HTMLElement);
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('opens from a link, keeps Tab inside, and closes in place when there is nothing to go back to', async () => {
    const user = userEvent.setup();
    serve({});
    startSession(makeSession(makeMe(groupViews)));
    const app = renderApp('/?overlay=/views');
    const dialog = await screen.findByRole('dialog', { name: 'Change view' });
    const close = within(dialog).getByRole('button', { name: 'Close' });
    close.focus();
    await user.tab({ shift: true });
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.click(close);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(app.router.state.location.pathname).toBe('/');
    expect(app.router.state.location.search).toBe('');
  });
});
