import { describe, expect, it } from '@jest/globals';
import { hashToken, schema } from '@portico/db';
import { makeAccount, makeContact, makeOrganization } from '@portico/db/testing';
import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const api = (auth: string) => ({
  get: (url: string) => request(t.app.server).get(`/api/v1${url}`).set('authorization', auth),
  post: (url: string, body?: object) => {
    const req = request(t.app.server).post(`/api/v1${url}`).set('authorization', auth);
    return body ? req.send(body) : req;
  },
  del: (url: string) => request(t.app.server).delete(`/api/v1${url}`).set('authorization', auth),
});

const invitationsOf = (contactId: string) =>
  t.db.select().from(schema.invitations).where(eq(schema.invitations.contactId, contactId));
const contactRow = async (id: string) =>
  (await t.db.select().from(schema.contacts).where(eq(schema.contacts.id, id)))[0];
const outboxFor = async (invitationId: string) =>
  (await t.db.select().from(schema.outbox)).filter((r) => r.payload.invitationId === invitationId);

describe('single invitations', () => {
  it('invites: a pending invitation, its email and expiry queued in the outbox, and the history', async () => {
    const { org, user, auth } = await signedInOrg(t);
    const c = await makeContact(t.db, org.id);
    const res = await api(auth).post(`/contacts/${c.id}/invitation`);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ contactId: c.id, status: 'pending', deliveryState: 'queued' });
    const days = (new Date(res.body.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(2.99);
    expect(days).toBeLessThanOrEqual(3);
    expect((await contactRow(c.id))?.inviteStatus).toBe('invited');

    const jobs = await outboxFor(res.body.id);
    expect(jobs.map((j) => j.job).sort()).toEqual(['invitation.expire', 'invitation.send']);
    expect(jobs.find((j) => j.job === 'invitation.expire')?.runAt?.toISOString()).toBe(res.body.expiresAt);
    // Jobs carry ids, never a token.
    for (const j of jobs) expect(Object.keys(j.payload)).toEqual(['invitationId']);

    const history = await api(auth).get(`/contacts/${c.id}/portal-history`);
    expect(history.body).toEqual([
      expect.objectContaining({
        type: 'invited',
        invitationId: res.body.id,
        actor: { type: 'office_user', id: user.id, name: user.name },
      }),
    ]);
    const listed = await api(auth).get('/contacts?portalStatus=invited');
    expect(listed.body.items.map((x: { id: string }) => x.id)).toEqual([c.id]);
  });

  it('uses the organization expiry setting', async () => {
    const { org, auth } = await signedInOrg(t);
    await t.db
      .update(schema.organizations)
      .set({ inviteExpiryDays: 7 })
      .where(eq(schema.organizations.id, org.id));
    const c = await makeContact(t.db, org.id);
    const res = await api(auth).post(`/contacts/${c.id}/invitation`);
    expect(Math.round((new Date(res.body.expiresAt).getTime() - Date.now()) / 86_400_000)).toBe(7);
  });

  it('refuses contacts without email (422), suspended (422) and enrolled (409) with clear problems', async () => {
    const { org, auth } = await signedInOrg(t);
    const noEmail = await makeContact(t.db, org.id, { email: null });
    const suspended = await makeContact(t.db, org.id, { suspended: true, inviteStatus: 'enrolled' });
    const enrolled = await makeContact(t.db, org.id, { inviteStatus: 'enrolled' });
    const a = await api(auth).post(`/contacts/${noEmail.id}/invitation`);
    expectProblem(a, 422, 'email');
    expect(a.body.detail).toMatch(/no email address/);
    const b = await api(auth).post(`/contacts/${suspended.id}/invitation`);
    expectProblem(b, 422);
    expect(b.body.detail).toMatch(/suspended/);
    const c = await api(auth).post(`/contacts/${enrolled.id}/invitation`);
    expectProblem(c, 409);
    expect(c.body.detail).toMatch(/already enrolled/);
    expect(await invitationsOf(noEmail.id)).toHaveLength(0);
  });

  it('resends: the old invitation is revoked, a new one is pending, and the history says resent', async () => {
    const { org, auth } = await signedInOrg(t);
    const c = await makeContact(t.db, org.id);
    const first = await api(auth).post(`/contacts/${c.id}/invitation`);
    const second = await api(auth).post(`/contacts/${c.id}/invitation/resend`);
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.body.id);
    const rows = await invitationsOf(c.id);
    expect(rows.find((r) => r.id === first.body.id)?.status).toBe('revoked');
    expect(rows.find((r) => r.id === second.body.id)?.status).toBe('pending');
    const history = await api(auth).get(`/contacts/${c.id}/portal-history`);
    expect(history.body.map((e: { type: string }) => e.type)).toEqual(['invited', 'resent']);
  });

  it('refuses to resend to a contact never invited', async () => {
    const { org, auth } = await signedInOrg(t);
    const c = await makeContact(t.db, org.id);
    expectProblem(await api(auth).post(`/contacts/${c.id}/invitation/resend`), 422);
  });

  it('revokes a pending invitation; the contact is not invited again', async () => {
    const { org, auth } = await signedInOrg(t);
    const c = await makeContact(t.db, org.id);
    await api(auth).post(`/contacts/${c.id}/invitation`);
    expect((await api(auth).del(`/contacts/${c.id}/invitation`)).status).toBe(204);
    expect((await contactRow(c.id))?.inviteStatus).toBe('not_invited');
    expect((await invitationsOf(c.id))[0]?.status).toBe('revoked');
    expectProblem(await api(auth).del(`/contacts/${c.id}/invitation`), 422);
    const history = await api(auth).get(`/contacts/${c.id}/portal-history`);
    expect(history.body.map((e: { type: string }) => e.type)).toEqual(['invited', 'revoked']);
  });

  it('needs invitations.send', async () => {
    const { org, auth } = await signedInOrg(t, { permissions: ['contacts.write', 'access.manage'] });
    const c = await makeContact(t.db, org.id);
    expectProblem(await api(auth).post(`/contacts/${c.id}/invitation`), 403);
    expectProblem(
      await api(auth).post('/contacts', { firstName: 'A', email: 'a@x.test', invite: true }),
      403,
    );
    const created = await api(auth).get('/contacts?q=a%40x.test');
    expect(created.body.total).toBe(0);
  });

  it('invites on creation when asked, and automatically when the organization says so', async () => {
    const { org, auth } = await signedInOrg(t);
    const asked = await api(auth).post('/contacts', { firstName: 'Ask', email: 'ask@x.test', invite: true });
    expect(asked.body.portalStatus).toBe('invited');
    const notAsked = await api(auth).post('/contacts', { firstName: 'No', email: 'no@x.test' });
    expect(notAsked.body.portalStatus).toBe('not_invited');
    const noEmail = await api(auth).post('/contacts', { firstName: 'Nomail', invite: true });
    expectProblem(noEmail, 422, 'email');

    await t.db
      .update(schema.organizations)
      .set({ autoInviteNewContacts: true })
      .where(eq(schema.organizations.id, org.id));
    const auto = await api(auth).post('/contacts', { firstName: 'Auto', email: 'auto@x.test' });
    expect(auto.body.portalStatus).toBe('invited');
    const history = await api(auth).get(`/contacts/${auto.body.id}/portal-history`);
    expect(history.body[0]).toMatchObject({ type: 'invited', actor: { type: 'system' } });
    // Without an email, auto-invite simply does not apply.
    expect((await api(auth).post('/contacts', { firstName: 'Quiet' })).body.portalStatus).toBe('not_invited');
  });
});

