import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import { makeContact, makeEnrolledContact, makeOfficeUser, makeOrganization } from '@portico/db/testing';
import { and, eq, sql } from 'drizzle-orm';
import request from 'supertest';
import { TestBrowser } from '../../../test/oidc/browser';
import { startTestIdp, type TestIdp } from '../../../test/oidc/test-idp';
import { useTestApp } from '../../../test/test-app';

// The whole customer single sign-on, over real HTTP: the API listens on loopback (standing in for
// the portal's origin, whose proxy forwards /portal/ to it), a real oidc-provider is the IdP.

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const overrides: Record<string, string> = { SIGN_IN_LIMIT_PER_ACCOUNT: '500', SIGN_IN_LIMIT_PER_IP: '500' };
let portalUrl = '';
let apiPort = 0;
let idp: TestIdp;

beforeAll(async () => {
  apiPort = await freePort();
  portalUrl = `http://127.0.0.1:${apiPort}`;
  overrides.PORTAL_URL = portalUrl;
  idp = await startTestIdp(`${portalUrl}/portal/v1/sso/callback`);
});
const ctx = useTestApp(overrides);

let org: typeof schema.organizations.$inferSelect;
let auth = '';
let providerId = '';

beforeAll(async () => {
  await ctx.app.listen({ host: '127.0.0.1', port: apiPort });
  org = await makeOrganization(ctx.db);
  const user = await makeOfficeUser(ctx.db, org.id);
  auth = `Bearer ${ctx.app.signOfficeAccessToken(user)}`;
  const created = await request(ctx.app.server)
    .post('/api/v1/sso-providers')
    .set('authorization', auth)
    .send({
      displayName: 'Test IdP',
      issuerUrl: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
    });
  expect(created.status).toBe(201);
  providerId = created.body.id;
});
afterAll(async () => idp?.close());

/** A page of the portal SPA (not an API route under the same origin): where the flow ends. */
const isPortalPage = (url: string) =>
  url.startsWith(portalUrl) && !new URL(url).pathname.startsWith('/portal/v1/');
const isCallback = (url: string) => url.startsWith(`${portalUrl}/portal/v1/sso/callback`);

let accountSeq = 0;
function idpAccount(email: string, emailVerified: boolean | 'true' = true): string {
  const sub = `user-${++accountSeq}`;
  idp.accounts.set(sub, { email, emailVerified });
  return sub;
}

async function ssoSignIn(browser: TestBrowser, sub: string, mode: TestIdp['mode'] = 'pass'): Promise<URL> {
  idp.nextAccount = sub;
  idp.mode = mode;
  try {
    const { visited } = await browser.navigate(
      `${portalUrl}/portal/v1/sso/${providerId}/start`,
      isPortalPage,
    );
    return new URL(visited.at(-1) ?? '');
  } finally {
    idp.mode = 'pass';
  }
}

