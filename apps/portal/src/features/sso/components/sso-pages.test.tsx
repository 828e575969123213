import { beforeEach, describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { json, problem, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import { SignInPage } from '../../auth/components/sign-in-page';
import { SsoErrorPage } from './sso-error-page';
import { SsoSignInOptions } from './sso-sign-in-options';

const P1 = '00000000-0000-4000-8000-0000000055a1';
const noSession = () => problem(401, 'There is no session to refresh. Sign in.');
const providers = () =>
  json(200, {
    organization: { slug: 'harbor', name: 'Harbor Property Group', logoUrl: null, brandColor: '#0b5fff' },
    providers: [{ id: P1, displayName: 'Microsoft' }],
  });

beforeEach(() => localStorage.clear());

describe('single sign-on on the sign-in page', () => {
  it("offers the organization's providers from the link's ?org=", async () => {
    let askedFor: string | null = null;
    serve({
      'POST /portal/v1/auth/refresh': noSession,
      'GET /portal/v1/sso/providers': (_request, url) => {
        askedFor = url.searchParams.get('org');
        return providers();
      },
    });
    renderRoute(<SignInPage alternatives={<SsoSignInOptions />} />, {
      path: '/sign-in',
      url: '/sign-in?org=harbor',
    });
    const button = await screen.findByRole('link', { name: 'Sign in with Microsoft' });
    expect(button).toHaveAttribute('href', `/portal/v1/sso/${P1}/start`);
    expect(askedFor).toBe('harbor');
    // The password form is still there, below.
    expect(screen.getByRole('textbox', { name: 'Email' })).toBeInTheDocument();
  });

  it('shows no buttons, and asks nothing, when the organization is not known', async () => {
    const calls = serve({ 'POST /portal/v1/auth/refresh': noSession });
    renderRoute(<SignInPage alternatives={<SsoSignInOptions />} />, { path: '/sign-in', url: '/sign-in' });
    expect(await screen.findByRole('textbox', { name: 'Email' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Sign in with/ })).not.toBeInTheDocument();
    expect(calls.some((c) => c.path.includes('/sso/'))).toBe(false);
  });
});

describe('SsoErrorPage', () => {
  it('explains an unknown email and offers the providers again', async () => {
    serve({ 'GET /portal/v1/sso/providers': providers });
    renderRoute(<SsoErrorPage />, {
      path: '/sign-in/sso-error',
      url: '/sign-in/sso-error?reason=unknown_email&org=harbor',
    });
    expect(
      await screen.findByRole('heading', { name: 'We don’t know that email address' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Sign in with Microsoft' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in with your email address' })).toHaveAttribute(
      'href',
      '/sign-in?org=harbor',
    );
  });

  it("shows a suspension with the organization's note", async () => {
    serve({ 'GET /portal/v1/sso/providers': providers });
    renderRoute(<SsoErrorPage />, {
      path: '/sign-in/sso-error',
      url: '/sign-in/sso-error?reason=suspended&org=harbor&note=Call%20the%20office',
    });
    expect(
      await screen.findByRole('heading', { name: 'Your portal access is suspended' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Call the office')).toBeInTheDocument();
  });

  it('falls back to a general explanation for a reason it does not know', async () => {
    serve({});
    renderRoute(<SsoErrorPage />, {
      path: '/sign-in/sso-error',
      url: '/sign-in/sso-error?reason=invalid_response',
    });
    expect(await screen.findByRole('heading', { name: 'We could not sign you in' })).toBeInTheDocument();
  });
});
