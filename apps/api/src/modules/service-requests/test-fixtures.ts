// Shared by this module's tests (imported by *.test.ts only, never by the app).
import { type Db, schema } from '@portico/db';
import { makeAccount, makeBuilding, makeEnrolledContact, makeOrganization } from '@portico/db/testing';
import { sql } from 'drizzle-orm';
import request from 'supertest';
import type { TestContext } from '../../../test/test-app';

/** The smallest valid image of each kind the upload takes (their signatures are what counts). */
export const pngBytes = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);
export const jpegBytes = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.alloc(60, 0),
  Buffer.from([0xff, 0xd9]),
]);
export const pdfBytes = Buffer.from('%PDF-1.4\n% not a photo\n', 'latin1');
export const htmlBytes = Buffer.from('<html><script>alert(1)</script></html>', 'utf8');

/** Portal requests as a contact (JSON, raw uploads, binary downloads). */
export function portalRequests(t: TestContext) {
  return (contact: { id: string; orgId: string }, token?: string) => {
    const auth = token ?? `Bearer ${t.app.signPortalAccessToken(contact)}`;
    const api = () => request(t.app.server);
    return {
      get: (url: string) => api().get(`/portal/v1${url}`).set('authorization', auth),
      post: (url: string, body: object) =>
        api().post(`/portal/v1${url}`).set('authorization', auth).send(body),
      upload: (requestId: string, data: Buffer, contentType: string, filename = 'leak.png') =>
        api()
          .post(`/portal/v1/service-requests/${requestId}/photos?filename=${encodeURIComponent(filename)}`)
          .set('authorization', auth)
          .set('content-type', contentType)
          .send(data),
      getBytes: (url: string) =>
        api()
          .get(`/portal/v1${url}`)
          .set('authorization', auth)
          .buffer(true)
          .parse((res, done) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => done(null, Buffer.concat(chunks)));
          }),
    };
  };
}

/** An organization with a customer (one account, two buildings) and a contact linked to the account. */
export async function customer(t: TestContext, orgId?: string) {
  const org = orgId ? { id: orgId } : await makeOrganization(t.db);
  const account = await makeAccount(t.db, org.id, { name: 'Acme' });
  const building = await makeBuilding(t.db, org.id, account.id, { name: 'Alpha House' });
  const second = await makeBuilding(t.db, org.id, account.id, { name: 'Beta Court' });
  const contact = await makeEnrolledContact(t.db, org.id, { accountId: account.id });
  return { org, account, building, second, contact };
}

/** A request raised by `contactId`, with one PNG photo: for the route sweeps (tenant and portal isolation). */
export async function makeServiceRequestWithPhoto(
  db: Db,
  orgId: string,
  at: { accountId: string; buildingId: string; contactId: string },
) {
  const { serviceRequests, serviceRequestPhotos, files } = schema;
  const [serviceRequest] = await db
    .insert(serviceRequests)
    .values({
      orgId,
      number: sql`(select coalesce(max(number), 0) + 1 from service_requests where org_id = ${orgId})`,
      accountId: at.accountId,
      buildingId: at.buildingId,
      requestedBy: at.contactId,
      description: 'Leak in the roof',
    })
    .returning();
  const [file] = await db
    .insert(files)
    .values({
      orgId,
      filename: 'leak.png',
      contentType: 'image/png',
      byteSize: pngBytes.length,
      sha256: 'x',
      data: pngBytes,
    })
    .returning();
  if (!serviceRequest || !file) throw new Error('insert returned no row');
  const [photo] = await db
    .insert(serviceRequestPhotos)
    .values({ orgId, requestId: serviceRequest.id, fileId: file.id, uploadedBy: at.contactId })
    .returning();
  if (!photo) throw new Error('insert returned no row');
  return { serviceRequest, photo };
}
