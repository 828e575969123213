import { describe, expect, it } from '@jest/globals';
import { hashToken, schema } from '@portico/db';
import { makeEnrolledContact, TEST_PASSWORD } from '@portico/db/testing';
import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp({ SIGN_IN_LIMIT_PER_ACCOUNT: '5', SIGN_IN_LIMIT_PER_IP: '10000' });
const portal = () => request(t.app.server);

/** Plays the worker: mints the queued link's token as if it had emailed it. */
async function mintLink(contactId: string, purpose: 'magic_link' | 'password_reset', ttlMs = 600_000) {
  const [link] = await t.db
    .select()
    .from(schema.portalLinks)
    .where(and(eq(schema.portalLinks.contactId, contactId), eq(schema.portalLinks.purpose, purpose)));
  if (!link) throw new Error('no link was queued');
  const token = `link-token-${link.id}`;
  await t.db
    .update(schema.portalLinks)
    .set({ tokenHash: hashToken(token), expiresAt: new Date(Date.now() + ttlMs), deliveryState: 'sent' })
    .where(eq(schema.portalLinks.id, link.id));
  return { token, link };
}

describe('magic links', () => {
  it('queues a link by email only (jobs carry ids), shows it without consuming it, and signs in once', async () => {
    const { org } = await signedInOrg(t);
    const c = await makeEnrolledContact(t.db, org.id);
    const requested = await portal().post('/portal/v1/auth/magic-link').send({ email: c.email });
    expect(requested.status).toBe(202);
    const { token, link } = await mintLink(c.id, 'magic_link');
    const jobs = (await t.db.select().from(schema.outbox)).filter((o) => o.payload.linkId === link.id);
    expect(jobs).toEqual([expect.objectContaining({ job: 'portalLink.send', payload: { linkId: link.id } })]);

    for (let i = 0; i < 3; i++) {
      const shown = await portal().get(`/portal/v1/auth/links/${token}`);
      expect(shown.body).toMatchObject({ purpose: 'magic_link', state: 'valid' });
    }
    const signedIn = await portal().post('/portal/v1/auth/magic-link/sign-in').send({ token });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.me.id).toBe(c.id);
    const again = await portal().post('/portal/v1/auth/magic-link/sign-in').send({ token });
    expectProblem(again, 410);
    expect(again.body.code).toBe('link_used');
    expect((await portal().get(`/portal/v1/auth/links/${token}`)).body.state).toBe('used');
    const [activity] = await t.db
      .select()
      .from(schema.activityEvents)
      .where(eq(schema.activityEvents.contactId, c.id));
    expect(activity?.detail).toEqual({ method: 'magic_link' });
  });

  it('refuses an expired link, and a reset token used as a sign-in link', async () => {
    const { org } = await signedInOrg(t);
    const c = await makeEnrolledContact(t.db, org.id);
    await portal().post('/portal/v1/auth/magic-link').send({ email: c.email });
    const { token } = await mintLink(c.id, 'magic_link', -1000);
    const expired = await portal().post('/portal/v1/auth/magic-link/sign-in').send({ token });
    expectProblem(expired, 410);
    expect(expired.body.code).toBe('link_expired');

    await portal().post('/portal/v1/auth/password-reset').send({ email: c.email });
    const reset = await mintLink(c.id, 'password_reset');
    expectProblem(
      await portal().post('/portal/v1/auth/magic-link/sign-in').send({ token: reset.token }),
      410,
    );
    expect((await portal().get(`/portal/v1/auth/links/${reset.token}`)).body.state).toBe('valid');
  });

  it('answers the same for unknown, known and suspended emails, never faster than the floor', async () => {
    const { org } = await signedInOrg(t);
    const known = await makeEnrolledContact(t.db, org.id);
    const suspended = await makeEnrolledContact(t.db, org.id, { suspended: true });
    const answers = [];
    for (const email of [known.email, 'nobody@nowhere.test', suspended.email]) {
      const started = Date.now();
      const res = await portal().post('/portal/v1/auth/magic-link').send({ email });
      answers.push({ status: res.status, body: res.body, slowEnough: Date.now() - started >= 390 });
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    const links = await t.db
      .select()
      .from(schema.portalLinks)
      .where(eq(schema.portalLinks.contactId, suspended.id));
    expect(links).toHaveLength(0);
  });
});

describe('password reset', () => {
  it('sets a new password from the link, ends other sessions, and the old password stops working', async () => {
    const { org } = await signedInOrg(t);
    const c = await makeEnrolledContact(t.db, org.id);
    const other = await portal()
      .post('/portal/v1/auth/sign-in')
      .send({ email: c.email, password: TEST_PASSWORD });
    const otherCookie = ([] as string[])
      .concat(other.headers['set-cookie'] ?? [])[0]
      ?.split(';')[0] as string;
    await portal().post('/portal/v1/auth/password-reset').send({ email: c.email });
    const { token } = await mintLink(c.id, 'password_reset');
    expectProblem(
      await portal().post('/portal/v1/auth/password-reset/complete').send({ token, password: 'qwertyuiop' }),
      400,
      'password',
    );
    const done = await portal()
      .post('/portal/v1/auth/password-reset/complete')
      .send({ token, password: 'a brand new passphrase' });
    expect(done.status).toBe(200);
    expectProblem(await portal().post('/portal/v1/auth/refresh').set('cookie', otherCookie), 401);
    expectProblem(
      await portal().post('/portal/v1/auth/sign-in').send({ email: c.email, password: TEST_PASSWORD }),
      401,
    );
    expect(
      (
        await portal()
          .post('/portal/v1/auth/sign-in')
          .send({ email: c.email, password: 'a brand new passphrase' })
      ).status,
    ).toBe(200);
    expectProblem(
      await portal()
        .post('/portal/v1/auth/password-reset/complete')
        .send({ token, password: 'another new passphrase' }),
      410,
    );
  });

  it('lets the office send an enrolled contact a reset link, recorded in the history', async () => {
    const { org, auth, user } = await signedInOrg(t);
    const c = await makeEnrolledContact(t.db, org.id);
    const res = await portal().post(`/api/v1/contacts/${c.id}/password-reset`).set('authorization', auth);
    expect(res.status).toBe(202);
    await mintLink(c.id, 'password_reset');
    const history = await portal().get(`/api/v1/contacts/${c.id}/portal-history`).set('authorization', auth);
    expect(history.body).toEqual([
      expect.objectContaining({
        type: 'password_reset_requested',
        actor: expect.objectContaining({ id: user.id }),
      }),
    ]);
    const notEnrolled = await portal()
      .post('/api/v1/contacts')
      .set('authorization', auth)
      .send({ firstName: 'New', email: 'new@x.test' });
    expectProblem(
      await portal()
        .post(`/api/v1/contacts/${notEnrolled.body.id}/password-reset`)
        .set('authorization', auth),
      422,
    );
  });

  it('rate limits link requests per email', async () => {
    const { org } = await signedInOrg(t);
    const c = await makeEnrolledContact(t.db, org.id);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await portal().post('/portal/v1/auth/password-reset').send({ email: c.email })).status);
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });
});
