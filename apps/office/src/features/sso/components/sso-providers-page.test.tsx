import { describe, expect, it } from '@jest/globals';
import type { Permission } from '@portico/api-client';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allPermissions, makeMe } from '../../../test/factories';
import { json, problem, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { SsoProvider } from '../api/sso-providers';
import { SsoProvidersPage } from './sso-providers-page';

const P1 = '00000000-0000-4000-8000-0000000055a1';
const REDIRECT = 'https://portal.example.com/portal/v1/sso/callback';

function makeProvider(overrides: Partial<SsoProvider> = {}): SsoProvider {
  return {
    id: P1,
    displayName: 'Microsoft',
    issuerUrl: 'https://login.example.com/tenant/v2.0',
    clientId: 'portico-client',
    enabled: true,
    redirectUri: REDIRECT,
    createdAt: '2026-03-02T09:30:00.000Z',
    updatedAt: '2026-03-02T09:30:00.000Z',
    ...overrides,
  };
}

function setUp({ providers = [] as SsoProvider[], permissions = allPermissions as Permission[] } = {}) {
  let list = providers;
  const calls = serve({
    'GET /api/v1/me': () => json(200, makeMe(permissions)),
    'GET /api/v1/sso-providers': () =>
      json(200, {
        items: list,
        redirectUri: REDIRECT,
        signInUrl: 'https://portal.example.com/sign-in?org=harbor',
      }),
    'POST /api/v1/sso-providers/discovery-check': async (request) => {
      const { issuerUrl } = (await request.json()) as { issuerUrl: string };
      if (issuerUrl.includes('wrong'))
        return problem(400, 'The provider’s discovery document could not be read.');
      return json(200, {
        issuer: issuerUrl,
        authorizationEndpoint: `${issuerUrl}/authorize`,
        tokenEndpoint: `${issuerUrl}/token`,
        jwksUri: `${issuerUrl}/jwks`,
        supportsPkceS256: true,
      });
    },
    'POST /api/v1/sso-providers': async (request) => {
      const body = (await request.json()) as SsoProvider;
      const created = makeProvider({
        displayName: body.displayName,
        issuerUrl: body.issuerUrl,
        clientId: body.clientId,
      });
      list = [...list, created];
      return json(201, created);
    },
    [`PATCH /api/v1/sso-providers/${P1}`]: async (request) => {
      const body = (await request.json()) as Partial<SsoProvider>;
      list = list.map((p) => ({ ...p, ...body }));
      return json(200, list[0]);
    },
  });
  renderRoute(<SsoProvidersPage />, { path: '/settings/single-sign-on', url: '/settings/single-sign-on' });
  return calls;
}

describe('SsoProvidersPage', () => {
  it('explains single sign-on when there is no provider, with the redirect URI to copy', async () => {
    setUp();
    expect(await screen.findByRole('heading', { name: 'No sign-in providers yet' })).toBeInTheDocument();
    expect(screen.getByLabelText('Redirect URI')).toHaveValue(REDIRECT);
    expect(screen.getByLabelText('Sign-in link for customers')).toHaveValue(
      'https://portal.example.com/sign-in?org=harbor',
    );
  });

  it('shows the no-permission state without settings.manage', async () => {
    setUp({ permissions: ['contacts.write'] });
    expect(await screen.findByRole('heading', { name: 'You don’t have access to this' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add provider' })).not.toBeInTheDocument();
  });

  it('adds a provider after checking discovery; the secret is sent, never shown back', async () => {
    const user = userEvent.setup();
    const calls = setUp();
    await user.click(await screen.findByRole('button', { name: 'Add provider' }));
    const form = within(screen.getByRole('dialog', { name: 'Add a sign-in provider' }));
    await user.click(form.getByRole('button', { name: 'Add provider' }));
    expect(form.getByText('Enter the client secret.')).toBeInTheDocument();

    await user.type(form.getByLabelText(/^Button name/), 'Contoso');
    await user.type(form.getByLabelText(/^Issuer URL/), 'https://wrong.example.com');
    await user.click(form.getByRole('button', { name: 'Check discovery' }));
    expect(await form.findByRole('alert')).toHaveTextContent('discovery document could not be read');
    await user.clear(form.getByLabelText(/^Issuer URL/));
    await user.type(form.getByLabelText(/^Issuer URL/), 'https://login.contoso.com');
    await user.click(form.getByRole('button', { name: 'Check discovery' }));
    expect(await form.findByText('Found https://login.contoso.com.')).toBeInTheDocument();

    await user.type(form.getByLabelText(/^Client ID/), 'abc');
    await user.type(form.getByLabelText(/^Client secret/), 's3cret-value');
    await user.click(form.getByRole('button', { name: 'Add provider' }));

    expect(await screen.findByRole('rowheader', { name: /Contoso/ })).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST').at(-1)?.body).toEqual({
      displayName: 'Contoso',
      issuerUrl: 'https://login.contoso.com',
      clientId: 'abc',
      clientSecret: 's3cret-value',
      enabled: true,
    });
    expect(document.body.textContent).not.toContain('s3cret-value');
  });

  it('edits without touching the secret, and disables with one click', async () => {
    const user = userEvent.setup();
    const calls = setUp({ providers: [makeProvider()] });
    await user.click(await screen.findByRole('button', { name: 'Edit Microsoft' }));
    const form = within(screen.getByRole('dialog', { name: 'Edit Microsoft' }));
    expect(form.getByLabelText(/^New client secret/)).toHaveValue('');
    await user.clear(form.getByLabelText(/^Button name/));
    await user.type(form.getByLabelText(/^Button name/), 'Work account');
    await user.click(form.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('rowheader', { name: /Work account/ })).toBeInTheDocument();
    const patch = calls.filter((c) => c.method === 'PATCH').at(-1)?.body as Record<string, unknown>;
    expect(patch).not.toHaveProperty('clientSecret');

    await user.click(screen.getByRole('button', { name: 'Disable Work account' }));
    expect(await screen.findByText('Disabled')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PATCH').at(-1)?.body).toEqual({ enabled: false });
  });
});
