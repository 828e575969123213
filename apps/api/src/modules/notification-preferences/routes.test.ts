import { describe, expect, it } from '@jest/globals';
import { signUnsubscribeToken } from '@portico/core';
import { makeEnrolledContact, makeOrganization } from '@portico/db/testing';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const portalAuth = (contact: { id: string; orgId: string }) =>
  `Bearer ${t.app.signPortalAccessToken(contact)}`;
const choices = (body: { preferences: { category: string; choice: string }[] }) =>
  Object.fromEntries(body.preferences.map((p) => [p.category, p.choice]));

async function contact() {
  const org = await makeOrganization(t.db);
  return makeEnrolledContact(t.db, org.id);
}

describe('portal notification preferences', () => {
  it('starts at immediately for every category, and saves changes', async () => {
    const c = await contact();
    const auth = portalAuth(c);
    const first = await request(t.app.server)
      .get('/portal/v1/me/notification-preferences')
      .set('authorization', auth);
    expect(first.status).toBe(200);
    const untouched = { choice: 'immediately', updatedAt: null, updatedBy: null };
    const withDigest = ['immediately', 'daily', 'off'];
    expect(first.body.preferences).toEqual([
      { category: 'new_documents', ...untouched, choices: withDigest },
      { category: 'invoices_due', ...untouched, choices: withDigest },
      { category: 'proposals', ...untouched, choices: withDigest },
      { category: 'service_requests', ...untouched, choices: ['immediately', 'off'] },
      { category: 'messages', ...untouched, choices: ['immediately', 'off'] },
    ]);

    const put = await request(t.app.server)
      .put('/portal/v1/me/notification-preferences')
      .set('authorization', auth)
      .send({
        preferences: [
          { category: 'invoices_due', choice: 'daily' },
          { category: 'proposals', choice: 'off' },
        ],
      });
    expect(put.status).toBe(200);
    expect(choices(put.body)).toEqual({
      new_documents: 'immediately',
      invoices_due: 'daily',
      proposals: 'off',
      service_requests: 'immediately',
      messages: 'immediately',
    });
    const invoices = put.body.preferences.find((p: { category: string }) => p.category === 'invoices_due');
    expect(invoices).toMatchObject({ updatedBy: 'contact', updatedAt: expect.any(String) });

    // Only what is listed changes.
    const again = await request(t.app.server)
      .put('/portal/v1/me/notification-preferences')
      .set('authorization', auth)
      .send({ preferences: [{ category: 'proposals', choice: 'immediately' }] });
    expect(choices(again.body)).toEqual({
      new_documents: 'immediately',
      invoices_due: 'daily',
      proposals: 'immediately',
      service_requests: 'immediately',
      messages: 'immediately',
    });
  });

  it.each([
    ['an unknown choice', { preferences: [{ category: 'proposals', choice: 'weekly' }] }],
    ['an unknown category', { preferences: [{ category: 'newsletters', choice: 'off' }] }],
    ['a digest of message replies', { preferences: [{ category: 'messages', choice: 'daily' }] }],
    ['no preferences', { preferences: [] }],
    ['an extra field', { preferences: [{ category: 'proposals', choice: 'off', email: 'x' }] }],
    [
      'a category twice',
      {
        preferences: [
          { category: 'proposals', choice: 'off' },
          { category: 'proposals', choice: 'daily' },
        ],
      },
    ],
  ])('refuses %s with a 400 problem', async (_what, body) => {
    const c = await contact();
    const res = await request(t.app.server)
      .put('/portal/v1/me/notification-preferences')
      .set('authorization', portalAuth(c))
      .send(body);
    expectProblem(res, 400);
  });

  it('needs a portal session', async () => {
    const res = await request(t.app.server).get('/portal/v1/me/notification-preferences');
    expectProblem(res, 401);
  });
});