describe('the invitation link (portal)', () => {
  async function invitedWithToken() {
    const { org, auth } = await signedInOrg(t);
    const c = await makeContact(t.db, org.id, { firstName: 'Lina' });
    const res = await api(auth).post(`/contacts/${c.id}/invitation`);
    // The worker mints the token when it sends; here the test plays that part.
    const token = `test-token-${res.body.id}`;
    await t.db
      .update(schema.invitations)
      .set({ tokenHash: hashToken(token) })
      .where(eq(schema.invitations.id, res.body.id));
    return { org, auth, contact: c, invitationId: res.body.id as string, token };
  }
  const open = (token: string) => request(t.app.server).get(`/portal/v1/invitations/${token}`);

  it('shows a valid link and records link_opened once, on the first call', async () => {
    const { auth, contact, token, org } = await invitedWithToken();
    const first = await open(token);
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.body).toMatchObject({
      state: 'valid',
      contact: { firstName: 'Lina' },
      organization: { name: org.name },
    });
    await open(token);
    const history = await api(auth).get(`/contacts/${contact.id}/portal-history`);
    expect(history.body.map((e: { type: string }) => e.type)).toEqual(['invited', 'link_opened']);
  });

  it('says expired, or revoked after a resend, and 404s an unknown token', async () => {
    const { auth, contact, token, invitationId } = await invitedWithToken();
    await t.db
      .update(schema.invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.invitations.id, invitationId));
    expect((await open(token)).body.state).toBe('expired');
    await api(auth).post(`/contacts/${contact.id}/invitation/resend`);
    expect((await open(token)).body.state).toBe('revoked');
    expectProblem(await open('x'.repeat(43)), 404);
    expectProblem(await open('short'), 400);
    // Opening a dead link is not "opened".
    const history = await api(auth).get(`/contacts/${contact.id}/portal-history`);
    expect(history.body.map((e: { type: string }) => e.type)).not.toContain('link_opened');
  });
});

