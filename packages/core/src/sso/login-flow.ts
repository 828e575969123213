import { timingSafeEqual } from 'node:crypto';
import { type Db, hashToken, schema } from '@portico/db';
import { and, eq, lt } from 'drizzle-orm';
import * as oidc from 'openid-client';
import type { PortalContact } from '../portal-auth/portal-contacts';
import { describeOidcError, oidcConfiguration } from './oidc-client';
import type { SsoSettings } from './providers';
import { SsoRefusedError } from './refusals';
import { decryptSecret } from './secret-box';
import { signInVerifiedEmail } from './sso-outcome';

const { organizations, ssoLoginStates, ssoProviders } = schema;

/** Long enough to type a password and approve at the provider, short enough to be useless later. */
export const SSO_LOGIN_TTL_SECONDS = 10 * 60;

export interface SsoLoginStart {
  authorizationUrl: string;
  /** Also set by the API in a cookie, so the callback proves it returns to the browser that left. */
  state: string;
}

async function loadProvider(db: Db, settings: SsoSettings, providerId: string) {
  const [row] = await db
    .select({ provider: ssoProviders, orgSlug: organizations.slug })
    .from(ssoProviders)
    .innerJoin(organizations, eq(organizations.id, ssoProviders.orgId))
    .where(eq(ssoProviders.id, providerId))
    .limit(1);
  if (!row?.provider.enabled) throw new SsoRefusedError('provider_unavailable');
  const { provider } = row;
  try {
    const config = await oidcConfiguration(
      {
        issuerUrl: provider.issuerUrl,
        clientId: provider.clientId,
        clientSecret: decryptSecret(settings.key, provider.orgId, provider.clientSecretEncrypted),
      },
      settings,
    );
    return { provider, orgSlug: row.orgSlug, config };
  } catch (error) {
    throw new SsoRefusedError('provider_error', { detail: describeOidcError(error) });
  }
}

/** Where the organization's slug is needed after a failure: the error page offers its buttons again. */
export async function ssoProviderOrgSlug(db: Db, providerId: string): Promise<string | null> {
  const [row] = await db
    .select({ slug: organizations.slug })
    .from(ssoProviders)
    .innerJoin(organizations, eq(organizations.id, ssoProviders.orgId))
    .where(eq(ssoProviders.id, providerId))
    .limit(1);
  return row?.slug ?? null;
}

/**
 * Begins a sign-in: fresh state, nonce and PKCE verifier (S256), kept server-side for minutes,
 * and the provider's authorization URL to redirect the browser to.
 */
export async function startSsoLogin(
  db: Db,
  settings: SsoSettings,
  input: { providerId: string; redirectUri: string },
  now = new Date(),
): Promise<SsoLoginStart> {
  const { provider, config } = await loadProvider(db, settings, input.providerId);
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  // Abandoned sign-ins would otherwise pile up: each start sweeps its organization's stale ones.
  await db
    .delete(ssoLoginStates)
    .where(and(eq(ssoLoginStates.orgId, provider.orgId), lt(ssoLoginStates.expiresAt, now)));
  await db.insert(ssoLoginStates).values({
    orgId: provider.orgId,
    providerId: provider.id,
    stateHash: hashToken(state),
    nonce,
    codeVerifier,
    expiresAt: new Date(now.getTime() + SSO_LOGIN_TTL_SECONDS * 1000),
  });
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: input.redirectUri,
    scope: 'openid email profile',
    response_type: 'code',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { authorizationUrl: url.href, state };
}

export interface SsoCallback {
  /** The configured redirect URI with the query the provider sent back (never the Host header). */
  callbackUrl: URL;
  /** The state from this browser's cookie, set at the start. */
  browserState: string | undefined;
}

export interface SsoSignIn {
  contact: PortalContact;
  orgSlug: string;
}

const sameState = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Completes a sign-in: the login state is consumed first (single use, even when what follows
 * fails), then openid-client exchanges the code with the PKCE verifier and verifies the ID token
 * (signature against the provider's JWKS, issuer, audience, expiry, nonce). Only then is the
 * verified email matched to a contact.
 */
export async function finishSsoLogin(
  db: Db,
  settings: SsoSettings,
  { callbackUrl, browserState }: SsoCallback,
  now = new Date(),
): Promise<SsoSignIn> {
  const state = callbackUrl.searchParams.get('state') ?? '';
  if (!state || !browserState || !sameState(state, browserState)) throw new SsoRefusedError('state_mismatch');
  const [login] = await db
    .delete(ssoLoginStates)
    .where(eq(ssoLoginStates.stateHash, hashToken(state)))
    .returning();
  if (!login || login.expiresAt <= now) throw new SsoRefusedError('expired');
  const idpError = callbackUrl.searchParams.get('error');
  if (idpError)
    throw new SsoRefusedError(idpError === 'access_denied' ? 'cancelled' : 'provider_error', {
      detail: idpError.slice(0, 100),
    });
  const { provider, orgSlug, config } = await loadProvider(db, settings, login.providerId);

  let claims: oidc.IDToken | undefined;
  try {
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: login.codeVerifier,
      expectedState: state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
  } catch (error) {
    throw new SsoRefusedError('invalid_response', { detail: describeOidcError(error) });
  }
  if (!claims) throw new SsoRefusedError('invalid_response', { detail: 'no ID token' });
  const email = typeof claims.email === 'string' ? claims.email.trim() : '';
  // Strictly true: a missing claim, "true" as a string or false all mean "not verified".
  if (!email || claims.email_verified !== true) throw new SsoRefusedError('unverified_email');

  const contact = await db.transaction((tx) =>
    signInVerifiedEmail(
      tx,
      { orgId: provider.orgId, providerId: provider.id, providerName: provider.displayName, email },
      now,
    ),
  );
  return { contact, orgSlug };
}
