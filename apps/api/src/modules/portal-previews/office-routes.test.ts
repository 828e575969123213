import { describe, expect, it } from '@jest/globals';
import { makeAccount, makeContact, makeOfficeUser, makeOrganization } from '@portico/db/testing';
import request from 'supertest';
import { allAreas } from '../../../test/portal-client';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const office = (auth: string) => ({
  post: (url: string) =>
    request(t.app.server).post(`/api/v1${url}`).set('authorization', auth).set('user-agent', 'Office test'),
  get: (url: string) => request(t.app.server).get(`/api/v1${url}`).set('authorization', auth),
});

describe('POST /api/v1/contacts/{id}/portal-preview', () => {
  it('answers a one-minute link to the portal with the code in the fragment, and audits the start', async () => {
    const { org, user, auth } = await signedInOrg(t);
    const account = await makeAccount(t.db, org.id);
    const contact = await makeContact(t.db, org.id, { accountId: account.id, ...allAreas });
    const before = Date.now();
    const res = await office(auth).post(`/contacts/${contact.id}/portal-preview`);
    expect(res.status).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const url = new URL(res.body.url);
    expect(`${url.origin}${url.pathname}`).toBe(new URL('/preview', t.config.portalUrl).toString());
    expect(url.search).toBe('');
    const code = new URLSearchParams(url.hash.slice(1)).get('code');
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const ttl = Date.parse(res.body.codeExpiresAt) - before;
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(61_000);

    // The audit row: who, whom, from where; the code only as its hash.
    const row = await t.db.query.portalPreviews.findFirst({ where: (p, { eq }) => eq(p.id, res.body.id) });
    expect(row).toMatchObject({
      orgId: org.id,
      officeUserId: user.id,
      officeUserName: user.name,
      contactId: contact.id,
      userAgent: 'Office test',
      codeUsedAt: null,
      endedAt: null,
    });
    expect(row?.ip).toEqual(expect.any(String));
    expect(row?.codeHash).not.toContain(code);
    expect(JSON.stringify(row)).not.toContain(code);

    // The contact's timeline says who looked.
    const history = await office(auth).get(`/contacts/${contact.id}/portal-history`);
    expect(history.body).toEqual([
      expect.objectContaining({
        type: 'previewed_by_office',
        actor: { type: 'office_user', id: user.id, name: user.name },
        detail: { previewId: res.body.id },
      }),
    ]);

    // And the office can list the previews of the contact.
    const list = await office(auth).get(`/contacts/${contact.id}/portal-previews`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual([
      expect.objectContaining({
        id: res.body.id,
        officeUser: { id: user.id, name: user.name },
        openedAt: null,
        endedAt: null,
        userAgent: 'Office test',
      }),
    ]);
  });

  it('needs access.manage: 403 without it, and nothing is recorded', async () => {
    const { org, auth } = await signedInOrg(t, { permissions: ['contacts.write', 'invitations.send'] });
    const contact = await makeContact(t.db, org.id);
    expectProblem(await office(auth).post(`/contacts/${contact.id}/portal-preview`), 403);
    expectProblem(await office(auth).get(`/contacts/${contact.id}/portal-previews`), 403);
    const rows = await t.db.query.portalPreviews.findMany({
      where: (p, { eq }) => eq(p.contactId, contact.id),
    });
    expect(rows).toEqual([]);
  });

  it("answers 404 for another organization's contact, 400 for a malformed id, 401 without a token", async () => {
    const { auth } = await signedInOrg(t);
    const other = await makeOrganization(t.db);
    const theirs = await makeContact(t.db, other.id);
    expectProblem(await office(auth).post(`/contacts/${theirs.id}/portal-preview`), 404);
    expectProblem(await office(auth).get(`/contacts/${theirs.id}/portal-previews`), 404);
    expectProblem(await office(auth).post('/contacts/not-a-uuid/portal-preview'), 400);
    expectProblem(await request(t.app.server).post(`/api/v1/contacts/${theirs.id}/portal-preview`), 401);
    const rows = await t.db.query.portalPreviews.findMany({
      where: (p, { eq }) => eq(p.contactId, theirs.id),
    });
    expect(rows).toEqual([]);
  });

  it("lists only this contact's previews, newest first, by whoever started them", async () => {
    const { org, auth } = await signedInOrg(t);
    const colleague = await makeOfficeUser(t.db, org.id);
    const contact = await makeContact(t.db, org.id);
    const other = await makeContact(t.db, org.id);
    const first = await office(auth).post(`/contacts/${contact.id}/portal-preview`);
    const second = await office(`Bearer ${t.app.signOfficeAccessToken(colleague)}`).post(
      `/contacts/${contact.id}/portal-preview`,
    );
    await office(auth).post(`/contacts/${other.id}/portal-preview`);
    const list = await office(auth).get(`/contacts/${contact.id}/portal-previews`);
    expect(list.body.map((p: { id: string }) => p.id)).toEqual([second.body.id, first.body.id]);
    expect(list.body[0].officeUser.id).toBe(colleague.id);
  });
});