describe('one-click unsubscribe', () => {
  const sign = (contactId: string, categories: ('new_documents' | 'invoices_due' | 'proposals')[]) =>
    signUnsubscribeToken(t.config.unsubscribeKey, { contactId, categories });

  it('GET shows what the link turns off and changes nothing', async () => {
    const c = await contact();
    const token = sign(c.id, ['invoices_due']);
    const res = await request(t.app.server).get('/portal/v1/unsubscribe').query({ token });
    expect(res.status).toBe(200);
    expect(res.body.categories).toEqual(['invoices_due']);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(choices(res.body).invoices_due).toBe('immediately');
    const after = await request(t.app.server)
      .get('/portal/v1/me/notification-preferences')
      .set('authorization', portalAuth(c));
    expect(choices(after.body).invoices_due).toBe('immediately');
  });

  it("a mail client's RFC 8058 POST turns the category off, and again is still 200", async () => {
    const c = await contact();
    const token = sign(c.id, ['invoices_due']);
    for (let i = 0; i < 2; i++) {
      const res = await request(t.app.server)
        .post(`/portal/v1/unsubscribe?token=${encodeURIComponent(token)}`)
        .type('form')
        .send('List-Unsubscribe=One-Click');
      expect(res.status).toBe(200);
      expect(choices(res.body)).toEqual({
        new_documents: 'immediately',
        invoices_due: 'off',
        proposals: 'immediately',
        service_requests: 'immediately',
        messages: 'immediately',
      });
    }
    const mine = await request(t.app.server)
      .get('/portal/v1/me/notification-preferences')
      .set('authorization', portalAuth(c));
    expect(mine.body.preferences[1]).toMatchObject({
      category: 'invoices_due',
      choice: 'off',
      updatedBy: 'unsubscribe_link',
    });
  });

  it("the portal page's JSON POST turns off every category the link names", async () => {
    const c = await contact();
    const res = await request(t.app.server)
      .post('/portal/v1/unsubscribe')
      .send({ token: sign(c.id, ['new_documents', 'proposals']) });
    expect(res.status).toBe(200);
    expect(choices(res.body)).toEqual({
      new_documents: 'off',
      invoices_due: 'immediately',
      proposals: 'off',
      service_requests: 'immediately',
      messages: 'immediately',
    });
  });

  it('refuses tampered, foreign-key and missing tokens, changing nothing', async () => {
    const victim = await contact();
    const attacker = await contact();
    const own = sign(attacker.id, ['invoices_due']);
    const [, codes, mac] = own.split('.');
    const tampered = [
      `${victim.id}.${codes}.${mac}`, // another contact, same signature
      `${attacker.id}.dip.${mac}`, // more categories
      `${own.slice(0, -2)}AA`, // signature altered
      signUnsubscribeToken(Buffer.from('another key of at least thirty two bytes'), {
        contactId: victim.id,
        categories: ['invoices_due'],
      }),
      'not-a-token',
    ];
    for (const token of tampered) {
      expectProblem(await request(t.app.server).post('/portal/v1/unsubscribe').send({ token }), 400);
      expectProblem(await request(t.app.server).get('/portal/v1/unsubscribe').query({ token }), 400);
    }
    expectProblem(await request(t.app.server).post('/portal/v1/unsubscribe').send({}), 400);
    const victims = await request(t.app.server)
      .get('/portal/v1/me/notification-preferences')
      .set('authorization', portalAuth(victim));
    expect(victims.body.preferences.every((p: { choice: string }) => p.choice === 'immediately')).toBe(true);
  });
});

describe('the office view of a contact', () => {
  it("shows the contact's choices, and 404s another organization's contact", async () => {
    const { org, auth } = await signedInOrg(t);
    const c = await makeEnrolledContact(t.db, org.id);
    await request(t.app.server)
      .put('/portal/v1/me/notification-preferences')
      .set('authorization', portalAuth(c))
      .send({ preferences: [{ category: 'new_documents', choice: 'daily' }] });
    const res = await request(t.app.server)
      .get(`/api/v1/contacts/${c.id}/notification-preferences`)
      .set('authorization', auth);
    expect(res.status).toBe(200);
    expect(choices(res.body)).toEqual({
      new_documents: 'daily',
      invoices_due: 'immediately',
      proposals: 'immediately',
      service_requests: 'immediately',
      messages: 'immediately',
    });
    expect(res.body.preferences[0]).toMatchObject({ updatedBy: 'contact' });

    const stranger = await contact();
    expectProblem(
      await request(t.app.server)
        .get(`/api/v1/contacts/${stranger.id}/notification-preferences`)
        .set('authorization', auth),
      404,
    );
    expectProblem(
      await request(t.app.server)
        .get(`/api/v1/contacts/not-a-uuid/notification-preferences`)
        .set('authorization', auth),
      400,
    );
    // A portal token is not an office token.
    expectProblem(
      await request(t.app.server)
        .get(`/api/v1/contacts/${c.id}/notification-preferences`)
        .set('authorization', portalAuth(c)),
      401,
    );
  });
});