async function portalSession(browser: TestBrowser) {
  const refresh = await browser.fetch(`${portalUrl}/portal/v1/auth/refresh`, { method: 'POST' });
  if (refresh.status !== 200) return { status: refresh.status, me: null };
  const { accessToken } = (await refresh.json()) as { accessToken: string };
  const me = await browser.fetch(`${portalUrl}/portal/v1/me`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  return { status: me.status, me: (await me.json()) as { email: string } };
}

const signIns = async (contactId: string) =>
  ctx.db
    .select({ detail: schema.activityEvents.detail })
    .from(schema.activityEvents)
    .where(and(eq(schema.activityEvents.contactId, contactId), eq(schema.activityEvents.type, 'sign_in')));

const countOf = async (table: 'contacts' | 'portal_identities' | 'activity_events') =>
  Number(
    ((await ctx.db.execute(sql.raw(`select count(*)::int as n from ${table}`))).rows[0] as { n: number }).n,
  );

describe('customer single sign-on (code flow against a real OIDC provider)', () => {
  it('signs in an enrolled contact by verified email: session cookie works, sign-in recorded as sso', async () => {
    const contact = await makeEnrolledContact(ctx.db, org.id, { email: 'Dana.Enrolled@Customer.test' });
    const browser = new TestBrowser();
    const landed = await ssoSignIn(browser, idpAccount('dana.enrolled@customer.test'));
    expect(landed.href).toBe(`${portalUrl}/`);

    const session = await portalSession(browser);
    expect(session.status).toBe(200);
    expect(session.me?.email).toBe('Dana.Enrolled@Customer.test');
    expect(await signIns(contact.id)).toEqual([{ detail: { method: 'sso' } }]);
    const [identity] = await ctx.db
      .select({ lastSignInAt: schema.portalIdentities.lastSignInAt })
      .from(schema.portalIdentities)
      .where(eq(schema.portalIdentities.contactId, contact.id));
    expect(identity?.lastSignInAt).toBeInstanceOf(Date);
    // The login state was single use: consumed by the callback.
    expect((await ctx.db.select().from(schema.ssoLoginStates)).length).toBe(0);
  });

  it('enrolls an invited contact, as accepting the invitation would', async () => {
    const contact = await makeContact(ctx.db, org.id, { inviteStatus: 'invited' });
    const [invitation] = await ctx.db
      .insert(schema.invitations)
      .values({ orgId: org.id, contactId: contact.id, expiresAt: new Date(Date.now() + 86_400_000) })
      .returning();
    const browser = new TestBrowser();
    const landed = await ssoSignIn(browser, idpAccount(contact.email ?? ''));
    expect(landed.pathname).toBe('/');
    expect((await portalSession(browser)).status).toBe(200);

    const [after] = await ctx.db.select().from(schema.contacts).where(eq(schema.contacts.id, contact.id));
    expect(after?.inviteStatus).toBe('enrolled');
    const [accepted] = await ctx.db
      .select()
      .from(schema.invitations)
      .where(eq(schema.invitations.id, invitation?.id ?? ''));
    expect(accepted?.status).toBe('accepted');
    const events = await ctx.db
      .select({ type: schema.invitationEvents.type, detail: schema.invitationEvents.detail })
      .from(schema.invitationEvents)
      .where(eq(schema.invitationEvents.contactId, contact.id));
    expect(events).toEqual([{ type: 'registered', detail: { method: 'sso', provider: 'Test IdP' } }]);
    expect(await signIns(contact.id)).toEqual([{ detail: { method: 'sso' } }]);
  });

  it('refuses an unknown email with an explaining page, and creates nothing', async () => {
    const before = await Promise.all([
      countOf('contacts'),
      countOf('portal_identities'),
      countOf('activity_events'),
    ]);
    const browser = new TestBrowser();
    const landed = await ssoSignIn(browser, idpAccount('nobody@customer.test'));
    expect(landed.pathname).toBe('/sign-in/sso-error');
    expect(landed.searchParams.get('reason')).toBe('unknown_email');
    expect(landed.searchParams.get('org')).toBe(org.slug);
    expect(browser.cookie(portalUrl, 'portico_portal_refresh')).toBeUndefined();
    expect((await portalSession(browser)).status).toBe(401);
    const after = await Promise.all([
      countOf('contacts'),
      countOf('portal_identities'),
      countOf('activity_events'),
    ]);
    expect(after).toEqual(before);
  });

  it.each([
    ['false', false],
    ['the string "true"', 'true'],
  ] as const)(
    'refuses an email the provider has not verified (email_verified %s)',
    async (_label, verified) => {
      const contact = await makeEnrolledContact(ctx.db, org.id);
      const browser = new TestBrowser();
      const landed = await ssoSignIn(browser, idpAccount(contact.email ?? '', verified));
      expect(landed.searchParams.get('reason')).toBe('unverified_email');
      expect(browser.cookie(portalUrl, 'portico_portal_refresh')).toBeUndefined();
      expect(await signIns(contact.id)).toEqual([]);
    },
  );

  it('refuses an ID token whose payload was altered in transit (signature checked against the JWKS)', async () => {
    const victim = await makeEnrolledContact(ctx.db, org.id, { email: 'someone-else@customer.test' });
    const attacker = await makeEnrolledContact(ctx.db, org.id);
    const browser = new TestBrowser();
    const landed = await ssoSignIn(browser, idpAccount(attacker.email ?? ''), 'tamper-id-token');
    expect(landed.searchParams.get('reason')).toBe('invalid_response');
    expect(browser.cookie(portalUrl, 'portico_portal_refresh')).toBeUndefined();
    expect(await signIns(victim.id)).toEqual([]);
    expect(await signIns(attacker.id)).toEqual([]);
  });

  it('refuses a genuine ID token issued for another nonce', async () => {
    const contact = await makeEnrolledContact(ctx.db, org.id);
    const browser = new TestBrowser();
    const landed = await ssoSignIn(browser, idpAccount(contact.email ?? ''), 'swap-nonce');
    expect(landed.searchParams.get('reason')).toBe('invalid_response');
    expect(await signIns(contact.id)).toEqual([]);
  });

  it('refuses a callback in another browser (state not bound to it) and a replayed callback', async () => {
    const contact = await makeEnrolledContact(ctx.db, org.id);
    idp.nextAccount = idpAccount(contact.email ?? '');
    const victim = new TestBrowser();
    const { visited } = await victim.navigate(`${portalUrl}/portal/v1/sso/${providerId}/start`, isCallback);
    const callback = visited.at(-1) ?? '';
    expect(isCallback(callback)).toBe(true);
    const binding = victim.cookie(portalUrl, 'portico_sso') ?? '';
    expect(binding).toContain(providerId);

    const other = new TestBrowser();
    const elsewhere = await other.navigate(callback, isPortalPage);
    expect(new URL(elsewhere.visited.at(-1) ?? '').searchParams.get('reason')).toBe('state_mismatch');

    const own = await victim.navigate(callback, isPortalPage);
    expect(own.visited.at(-1)).toBe(`${portalUrl}/`);

    // The same callback again, even with the binding cookie restored: the state was single use.
    const replay = new TestBrowser();
    replay.setCookie(portalUrl, 'portico_sso', binding);
    const again = await replay.navigate(callback, isPortalPage);
    expect(new URL(again.visited.at(-1) ?? '').searchParams.get('reason')).toBe('expired');
    expect(await signIns(contact.id)).toHaveLength(1);
  });

  it('refuses a suspended contact with its note, and a contact never invited', async () => {
    const suspended = await makeEnrolledContact(ctx.db, org.id, {
      suspended: true,
      suspendedNote: 'Call the office about your account.',
    });
    const landed = await ssoSignIn(new TestBrowser(), idpAccount(suspended.email ?? ''));
    expect(landed.searchParams.get('reason')).toBe('suspended');
    expect(landed.searchParams.get('note')).toBe('Call the office about your account.');

    const stranger = await makeContact(ctx.db, org.id);
    const refused = await ssoSignIn(new TestBrowser(), idpAccount(stranger.email ?? ''));
    expect(refused.searchParams.get('reason')).toBe('not_invited');
    expect(await signIns(stranger.id)).toEqual([]);
  });

  it('lists only enabled providers for the sign-in page, and a disabled one cannot start', async () => {
    const listed = await request(ctx.app.server).get(`/portal/v1/sso/providers?org=${org.slug}`);
    expect(listed.status).toBe(200);
    expect(listed.body.providers).toEqual([{ id: providerId, displayName: 'Test IdP' }]);
    expect(JSON.stringify(listed.body)).not.toContain(idp.clientSecret);

    await request(ctx.app.server)
      .patch(`/api/v1/sso-providers/${providerId}`)
      .set('authorization', auth)
      .send({ enabled: false })
      .expect(200);
    try {
      const hidden = await request(ctx.app.server).get(`/portal/v1/sso/providers?org=${org.slug}`);
      expect(hidden.body.providers).toEqual([]);
      const start = await request(ctx.app.server).get(`/portal/v1/sso/${providerId}/start`);
      expect(start.status).toBe(302);
      const target = new URL(start.headers.location ?? '');
      expect(target.pathname).toBe('/sign-in/sso-error');
      expect(target.searchParams.get('reason')).toBe('provider_unavailable');
    } finally {
      await request(ctx.app.server)
        .patch(`/api/v1/sso-providers/${providerId}`)
        .set('authorization', auth)
        .send({ enabled: true })
        .expect(200);
    }
    expect((await request(ctx.app.server).get('/portal/v1/sso/providers?org=no-such-org')).status).toBe(404);
  });

  it("checks the provider's discovery document for the office", async () => {
    const report = await request(ctx.app.server)
      .post('/api/v1/sso-providers/discovery-check')
      .set('authorization', auth)
      .send({ issuerUrl: idp.issuer });
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ issuer: idp.issuer, supportsPkceS256: true });
    expect(report.body.tokenEndpoint).toBe(`${idp.issuer}/token`);
  });

  it('sends the browser to the provider with PKCE S256, state and nonce, and the configured redirect URI', async () => {
    const start = await request(ctx.app.server)
      .get(`/portal/v1/sso/${providerId}/start`)
      .set('host', 'evil.example');
    expect(start.status).toBe(302);
    const target = new URL(start.headers.location ?? '');
    expect(target.origin).toBe(idp.issuer);
    expect(target.searchParams.get('redirect_uri')).toBe(`${portalUrl}/portal/v1/sso/callback`);
    expect(target.searchParams.get('code_challenge_method')).toBe('S256');
    expect(target.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(target.searchParams.get('state')).toBeTruthy();
    expect(target.searchParams.get('nonce')).toBeTruthy();
    const cookie = String(start.headers['set-cookie']);
    expect(cookie).toMatch(/portico_sso=.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });
});
