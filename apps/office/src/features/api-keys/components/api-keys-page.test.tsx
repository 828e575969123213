import { describe, expect, it, jest } from '@jest/globals';
import type { Permission } from '@portico/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allPermissions, makeMe } from '../../../test/factories';
import { json, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { ApiKey } from '../api/api-keys';
import { ApiKeysPage } from './api-keys-page';

const SECRET = 'pk_live_3f9a1c7e0b2d4f6a8c1e3b5d7f9a1c3e5b7d9f1a';

function makeKey(overrides: Partial<ApiKey> = {}): ApiKey {
  return {
    id: '00000000-0000-4000-8000-00000000a001',
    name: 'Operations sync',
    prefix: 'pk_live_3f9a',
    scopes: ['documents:write', 'defects:write'],
    createdAt: '2026-03-02T09:30:00.000Z',
    lastUsedAt: null,
    revokedAt: null,
    ...overrides,
  };
}

function setUp({ keys = [] as ApiKey[], permissions = allPermissions as Permission[] } = {}) {
  let list = keys;
  const page = () => json(200, { items: list, nextCursor: null, total: list.length });
  const calls = serve({
    'GET /api/v1/me': () => json(200, makeMe(permissions)),
    'GET /api/v1/api-keys': page,
    'POST /api/v1/api-keys': async (request) => {
      const body = (await request.json()) as { name: string; scopes: ApiKey['scopes'] };
      const apiKey = makeKey({
        id: '00000000-0000-4000-8000-00000000a002',
        name: body.name,
        scopes: body.scopes,
      });
      list = [apiKey, ...list];
      return json(201, { apiKey, key: SECRET });
    },
    'POST /api/v1/api-keys/00000000-0000-4000-8000-00000000a001/revoke': () => {
      list = list.map((key) => ({ ...key, revokedAt: '2026-03-05T12:00:00.000Z' }));
      return json(200, list[0]);
    },
  });
  renderRoute(<ApiKeysPage />, { path: '/integrations/api-keys', url: '/integrations/api-keys' });
  return calls;
}

describe('ApiKeysPage', () => {
  it('explains keys when there are none, with a link to the API documentation', async () => {
    setUp();
    expect(await screen.findByRole('heading', { name: 'No API keys yet' })).toBeInTheDocument();
    for (const link of screen.getAllByRole('link', { name: 'API documentation' })) {
      expect(link).toHaveAttribute('href', '/docs');
    }
  });

  it('shows a new key once, with a copy button, and never again after closing', async () => {
    const user = userEvent.setup();
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const calls = setUp();

    await user.click(await screen.findByRole('button', { name: 'New API key' }));
    const form = within(screen.getByRole('dialog', { name: 'New API key' }));
    await user.type(form.getByLabelText(/^Name/), 'Accounting bridge');
    await user.click(form.getByRole('checkbox', { name: /^Documents/ }));
    await user.click(form.getByRole('checkbox', { name: /^Quotes/ }));
    await user.click(form.getByRole('button', { name: 'Create key' }));

    const shown = within(await screen.findByRole('dialog', { name: 'Copy your new API key' }));
    expect(shown.getByLabelText('API key “Accounting bridge”')).toHaveValue(SECRET);
    expect(shown.getByText(/only time you will see this key/)).toBeInTheDocument();
    await user.click(shown.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(await shown.findByText('Copied to the clipboard.')).toBeInTheDocument();

    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'Accounting bridge',
      scopes: ['documents:write', 'quotes:write'],
    });

    await user.click(shown.getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The list shows the new key by its prefix only; the key itself is nowhere on the page.
    const row = (await screen.findByRole('rowheader', { name: 'Accounting bridge' })).closest('tr');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText('pk_live_3f9a…')).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(SECRET);

    // Opening the dialog again starts a new key: the old one is not kept anywhere.
    await user.click(screen.getByRole('button', { name: 'New API key' }));
    expect(within(screen.getByRole('dialog', { name: 'New API key' })).getByLabelText(/^Name/)).toHaveValue(
      '',
    );
    expect(document.body.innerHTML).not.toContain(SECRET);
  });

  it('asks for a name and at least one scope before creating', async () => {
    const user = userEvent.setup();
    const calls = setUp();
    await user.click(await screen.findByRole('button', { name: 'New API key' }));
    const form = within(screen.getByRole('dialog', { name: 'New API key' }));
    await user.click(form.getByRole('button', { name: 'Create key' }));

    expect(form.getByText('Give the key a name.')).toBeInTheDocument();
    expect(form.getByText('Choose at least one scope.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('revokes a key only after confirmation', async () => {
    const user = userEvent.setup();
    const calls = setUp({ keys: [makeKey({ lastUsedAt: '2026-03-04T08:00:00.000Z' })] });
    const revokes = () => calls.filter((c) => c.method === 'POST' && c.path.endsWith('/revoke'));

    await user.click(await screen.findByRole('button', { name: 'Revoke Operations sync' }));
    let confirm = within(screen.getByRole('dialog', { name: 'Revoke “Operations sync”?' }));
    expect(confirm.getByText(/will be refused from now on/)).toBeInTheDocument();
    await user.click(confirm.getByRole('button', { name: 'Cancel' }));
    expect(revokes()).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Revoke Operations sync' }));
    confirm = within(screen.getByRole('dialog', { name: 'Revoke “Operations sync”?' }));
    await user.click(confirm.getByRole('button', { name: 'Revoke key' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(revokes()).toHaveLength(1);
    expect(await screen.findByText('Revoked')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Revoke Operations sync' })).not.toBeInTheDocument();
  });

  it('says so without integrations.manage, and loads no keys', async () => {
    const calls = setUp({ permissions: ['contacts.write'] });
    expect(await screen.findByRole('heading', { name: 'You don’t have access to this' })).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/v1/api-keys')).toBe(false);
  });
});
