import { describe, expect, it } from '@jest/globals';
import { hashToken, schema } from '@portico/db';
import {
  makeAccount,
  makeBuilding,
  makeClientGroup,
  makeContact,
  makeEnrolledContact,
  makeOrganization,
  TEST_PASSWORD,
} from '@portico/db/testing';
import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp({ SIGN_IN_LIMIT_PER_ACCOUNT: '5', SIGN_IN_LIMIT_PER_IP: '10000' });
const portal = () => request(t.app.server);

function refreshCookie(res: request.Response): string {
  const cookie = ([] as string[])
    .concat(res.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('portico_portal_refresh='));
  if (!cookie) throw new Error('no portal refresh cookie');
  return cookie.split(';')[0] as string;
}
const signIn = (email: string, password = TEST_PASSWORD) =>
  portal().post('/portal/v1/auth/sign-in').send({ email, password });
const me = (token: string, view?: string) => {
  const req = portal().get('/portal/v1/me').set('authorization', `Bearer ${token}`);
  return view ? req.set('x-portal-view', view) : req;
};

/** An invited contact whose invitation email "was sent": the test plays the worker and knows the token. */
async function invited() {
  const office = await signedInOrg(t);
  const account = await makeAccount(t.db, office.org.id);
  const contact = await makeContact(t.db, office.org.id, { accountId: account.id });
  const res = await portal()
    .post(`/api/v1/contacts/${contact.id}/invitation`)
    .set('authorization', office.auth);
  const token = `invite-token-${res.body.id}`;
  await t.db
    .update(schema.invitations)
    .set({ tokenHash: hashToken(token) })
    .where(eq(schema.invitations.id, res.body.id));
  return { ...office, contact, account, token, invitationId: res.body.id as string };
}
const accept = (token: string, password = 'a long and unusual passphrase') =>
  portal().post(`/portal/v1/invitations/${token}/accept`).send({ password });

describe('accepting an invitation', () => {
  it('enrolls the contact, records registered, and signs them in; opening the link first consumes nothing', async () => {
    const { token, contact, auth } = await invited();
    expect((await portal().get(`/portal/v1/invitations/${token}`)).body.state).toBe('valid');
    expect((await portal().get(`/portal/v1/invitations/${token}`)).body.state).toBe('valid');
    const res = await accept(token);
    expect(res.status).toBe(200);
    expect(res.body.me).toMatchObject({ id: contact.id, firstName: contact.firstName });
    expect(refreshCookie(res)).toBeTruthy();
    expect((await me(res.body.accessToken)).status).toBe(200);
    const listed = await portal().get(`/api/v1/contacts/${contact.id}`).set('authorization', auth);
    expect(listed.body.portalStatus).toBe('enrolled');
    const history = await portal()
      .get(`/api/v1/contacts/${contact.id}/portal-history`)
      .set('authorization', auth);
    expect(history.body.map((e: { type: string }) => e.type)).toEqual([
      'invited',
      'link_opened',
      'registered',
    ]);
    const activity = await t.db
      .select()
      .from(schema.activityEvents)
      .where(eq(schema.activityEvents.contactId, contact.id));
    expect(activity).toEqual([
      expect.objectContaining({ type: 'sign_in', detail: { method: 'invitation' } }),
    ]);
    // The token is single use.
    const again = await accept(token);
    expectProblem(again, 410);
    expect(again.body.code).toBe('invitation_used');
    expect((await portal().get(`/portal/v1/invitations/${token}`)).body.state).toBe('used');
  });

  it('refuses short and common passwords with clear messages, and keeps the invitation usable', async () => {
    const { token } = await invited();
    const short = await accept(token, 'short');
    expectProblem(short, 400, 'password');
    expect(short.body.detail).toMatch(/at least 10 characters/);
    const common = await accept(token, 'password123');
    expectProblem(common, 400, 'password');
    expect(common.body.detail).toMatch(/most common/);
    expect((await accept(token)).status).toBe(200);
  });

  it('answers 410 with a reason for expired and replaced links, 404 for unknown ones', async () => {
    const a = await invited();
    await t.db
      .update(schema.invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.invitations.id, a.invitationId));
    const expired = await accept(a.token);
    expectProblem(expired, 410);
    expect(expired.body).toMatchObject({ code: 'invitation_expired' });
    expect(expired.body.detail).toMatch(/new invitation/);

    const b = await invited();
    await portal().post(`/api/v1/contacts/${b.contact.id}/invitation/resend`).set('authorization', b.auth);
    expect((await accept(b.token)).body.code).toBe('invitation_revoked');
    expectProblem(await accept('u'.repeat(43)), 404);
  });
});

