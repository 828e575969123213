import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { getFile } from '@portico/core';
import { schema } from '@portico/db';
import { makeAccount, makeDocument, makeOfficeUser, makeOrganization } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { useTestApp } from '../../../test/test-app';

// A small limit so the 413 case needs no 20 MiB body.
const t = useTestApp({ INGEST_FILE_MAX_BYTES: '4096' });
const api = () => request(t.app.server);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

async function keyedOrg(scopes = ['documents:write']) {
  const org = await makeOrganization(t.db);
  const user = await makeOfficeUser(t.db, org.id);
  const res = await api()
    .post('/api/v1/api-keys')
    .set('authorization', `Bearer ${t.app.signOfficeAccessToken(user)}`)
    .send({ name: 'Ops', scopes });
  const account = await makeAccount(t.db, org.id);
  const document = await makeDocument(
    t.db,
    org.id,
    { accountId: account.id },
    { externalId: 'D-1', number: 'INV 7/1' },
  );
  return { org, document, auth: `Bearer ${res.body.key as string}` };
}

const upload = (auth: string, body: Buffer | string, type = 'application/pdf', path = 'D-1/file') =>
  api()
    .put(`/api/v1/integration/documents/${path}`)
    .set('authorization', auth)
    .set('content-type', type)
    .send(body);

const documentRow = async (id: string) =>
  (await t.db.select().from(schema.documents).where(eq(schema.documents.id, id)))[0];

describe('document file upload', () => {
  it('stores a PDF with its hash and size, named after the document number', async () => {
    const { org, document, auth } = await keyedOrg();
    const res = await upload(auth, PDF);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      documentId: document.id,
      fileId: expect.any(String),
      filename: 'INV 7_1.pdf',
      byteSize: PDF.byteLength,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    expect((await documentRow(document.id))?.fileId).toBe(res.body.fileId);
    const file = await getFile(t.db, org.id, res.body.fileId);
    expect(file).toMatchObject({
      filename: 'INV 7_1.pdf',
      contentType: 'application/pdf',
      byteSize: PDF.byteLength,
    });
    expect(file.data.equals(PDF)).toBe(true);
  });

  it('replaces a file, deleting the old row, and sanitizes a given filename', async () => {
    const { document, auth } = await keyedOrg();
    const first = await upload(auth, PDF);
    const second = await upload(
      auth,
      PDF,
      'application/pdf',
      'D-1/file?filename=..%2F..%2Fetc%2Fpass%3Cwd%3E',
    );
    expect(second.status).toBe(200);
    expect(second.body.filename).toBe('pass_wd_.pdf');
    const old = await t.db.select().from(schema.files).where(eq(schema.files.id, first.body.fileId));
    expect(old).toHaveLength(0);
    expect((await documentRow(document.id))?.fileId).toBe(second.body.fileId);
  });

  it('refuses another content type (415), too large a file (413) and bytes that are not a PDF (422)', async () => {
    const { org, document, auth } = await keyedOrg();
    expectProblem(await upload(auth, '{"pdf":true}', 'application/json'), 415);
    expectProblem(await upload(auth, PDF, 'application/octet-stream'), 415);
    expectProblem(await upload(auth, Buffer.concat([PDF, Buffer.alloc(5000)])), 413);
    expectProblem(await upload(auth, Buffer.from('<html>not a pdf</html>')), 422);
    expectProblem(await upload(auth, Buffer.alloc(0)), 422);
    expect((await documentRow(document.id))?.fileId).toBeNull();
    expect(await t.db.select().from(schema.files).where(eq(schema.files.orgId, org.id))).toHaveLength(0);
  });

  it("answers 404 for an unknown document and for another organization's, and needs the scope", async () => {
    const mine = await keyedOrg();
    const theirs = await keyedOrg();
    expectProblem(await upload(mine.auth, PDF, 'application/pdf', 'NOPE/file'), 404);
    // Both orgs have a D-1: mine gets mine, never theirs.
    const res = await upload(mine.auth, PDF);
    expect(res.body.documentId).toBe(mine.document.id);
    expect((await documentRow(theirs.document.id))?.fileId).toBeNull();
    await expect(getFile(t.db, theirs.org.id, res.body.fileId)).rejects.toThrow('File not found.');
    const noScope = await keyedOrg(['defects:write']);
    expectProblem(await upload(noScope.auth, PDF), 403);
    expectProblem(
      await api()
        .put('/api/v1/integration/documents/D-1/file')
        .set('content-type', 'application/pdf')
        .send(PDF),
      401,
    );
  });
});
