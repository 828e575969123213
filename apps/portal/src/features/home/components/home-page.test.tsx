import { describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { suspensionStore } from '../../../lib/suspension';
import { authStore, startSession } from '../../../test/api';
import { groupViews, makeMe, makeSession } from '../../../test/factories';
import { problem, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import { HomePage } from './home-page';

const noContent = () => new Response(null, { status: 204 });
const renderHome = () => renderRoute(<HomePage />, { path: '/', url: '/' });

describe('HomePage', () => {
  it('lists what the customer can see, and offers no view switch when there is one view', async () => {
    serve({});
    startSession(makeSession(makeMe()));
    renderHome();
    expect(await screen.findByRole('heading', { name: 'Welcome, Dana' })).toBeInTheDocument();
    const areas = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(areas).toEqual(['Inspection reports', 'Service reports', 'Invoices']);
    expect(screen.queryByRole('combobox', { name: 'Viewing' })).not.toBeInTheDocument();
  });

  it('keeps the chosen view on this device and sends it with portal requests', async () => {
    const user = userEvent.setup();
    const calls = serve({ 'POST /portal/v1/auth/sign-out-everywhere': noContent });
    const me = makeMe(groupViews);
    startSession(makeSession(me));
    const first = renderHome();

    const switcher = await screen.findByRole('combobox', { name: 'Viewing' });
    expect(switcher).toHaveValue(groupViews.defaultView);
    await user.selectOptions(switcher, 'Maple Street Schools');
    const maple = 'account:00000000-0000-4000-8000-0000000000a2';
    expect(localStorage.getItem(`portico.portal.view.${me.id}`)).toBe(maple);
    expect(screen.getByText(/for Maple Street Schools/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    await waitFor(() => expect(authStore.getToken()).toBeNull());
    expect(calls[0]?.headers.get('x-portal-view')).toBe(maple);
    expect(calls[0]?.headers.get('authorization')).toBe('Bearer token-1');

    // The next session on this device starts in the remembered view.
    first.unmount();
    startSession(makeSession(me, 'token-2'));
    renderHome();
    expect(await screen.findByRole('combobox', { name: 'Viewing' })).toHaveValue(maple);
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
    renderHome();
    await user.click(await screen.findByRole('button', { name: 'Sign out everywhere' }));
    await waitFor(() => expect(authStore.getSnapshot().accessToken).toBeNull());
    expect(suspensionStore.get()).toEqual({
      message: 'Paused: call the office.',
      note: 'Paused: call the office.',
    });
    expect(authStore.getSnapshot().endedReason).toBe('Paused: call the office.');
  });
});