describe('password sign-in and sessions', () => {
  it('signs in, refuses wrong passwords and unknown emails alike, and records the method', async () => {
    const { org } = await signedInOrg(t);
    const c = await makeEnrolledContact(t.db, org.id);
    const ok = await signIn(c.email as string);
    expect(ok.status).toBe(200);
    const claims = JSON.parse(Buffer.from(ok.body.accessToken.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ aud: 'portal', sub: c.id });
    const wrong = await signIn(c.email as string, 'not the password');
    const unknown = await signIn('nobody@nowhere.test', 'not the password');
    expectProblem(wrong, 401);
    expectProblem(unknown, 401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    const [activity] = await t.db
      .select()
      .from(schema.activityEvents)
      .where(eq(schema.activityEvents.contactId, c.id));
    expect(activity?.detail).toEqual({ method: 'password' });
  });

  it('keeps office and portal tokens apart', async () => {
    const { org, auth } = await signedInOrg(t);
    const c = await makeEnrolledContact(t.db, org.id);
    const session = await signIn(c.email as string);
    expectProblem(await me(auth.slice(7)), 401);
    expectProblem(
      await portal().get('/api/v1/me').set('authorization', `Bearer ${session.body.accessToken}`),
      401,
    );
  });

  it('rotates refresh tokens and revokes the family on reuse; sign-out and sign-out everywhere end sessions', async () => {
    const { org } = await signedInOrg(t);
    const c = await makeEnrolledContact(t.db, org.id);
    const first = refreshCookie(await signIn(c.email as string));
    const refreshed = await portal().post('/portal/v1/auth/refresh').set('cookie', first);
    expect(refreshed.status).toBe(200);
    const second = refreshCookie(refreshed);
    expectProblem(await portal().post('/portal/v1/auth/refresh').set('cookie', first), 401);
    expectProblem(await portal().post('/portal/v1/auth/refresh').set('cookie', second), 401);

    const other = await signIn(c.email as string);
    const out = await portal().post('/portal/v1/auth/sign-out').set('cookie', refreshCookie(other));
    expect(out.status).toBe(204);
    expectProblem(await portal().post('/portal/v1/auth/refresh').set('cookie', refreshCookie(other)), 401);

    const laptop = await signIn(c.email as string);
    const phone = await signIn(c.email as string);
    const everywhere = await portal()
      .post('/portal/v1/auth/sign-out-everywhere')
      .set('authorization', `Bearer ${phone.body.accessToken}`);
    expect(everywhere.status).toBe(204);
    expectProblem(await portal().post('/portal/v1/auth/refresh').set('cookie', refreshCookie(laptop)), 401);
  });

  it('rate limits sign-in per email with 429 and Retry-After', async () => {
    const { org } = await signedInOrg(t);
    const c = await makeEnrolledContact(t.db, org.id);
    for (let i = 0; i < 5; i++) await signIn(c.email as string, 'wrong password!');
    const limited = await signIn(c.email as string);
    expectProblem(limited, 429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('suspension', () => {
  it('cuts a live session at once, shows the note at sign-in, and reinstating restores access', async () => {
    const { org, auth } = await signedInOrg(t);
    const c = await makeEnrolledContact(t.db, org.id);
    const session = await signIn(c.email as string);
    expect((await me(session.body.accessToken)).status).toBe(200);

    const suspend = await portal()
      .post(`/api/v1/contacts/${c.id}/suspend`)
      .set('authorization', auth)
      .send({ note: 'Please call the office on 555 0100.' });
    expect(suspend.status).toBe(204);
    const cut = await me(session.body.accessToken);
    expectProblem(cut, 403);
    expect(cut.body).toMatchObject({
      code: 'suspended',
      suspendedNote: 'Please call the office on 555 0100.',
    });
    expectProblem(await portal().post('/portal/v1/auth/refresh').set('cookie', refreshCookie(session)), 401);
    const refused = await signIn(c.email as string);
    expectProblem(refused, 403);
    expect(refused.body.suspendedNote).toBe('Please call the office on 555 0100.');
    // Suspension is revealed only to someone who knows the password.
    expectProblem(await signIn(c.email as string, 'wrong password!'), 401);

    // Suspending twice is refused rather than overwriting the first note.
    expectProblem(
      await portal()
        .post(`/api/v1/contacts/${c.id}/suspend`)
        .set('authorization', auth)
        .send({ note: 'again' }),
      422,
    );
    expect(
      (await portal().post(`/api/v1/contacts/${c.id}/reinstate`).set('authorization', auth)).status,
    ).toBe(204);
    expect((await signIn(c.email as string)).status).toBe(200);
    const history = await portal().get(`/api/v1/contacts/${c.id}/portal-history`).set('authorization', auth);
    expect(history.body.map((e: { type: string }) => e.type)).toEqual(['suspended', 'reinstated']);
    expect(history.body[0].detail).toEqual({ note: 'Please call the office on 555 0100.' });
  });

  it("needs access.manage, and 404s other organizations' contacts", async () => {
    const staff = await signedInOrg(t, { permissions: ['contacts.write'] });
    const c = await makeEnrolledContact(t.db, staff.org.id);
    expectProblem(
      await portal()
        .post(`/api/v1/contacts/${c.id}/suspend`)
        .set('authorization', staff.auth)
        .send({ note: 'x' }),
      403,
    );
    const admin = await signedInOrg(t);
    expectProblem(
      await portal()
        .post(`/api/v1/contacts/${c.id}/suspend`)
        .set('authorization', admin.auth)
        .send({ note: 'x' }),
      404,
    );
    const [row] = await t.db.select().from(schema.contacts).where(eq(schema.contacts.id, c.id));
    expect(row?.suspended).toBe(false);
  });
});

describe('views', () => {
  it('gives a client-group user the group or one client, and refuses a client outside the group', async () => {
    const { org } = await signedInOrg(t);
    const group = await makeClientGroup(t.db, org.id, { name: 'Holdings' });
    const a1 = await makeAccount(t.db, org.id, { clientGroupId: group.id, name: 'Alpha' });
    const a2 = await makeAccount(t.db, org.id, { clientGroupId: group.id, name: 'Beta' });
    const outside = await makeAccount(t.db, org.id, { name: 'Gamma' });
    const c = await makeEnrolledContact(t.db, org.id, { clientGroupId: group.id });
    const session = await signIn(c.email as string);
    const res = await me(session.body.accessToken);
    expect(res.body.defaultView).toBe(`group:${group.id}`);
    expect(res.body.views.map((v: { key: string; name: string }) => [v.key, v.name])).toEqual([
      [`group:${group.id}`, 'Holdings'],
      [`account:${a1.id}`, 'Alpha'],
      [`account:${a2.id}`, 'Beta'],
    ]);
    expect((await me(session.body.accessToken, `account:${a2.id}`)).status).toBe(200);
    expectProblem(await me(session.body.accessToken, `account:${outside.id}`), 403);
    expectProblem(await me(session.body.accessToken, 'everything'), 400);
  });

  it('gives other contacts their accounts, from account and building links', async () => {
    const { org } = await signedInOrg(t);
    const direct = await makeAccount(t.db, org.id, { name: 'Direct' });
    const viaSite = await makeAccount(t.db, org.id, { name: 'Via site' });
    const site = await makeBuilding(t.db, org.id, viaSite.id);
    const c = await makeEnrolledContact(t.db, org.id, { accountId: direct.id, buildingId: site.id });
    const other = await makeOrganization(t.db);
    const foreign = await makeAccount(t.db, other.id);
    const session = await signIn(c.email as string);
    const res = await me(session.body.accessToken);
    expect(res.body.views.map((v: { key: string }) => v.key)).toEqual([
      'all',
      `account:${direct.id}`,
      `account:${viaSite.id}`,
    ]);
    expectProblem(await me(session.body.accessToken, `account:${foreign.id}`), 403);
    const rows = await t.db
      .select()
      .from(schema.portalIdentities)
      .where(and(eq(schema.portalIdentities.contactId, c.id)));
    expect(rows[0]?.signInCount).toBe(1);
  });
});
