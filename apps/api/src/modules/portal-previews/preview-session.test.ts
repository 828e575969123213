import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import {
  makeAccount,
  makeBuilding,
  makeContact,
  makeDocument,
  makeEnrolledContact,
  makeOfficeUser,
  makeOrganization,
} from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { allAreas } from '../../../test/portal-client';
import { expectProblem } from '../../../test/problem';
import { useTestApp } from '../../../test/test-app';

const t = useTestApp();

/** An office user with access.manage, and a contact with a document to look at. */
async function scene(contactFields: Parameters<typeof makeContact>[2] = {}) {
  const org = await makeOrganization(t.db);
  const user = await makeOfficeUser(t.db, org.id, { permissions: ['access.manage'] });
  const account = await makeAccount(t.db, org.id, { name: 'Acme Holdings' });
  const building = await makeBuilding(t.db, org.id, account.id, { name: 'North Tower' });
  const contact = await makeEnrolledContact(t.db, org.id, {
    accountId: account.id,
    ...allAreas,
    ...contactFields,
  });
  const document = await makeDocument(t.db, org.id, { accountId: account.id, buildingId: building.id });
  return { org, user, account, building, contact, document };
}

async function startPreview(user: { id: string; orgId: string }, contactId: string) {
  const res = await request(t.app.server)
    .post(`/api/v1/contacts/${contactId}/portal-preview`)
    .set('authorization', `Bearer ${t.app.signOfficeAccessToken(user)}`);
  expect(res.status).toBe(201);
  const code = new URLSearchParams(new URL(res.body.url).hash.slice(1)).get('code') as string;
  return { id: res.body.id as string, code };
}

const openPreview = (code: string) => request(t.app.server).post('/portal/v1/auth/preview').send({ code });

async function previewToken(user: { id: string; orgId: string }, contactId: string) {
  const { code, id } = await startPreview(user, contactId);
  const res = await openPreview(code);
  expect(res.status).toBe(200);
  return { id, token: `Bearer ${res.body.accessToken}`, session: res.body };
}

const portalGet = (url: string, authorization: string) =>
  request(t.app.server).get(`/portal/v1${url}`).set('authorization', authorization);

const activityOf = (contactId: string) =>
  t.db.query.activityEvents.findMany({ where: (e, { eq: is }) => is(e.contactId, contactId) });

describe('POST /portal/v1/auth/preview', () => {
  it('trades the code for a read-only session of the contact, with no refresh cookie', async () => {
    const { user, contact } = await scene();
    const { code, id } = await startPreview(user, contact.id);
    const res = await openPreview(code);
    expect(res.status).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatchObject({
      tokenType: 'Bearer',
      me: { id: contact.id, firstName: contact.firstName, lastName: contact.lastName },
      preview: { id, officeUserName: user.name, contactStatus: 'enrolled' },
    });
    expect(res.body.expiresIn).toBeGreaterThan(25 * 60);
    expect(res.body.expiresIn).toBeLessThanOrEqual(30 * 60);
    const row = await t.db.query.portalPreviews.findFirst({ where: (p, { eq: is }) => is(p.id, id) });
    expect(row?.codeUsedAt).toBeInstanceOf(Date);
    // No sign-in is recorded: the office looking is not the customer's use.
    expect(await activityOf(contact.id)).toEqual([]);
  });

  it('uses a code once: a second POST answers 410, an unknown code 404', async () => {
    const { user, contact } = await scene();
    const { code } = await startPreview(user, contact.id);
    const [a, b] = await Promise.all([openPreview(code), openPreview(code)]);
    expect([a.status, b.status].sort()).toEqual([200, 410]);
    const again = await openPreview(code);
    expectProblem(again, 410);
    expect(again.body.code).toBe('preview_used');
    expectProblem(await openPreview('x'.repeat(43)), 404);
    expectProblem(await openPreview('short'), 400);
  });

  it('refuses an expired code with 410', async () => {
    const { user, contact } = await scene();
    const { code, id } = await startPreview(user, contact.id);
    await t.db
      .update(schema.portalPreviews)
      .set({ codeExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.portalPreviews.id, id));
    const res = await openPreview(code);
    expectProblem(res, 410);
    expect(res.body.code).toBe('preview_expired');
  });

  it('cannot be refreshed: there is no refresh cookie, and the refresh route answers 401', async () => {
    const { user, contact } = await scene();
    const { code } = await startPreview(user, contact.id);
    const agent = request.agent(t.app.server);
    expect((await agent.post('/portal/v1/auth/preview').send({ code })).status).toBe(200);
    expectProblem(await agent.post('/portal/v1/auth/refresh'), 401);
  });
});

