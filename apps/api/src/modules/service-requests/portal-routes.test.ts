import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import { makeEnrolledContact, makeOfficeUser } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { useTestApp } from '../../../test/test-app';
import { customer, htmlBytes, jpegBytes, pdfBytes, pngBytes, portalRequests } from './test-fixtures';

const t = useTestApp();
const as = portalRequests(t);

async function raise(
  contact: { id: string; orgId: string },
  buildingId: string,
  description = 'Leak in the roof',
) {
  const res = await as(contact).post('/service-requests', { buildingId, description, urgency: 'high' });
  expect(res.status).toBe(201);
  return res.body as { id: string; number: number; status: string };
}

describe('raising a service request', () => {
  it('creates it for a visible building, numbered per organization, with a first history row', async () => {
    const c = await customer(t);
    const first = await raise(c.contact, c.building.id);
    const second = await raise(c.contact, c.second.id, 'Broken gate');
    expect(first).toMatchObject({
      number: 1,
      status: 'received',
      urgency: 'high',
      buildingName: 'Alpha House',
    });
    expect(second.number).toBe(2);
    const detail = await as(c.contact).get(`/service-requests/${first.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.history).toEqual([
      expect.objectContaining({
        fromStatus: null,
        toStatus: 'received',
        actor: expect.objectContaining({ type: 'contact' }),
      }),
    ]);
    expect(detail.body.requestedBy).toMatchObject({ id: c.contact.id });
  });

  it("answers 404 for another customer's building and for a building of another organization", async () => {
    const c = await customer(t);
    const sameOrgOtherCustomer = await customer(t, c.org.id);
    const otherOrg = await customer(t);
    for (const buildingId of [sameOrgOtherCustomer.building.id, otherOrg.building.id]) {
      expectProblem(await as(c.contact).post('/service-requests', { buildingId, description: 'x' }), 404);
    }
    const [n] = await t.db
      .select({ id: schema.serviceRequests.id })
      .from(schema.serviceRequests)
      .where(eq(schema.serviceRequests.orgId, c.org.id));
    expect(n).toBeUndefined();
  });

  it('lets a contact linked to one building raise and see requests for that building only', async () => {
    const c = await customer(t);
    const siteManager = await makeEnrolledContact(t.db, c.org.id, { buildingId: c.building.id });
    const mine = await raise(siteManager, c.building.id);
    expectProblem(
      await as(siteManager).post('/service-requests', { buildingId: c.second.id, description: 'x' }),
      404,
    );
    const onOther = await raise(c.contact, c.second.id);
    const list = await as(siteManager).get('/service-requests');
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([mine.id]);
    expectProblem(await as(siteManager).get(`/service-requests/${onOther.id}`), 404);
    // The account-level colleague sees both, including the site manager's.
    const all = await as(c.contact).get('/service-requests');
    expect(all.body.total).toBe(2);
  });

  it('refuses bad input with 400 problems', async () => {
    const c = await customer(t);
    expectProblem(
      await as(c.contact).post('/service-requests', { buildingId: c.building.id }),
      400,
      'description',
    );
    expectProblem(
      await as(c.contact).post('/service-requests', { buildingId: 'nope', description: 'x' }),
      400,
    );
    expectProblem(
      await as(c.contact).post('/service-requests', {
        buildingId: c.building.id,
        description: 'x',
        urgency: 'whenever',
      }),
      400,
    );
  });
});

describe('access matrix', () => {
  it("answers 404 for another customer's request, its photos and its uploads", async () => {
    const c = await customer(t);
    const other = await customer(t, c.org.id);
    const theirs = await raise(other.contact, other.building.id);
    const photo = await as(other.contact).upload(theirs.id, pngBytes, 'image/png');
    expect(photo.status).toBe(201);
    expectProblem(await as(c.contact).get(`/service-requests/${theirs.id}`), 404);
    expectProblem(await as(c.contact).get(`/service-requests/${theirs.id}/photos/${photo.body.id}`), 404);
    expectProblem(await as(c.contact).upload(theirs.id, pngBytes, 'image/png'), 404);
    expect((await as(c.contact).get('/service-requests')).body.items).toEqual([]);
    // A photo id of another request, under a request the contact sees, is not found either.
    const mine = await raise(c.contact, c.building.id);
    expectProblem(await as(c.contact).get(`/service-requests/${mine.id}/photos/${photo.body.id}`), 404);
  });

  it('refuses every write in a view-as-customer preview', async () => {
    const c = await customer(t);
    const user = await makeOfficeUser(t.db, c.org.id, { permissions: ['access.manage'] });
    const started = await request(t.app.server)
      .post(`/api/v1/contacts/${c.contact.id}/portal-preview`)
      .set('authorization', `Bearer ${t.app.signOfficeAccessToken(user)}`);
    expect(started.status).toBe(201);
    const code = new URLSearchParams(new URL(started.body.url).hash.slice(1)).get('code') as string;
    const opened = await request(t.app.server).post('/portal/v1/auth/preview').send({ code });
    const preview = as(c.contact, `Bearer ${opened.body.accessToken}`);
    expectProblem(
      await preview.post('/service-requests', { buildingId: c.building.id, description: 'x' }),
      403,
    );
    const existing = await raise(c.contact, c.building.id);
    expectProblem(await preview.upload(existing.id, pngBytes, 'image/png'), 403);
    expect((await preview.get('/service-requests')).body.total).toBe(1);
  });
});

describe('photos', () => {
  it('stores PNG and JPEG by their content, and serves them back with nosniff', async () => {
    const c = await customer(t);
    const r = await raise(c.contact, c.building.id);
    const png = await as(c.contact).upload(r.id, pngBytes, 'image/png', 'roof.PNG');
    expect(png.status).toBe(201);
    expect(png.body).toMatchObject({
      contentType: 'image/png',
      filename: 'roof.png',
      byteSize: pngBytes.length,
    });
    // A generic type is fine: the bytes decide.
    const jpeg = await as(c.contact).upload(r.id, jpegBytes, 'application/octet-stream', 'IMG_0001');
    expect(jpeg.body).toMatchObject({ contentType: 'image/jpeg', filename: 'IMG_0001.jpg' });
    const back = await as(c.contact).getBytes(`/service-requests/${r.id}/photos/${png.body.id}`);
    expect(back.status).toBe(200);
    expect(back.headers['content-type']).toBe('image/png');
    expect(back.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(back.body as Buffer, pngBytes)).toBe(0);
    const detail = await as(c.contact).get(`/service-requests/${r.id}`);
    expect(detail.body.photos).toHaveLength(2);
    expect(detail.body.photoCount).toBe(2);
  });

  it('refuses a spoofed type with 422: a PDF or HTML page sent as an image, a PNG sent as JPEG', async () => {
    const c = await customer(t);
    const r = await raise(c.contact, c.building.id);
    expectProblem(await as(c.contact).upload(r.id, pdfBytes, 'image/png'), 422);
    expectProblem(await as(c.contact).upload(r.id, htmlBytes, 'image/jpeg', 'x.jpg'), 422);
    expectProblem(await as(c.contact).upload(r.id, pngBytes, 'image/jpeg'), 422);
    expectProblem(await as(c.contact).upload(r.id, Buffer.alloc(0), 'image/png'), 422);
    // Honest about being HTML, and still no photo; nor is a PNG that says it is text.
    expectProblem(await as(c.contact).upload(r.id, htmlBytes, 'text/html'), 422);
    expectProblem(await as(c.contact).upload(r.id, pngBytes, 'text/plain'), 422);
    expect((await as(c.contact).get(`/service-requests/${r.id}`)).body.photos).toEqual([]);
  });

  it('takes photos only from the requester, and refuses one more than the limit', async () => {
    const c = await customer(t);
    const colleague = await makeEnrolledContact(t.db, c.org.id, { accountId: c.account.id });
    const r = await raise(c.contact, c.building.id);
    expectProblem(await as(colleague).upload(r.id, pngBytes, 'image/png'), 422);
    for (let i = 0; i < 6; i++)
      expect((await as(c.contact).upload(r.id, pngBytes, 'image/png')).status).toBe(201);
    expectProblem(await as(c.contact).upload(r.id, pngBytes, 'image/png'), 422);
  });
});