describe('bulk invite from the contact list', () => {
  it('invites chosen contacts, skips and counts enrolled, suspended and email-less ones', async () => {
    const { org, auth } = await signedInOrg(t);
    const fresh = await makeContact(t.db, org.id);
    const expired = await makeContact(t.db, org.id, { inviteStatus: 'expired' });
    const enrolled = await makeContact(t.db, org.id, { inviteStatus: 'enrolled' });
    const suspended = await makeContact(t.db, org.id, { suspended: true });
    const noEmail = await makeContact(t.db, org.id, { email: null });
    const res = await api(auth).post('/invitations/bulk', {
      contactIds: [fresh.id, expired.id, enrolled.id, suspended.id, noEmail.id],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      invited: 2,
      skipped: { enrolled: 1, suspended: 1, noEmail: 1 },
      replayed: false,
    });
    for (const c of [fresh, expired]) {
      const [inv] = await invitationsOf(c.id);
      expect(inv).toMatchObject({ status: 'pending', batchId: res.body.batchId });
      // Its send; the expiry is one job for the whole batch.
      expect((await outboxFor(inv?.id as string)).map((j) => j.job)).toEqual(['invitation.send']);
      expect((await contactRow(c.id))?.inviteStatus).toBe('invited');
    }
    const expiries = (await t.db.select().from(schema.outbox)).filter(
      (r) => r.payload.batchId === res.body.batchId,
    );
    expect(expiries.map((j) => j.job)).toEqual(['invitationBatch.expire']);
    const history = await api(auth).get(`/contacts/${expired.id}/portal-history`);
    expect(history.body.map((e: { type: string }) => e.type)).toEqual(['resent']);
    expect(await invitationsOf(enrolled.id)).toHaveLength(0);
  });

  it('invites everyone matching the list filter ("select all matching")', async () => {
    const { org, auth } = await signedInOrg(t);
    const account = await makeAccount(t.db, org.id);
    const inAccount = await makeContact(t.db, org.id, { accountId: account.id });
    const elsewhere = await makeContact(t.db, org.id);
    const res = await api(auth).post('/invitations/bulk', { filter: { accountId: account.id } });
    expect(res.body.invited).toBe(1);
    expect(await invitationsOf(inAccount.id)).toHaveLength(1);
    expect(await invitationsOf(elsewhere.id)).toHaveLength(0);
  });

  it('makes one batch of a double submit with the same Idempotency-Key', async () => {
    const { org, auth } = await signedInOrg(t);
    const c = await makeContact(t.db, org.id);
    const send = () =>
      request(t.app.server)
        .post('/api/v1/invitations/bulk')
        .set('authorization', auth)
        .set('idempotency-key', 'click-1')
        .send({ contactIds: [c.id] });
    const [a, b] = await Promise.all([send(), send()]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.batchId).toBe(b.body.batchId);
    expect(a.body.invited).toBe(1);
    expect(b.body.invited).toBe(1);
    expect(await invitationsOf(c.id)).toHaveLength(1);
    const batches = await t.db
      .select()
      .from(schema.invitationBatches)
      .where(eq(schema.invitationBatches.orgId, org.id));
    expect(batches).toHaveLength(1);
  });

  it('refuses both or neither of contactIds and filter, and needs invitations.send', async () => {
    const { auth } = await signedInOrg(t);
    expectProblem(await api(auth).post('/invitations/bulk', {}), 400);
    expectProblem(
      await api(auth).post('/invitations/bulk', { contactIds: [crypto.randomUUID()], filter: {} }),
      400,
    );
    const staff = await signedInOrg(t, { permissions: ['contacts.write'] });
    expectProblem(await api(staff.auth).post('/invitations/bulk', { filter: {} }), 403);
  });

  it("never invites another organization's contacts", async () => {
    const { auth } = await signedInOrg(t);
    const other = await makeOrganization(t.db);
    const foreign = await makeContact(t.db, other.id);
    const res = await api(auth).post('/invitations/bulk', { contactIds: [foreign.id] });
    expect(res.body.invited).toBe(0);
    expect(await invitationsOf(foreign.id)).toHaveLength(0);
    const count = await t.db
      .select()
      .from(schema.invitations)
      .where(and(eq(schema.invitations.orgId, other.id)));
    expect(count).toHaveLength(0);
  });
});