describe('reading in preview', () => {
  it('answers exactly what the contact sees, and records no activity', async () => {
    const { user, contact, document, org } = await scene();
    // Something the contact may not see, to show the preview is not the office's wider view.
    const elsewhere = await makeAccount(t.db, org.id);
    await makeDocument(t.db, org.id, { accountId: elsewhere.id });
    const { token } = await previewToken(user, contact.id);
    const own = `Bearer ${t.app.signPortalAccessToken(contact)}`;

    for (const url of [
      '/me',
      '/buildings',
      '/documents',
      '/assets',
      '/defects',
      '/quotes',
      '/tasks',
      '/dashboard',
    ]) {
      const [previewed, seen] = await Promise.all([portalGet(url, token), portalGet(url, own)]);
      expect({ url, status: previewed.status }).toEqual({ url, status: 200 });
      expect(previewed.body).toEqual(seen.body);
    }
    await t.db.delete(schema.activityEvents).where(eq(schema.activityEvents.contactId, contact.id));

    const one = await portalGet(`/documents/${document.id}`, token);
    expect(one.status).toBe(200);
    expect(one.body.id).toBe(document.id);
    expect((await portalGet('/search?q=North', token)).status).toBe(200);
    const data = Buffer.from('%PDF-1.4\n%preview\n');
    const [file] = await t.db
      .insert(schema.files)
      .values({
        orgId: org.id,
        filename: 'a.pdf',
        contentType: 'application/pdf',
        byteSize: data.length,
        sha256: 'x',
        data,
      })
      .returning();
    await t.db.update(schema.documents).set({ fileId: file?.id }).where(eq(schema.documents.id, document.id));
    const pdf = await portalGet(`/documents/${document.id}/file`, token).buffer(true);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(await activityOf(contact.id)).toEqual([]);

    // The same reads with the customer's own token do count.
    await portalGet(`/documents/${document.id}`, own);
    await portalGet('/search?q=North', own);
    await portalGet(`/documents/${document.id}/file`, own).buffer(true);
    expect((await activityOf(contact.id)).map((e) => e.type).sort()).toEqual([
      'document_downloaded',
      'document_viewed',
      'search',
    ]);
  });

  it('shows a contact not yet enrolled, or suspended, what they would see, and says which', async () => {
    const { user, org, account } = await scene();
    const invitee = await makeContact(t.db, org.id, { accountId: account.id, ...allAreas });
    const notYet = await previewToken(user, invitee.id);
    expect(notYet.session.preview.contactStatus).toBe('not_invited');
    const docs = await portalGet('/documents', notYet.token);
    expect(docs.status).toBe(200);
    expect(docs.body.items).toHaveLength(1);

    const suspended = await makeEnrolledContact(t.db, org.id, {
      accountId: account.id,
      suspended: true,
      suspendedNote: 'Call us',
    });
    const frozen = await previewToken(user, suspended.id);
    expect(frozen.session.preview.contactStatus).toBe('suspended');
    expect((await portalGet('/me', frozen.token)).status).toBe(200);
  });
});

describe('ending a preview', () => {
  it('"End preview" stops the token at once and is recorded', async () => {
    const { user, contact } = await scene();
    const { id, token } = await previewToken(user, contact.id);
    const end = await request(t.app.server).delete('/portal/v1/preview').set('authorization', token);
    expect(end.status).toBe(204);
    const after = await portalGet('/me', token);
    expectProblem(after, 401);
    expect(after.body.code).toBe('preview_ended');
    const row = await t.db.query.portalPreviews.findFirst({ where: (p, { eq: is }) => is(p.id, id) });
    expect(row?.endedAt).toBeInstanceOf(Date);
  });

  it('ends when it expires, or when the office user loses access.manage or is deactivated', async () => {
    const { user, contact, org } = await scene();
    const expired = await previewToken(user, contact.id);
    await t.db
      .update(schema.portalPreviews)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.portalPreviews.id, expired.id));
    expectProblem(await portalGet('/me', expired.token), 401);

    const live = await previewToken(user, contact.id);
    expect((await portalGet('/me', live.token)).status).toBe(200);
    await t.db
      .update(schema.roles)
      .set({ permissions: ['reports.read'] })
      .where(eq(schema.roles.id, user.roleId));
    expectProblem(await portalGet('/me', live.token), 401);

    const colleague = await makeOfficeUser(t.db, org.id, { permissions: ['access.manage'] });
    const theirs = await previewToken(colleague, contact.id);
    await t.db
      .update(schema.officeUsers)
      .set({ active: false })
      .where(eq(schema.officeUsers.id, colleague.id));
    expectProblem(await portalGet('/me', theirs.token), 401);
  });

  it("is only for previews: a customer's own session gets 404", async () => {
    const { contact } = await scene();
    const res = await request(t.app.server)
      .delete('/portal/v1/preview')
      .set('authorization', `Bearer ${t.app.signPortalAccessToken(contact)}`);
    expectProblem(res, 404);
  });

  it('refuses a token whose preview claims were tampered with', async () => {
    const { user, contact, org } = await scene();
    const other = await makeEnrolledContact(t.db, org.id);
    const { id } = await previewToken(user, contact.id);
    // A token naming the preview but another contact (needs the secret, so only a bug could mint it).
    const forged = t.app.jwt.sign(
      { sub: other.id, org: org.id, pvw: id, ofc: user.id },
      { aud: 'portal', expiresIn: '60s' },
    );
    expectProblem(await portalGet('/me', `Bearer ${forged}`), 401);
    const malformed = t.app.jwt.sign(
      { sub: contact.id, org: org.id, pvw: 'x' },
      { aud: 'portal', expiresIn: '60s' },
    );
    expectProblem(await portalGet('/me', `Bearer ${malformed}`), 401);
  });
});
