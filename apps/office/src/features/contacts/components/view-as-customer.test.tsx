import { afterEach, describe, expect, it, jest } from '@jest/globals';
import type { Permission } from '@portico/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allPermissions, makeContact, makeMe } from '../../../test/factories';
import { json, problem, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import { ContactPage } from './contact-page';

const contact = makeContact({ firstName: 'Ada', lastName: 'Lovelace', portalStatus: 'enrolled' });
const previewUrl = 'http://portal.test/preview#code=previewCodeFromTheOffice_0001';

function setUp(permissions: Permission[] = allPermissions, start = () => json(201, started)) {
  return serve({
    'GET /api/v1/me': () => json(200, makeMe(permissions)),
    [`GET /api/v1/contacts/${contact.id}`]: () => json(200, contact),
    [`GET /api/v1/contacts/${contact.id}/portal-history`]: () => json(200, []),
    [`POST /api/v1/contacts/${contact.id}/portal-preview`]: start,
  });
}

const started = {
  id: '00000000-0000-4000-8000-0000000000f1',
  url: previewUrl,
  codeExpiresAt: '2026-03-01T10:01:00.000Z',
};

const renderPage = () =>
  renderRoute(<ContactPage />, { path: '/contacts/:contactId', url: `/contacts/${contact.id}` });
const portalSection = async () => within(await screen.findByRole('region', { name: 'Customer portal' }));

/** A stand-in for the tab window.open returns. */
function fakeTab() {
  return { opener: {} as unknown, location: { href: '' }, close: jest.fn() };
}

afterEach(() => {
  jest.restoreAllMocks();
});

describe('View as customer (office)', () => {
  it('opens a new tab in the click and points it at the one-time preview link', async () => {
    const user = userEvent.setup();
    const tab = fakeTab();
    const open = jest.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    const calls = setUp();
    renderPage();
    const portal = await portalSection();
    const button = await portal.findByRole('button', { name: 'View as customer' });
    expect(button).toHaveAccessibleDescription(/exactly as Ada sees it, read-only/);

    await user.click(button);
    expect(open).toHaveBeenCalledWith('', '_blank');
    await waitFor(() => expect(tab.location.href).toBe(previewUrl));
    expect(tab.opener).toBeNull();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([
      `/api/v1/contacts/${contact.id}/portal-preview`,
    ]);
  });

  it('offers the link when the browser blocked the tab', async () => {
    const user = userEvent.setup();
    jest.spyOn(window, 'open').mockReturnValue(null);
    setUp();
    renderPage();
    const portal = await portalSection();
    await user.click(await portal.findByRole('button', { name: 'View as customer' }));
    const link = await portal.findByRole('link', { name: 'Open the preview' });
    expect(link).toHaveAttribute('href', previewUrl);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('closes the empty tab and says why when the API refuses', async () => {
    const user = userEvent.setup();
    const tab = fakeTab();
    jest.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    setUp(allPermissions, () =>
      problem(403, 'This needs the access.manage permission, which your role does not have.'),
    );
    renderPage();
    const portal = await portalSection();
    await user.click(await portal.findByRole('button', { name: 'View as customer' }));
    expect(await portal.findByRole('alert')).toHaveTextContent('This needs the access.manage permission');
    expect(tab.close).toHaveBeenCalled();
  });

  it('is not offered without access.manage', async () => {
    setUp(allPermissions.filter((p) => p !== 'access.manage'));
    renderPage();
    const portal = await portalSection();
    await portal.findByText('Status history');
    expect(portal.queryByRole('button', { name: 'View as customer' })).not.toBeInTheDocument();
  });
});
