import { describe, expect, it } from '@jest/globals';
import { printInvitationLetter } from '@portico/core';
import { hashToken, schema } from '@portico/db';
import { makeContact, makeOrganization } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

// A contact invited by letter has no email; accepting asks for the one it will sign in with.
const t = useTestApp({ SIGN_IN_LIMIT_PER_IP: '1000' });
const PASSWORD = 'a long and unusual passphrase 42';

const portal = () => request(t.app.server);
const accept = (token: string, body: Record<string, unknown>) =>
  portal().post(`/portal/v1/invitations/${token}/accept`).send(body);
const contactRow = async (id: string) =>
  (await t.db.select().from(schema.contacts).where(eq(schema.contacts.id, id)))[0];

/** A contact without an email, a letter printed for them, and its code redeemed: the accept page's token. */
async function letterInvitee() {
  const office = await signedInOrg(t);
  const contact = await makeContact(t.db, office.org.id, { email: null, firstName: 'Noor' });
  const ctx = {
    orgId: office.org.id,
    actor: { type: 'office_user' as const, id: office.user.id },
    permissions: ['invitations.send' as const],
  };
  const batch = await t.db.transaction((tx) => printInvitationLetter(tx, ctx, contact.id));
  const code = batch.letters[0]?.code as string;
  const redeemed = await portal().post('/portal/v1/invitation-codes/redeem').send({ code });
  expect(redeemed.status).toBe(200);
  return { ...office, contact, token: redeemed.body.token as string };
}

/** A contact with an email, invited by email; the test plays the worker and knows the token. */
async function emailInvitee() {
  const office = await signedInOrg(t);
  const contact = await makeContact(t.db, office.org.id);
  const res = await portal()
    .post(`/api/v1/contacts/${contact.id}/invitation`)
    .set('authorization', office.auth);
  expect(res.status).toBe(201);
  const token = `invite-token-${res.body.id}`;
  await t.db
    .update(schema.invitations)
    .set({ tokenHash: hashToken(token) })
    .where(eq(schema.invitations.id, res.body.id));
  return { ...office, contact, token };
}

describe('accepting a letter invitation for a contact without an email', () => {
  it('takes the email given, records it, and the contact signs in with it afterwards', async () => {
    const { contact, token, auth } = await letterInvitee();
    const link = await portal().get(`/portal/v1/invitations/${token}`);
    expect(link.body).toMatchObject({ state: 'valid', needsEmail: true, contact: { email: null } });

    const res = await accept(token, { password: PASSWORD, email: 'Noor.Haddad@Customer.TEST' });
    expect(res.status).toBe(200);
    expect(res.body.me).toMatchObject({ id: contact.id, email: 'noor.haddad@customer.test' });
    expect(await contactRow(contact.id)).toMatchObject({
      email: 'noor.haddad@customer.test',
      inviteStatus: 'enrolled',
    });

    // The office sees it as the contact's email, and the history says where it came from.
    const seen = await portal().get(`/api/v1/contacts/${contact.id}`).set('authorization', auth);
    expect(seen.body.email).toBe('noor.haddad@customer.test');
    const history = await portal()
      .get(`/api/v1/contacts/${contact.id}/portal-history`)
      .set('authorization', auth);
    const registered = history.body.find((e: { type: string }) => e.type === 'registered');
    expect(registered.detail).toEqual({ emailProvidedAtSignUp: true });

    // The point of it all: a way back in.
    const signIn = await portal()
      .post('/portal/v1/auth/sign-in')
      .send({ email: 'noor.haddad@customer.test', password: PASSWORD });
    expect(signIn.status).toBe(200);
    expect(signIn.body.me.id).toBe(contact.id);
    expect((await portal().get(`/portal/v1/invitations/${token}`)).body).toMatchObject({
      state: 'used',
      needsEmail: false,
    });
  });

  it('refuses to accept without an email (400 naming the field), consuming nothing', async () => {
    const { contact, token } = await letterInvitee();
    const missing = await accept(token, { password: PASSWORD });
    expectProblem(missing, 400, 'email');
    expectProblem(await accept(token, { password: PASSWORD, email: '' }), 400, 'email');
    expectProblem(await accept(token, { password: PASSWORD, email: 'not an address' }), 400, 'email');
    expect(await contactRow(contact.id)).toMatchObject({ email: null, inviteStatus: 'invited' });
    // The invitation is still there to accept properly.
    expect((await accept(token, { password: PASSWORD, email: 'noor@customer.test' })).status).toBe(200);
  });

  it('refuses an email another contact of the organization uses (409), not one of another organization', async () => {
    const { org, contact, token } = await letterInvitee();
    await makeContact(t.db, org.id, { email: 'front.desk@customer.test' });
    const elsewhere = await makeOrganization(t.db);
    await makeContact(t.db, elsewhere.id, { email: 'noor.elsewhere@customer.test' });

    const taken = await accept(token, { password: PASSWORD, email: 'Front.Desk@customer.test' });
    expectProblem(taken, 409, 'email');
    expect(taken.body.code).toBe('email_taken');
    expect(await contactRow(contact.id)).toMatchObject({ email: null, inviteStatus: 'invited' });

    const ok = await accept(token, { password: PASSWORD, email: 'noor.elsewhere@customer.test' });
    expect(ok.status).toBe(200);
  });
});

describe('accepting an invitation for a contact with an email', () => {
  it('does not ask for an email and refuses one, leaving the office’s address as it is', async () => {
    const { contact, token, auth } = await emailInvitee();
    expect((await portal().get(`/portal/v1/invitations/${token}`)).body).toMatchObject({
      state: 'valid',
      needsEmail: false,
      contact: { email: contact.email },
    });

    const refused = await accept(token, { password: PASSWORD, email: 'someone.else@customer.test' });
    expectProblem(refused, 400, 'email');
    expect(await contactRow(contact.id)).toMatchObject({ email: contact.email, inviteStatus: 'invited' });

    expect((await accept(token, { password: PASSWORD })).status).toBe(200);
    expect(await contactRow(contact.id)).toMatchObject({ email: contact.email, inviteStatus: 'enrolled' });
    const history = await portal()
      .get(`/api/v1/contacts/${contact.id}/portal-history`)
      .set('authorization', auth);
    const registered = history.body.find((e: { type: string }) => e.type === 'registered');
    expect(registered.detail).toEqual({});
  });
});
