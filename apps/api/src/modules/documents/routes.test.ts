import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import {
  makeAccount,
  makeBuilding,
  makeDocument,
  makeEnrolledContact,
  makeOrganization,
} from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const api = () => request(t.app.server);
const MISSING_ID = '00000000-0000-4000-8000-000000000000';

async function orgWithBuilding() {
  const signedIn = await signedInOrg(t, { permissions: [] });
  const account = await makeAccount(t.db, signedIn.org.id, { name: 'Harbour Holdings' });
  const building = await makeBuilding(t.db, signedIn.org.id, account.id, { name: 'North Tower' });
  return { ...signedIn, account, building };
}

describe('office documents: happy paths', () => {
  it('lists documents newest issued first, undated last, with the full shape', async () => {
    const { org, auth, account, building } = await orgWithBuilding();
    const where = { accountId: account.id, buildingId: building.id };
    const old = await makeDocument(t.db, org.id, where, { issuedOn: '2025-01-10' });
    const undated = await makeDocument(t.db, org.id, where, { issuedOn: null });
    const invoice = await makeDocument(t.db, org.id, where, {
      kind: 'invoice',
      number: 'INV-7',
      title: 'March service',
      status: 'issued',
      amount: '1200.50',
      amountPaid: '200',
      currency: 'NZD',
      issuedOn: '2026-03-01',
      dueOn: '2026-03-31',
      externalId: 'ops-inv-7',
      published: false,
      publishedAt: null,
    });
    const res = await api().get('/api/v1/documents').set('authorization', auth);
    expect(res.status).toBe(200);
    expect(res.body.items.map((d: { id: string }) => d.id)).toEqual([invoice.id, old.id, undated.id]);
    expect(res.body.total).toBe(3);
    expect(res.body.items[0]).toEqual({
      id: invoice.id,
      kind: 'invoice',
      number: 'INV-7',
      title: 'March service',
      status: 'issued',
      amount: 1200.5,
      amountPaid: 200,
      currency: 'NZD',
      issuedOn: '2026-03-01',
      dueOn: '2026-03-31',
      paidOn: null,
      published: false,
      publishedAt: null,
      accountId: account.id,
      accountName: 'Harbour Holdings',
      buildingId: building.id,
      buildingName: 'North Tower',
      externalId: 'ops-inv-7',
      hasFile: false,
      decision: null,
    });
  });

  it('pages with a cursor through dated and undated documents without gaps or repeats', async () => {
    const { org, auth, account } = await orgWithBuilding();
    const made = [];
    for (const issuedOn of ['2026-01-01', '2026-01-01', '2026-02-01', null, null, '2025-12-31']) {
      made.push(await makeDocument(t.db, org.id, { accountId: account.id }, { issuedOn }));
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> = cursor ? { limit: 2, cursor } : { limit: 2 };
      const res: request.Response = await api()
        .get('/api/v1/documents')
        .query(query)
        .set('authorization', auth);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(6);
      seen.push(...res.body.items.map((d: { id: string }) => d.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen)).toEqual(new Set(made.map((d) => d.id)));
    expect(seen.slice(-2).sort()).toEqual(
      made
        .filter((d) => d.issuedOn === null)
        .map((d) => d.id)
        .sort(),
    );
  });

  it('filters by kind, account, building, published, decision and text', async () => {
    const { org, auth, account, building } = await orgWithBuilding();
    const otherAccount = await makeAccount(t.db, org.id);
    const contact = await makeEnrolledContact(t.db, org.id, { firstName: 'Pat', lastName: 'Lee' });
    const accepted = await makeDocument(
      t.db,
      org.id,
      { accountId: account.id, buildingId: building.id },
      {
        kind: 'proposal',
        title: 'Replace roof fans',
        decision: 'accepted',
        decidedByName: 'P. Lee',
        decidedByContactId: contact.id,
        decidedAt: new Date('2026-04-02T10:00:00Z'),
        decisionNote: 'Go ahead',
      },
    );
    const undecided = await makeDocument(t.db, org.id, { accountId: account.id }, { kind: 'proposal' });
    const draft = await makeDocument(
      t.db,
      org.id,
      { accountId: otherAccount.id },
      {
        published: false,
        number: 'SR-42',
      },
    );
    const ids = async (query: Record<string, string>) => {
      const res = await api().get('/api/v1/documents').query(query).set('authorization', auth);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(res.body.items.length);
      return res.body.items.map((d: { id: string }) => d.id).sort();
    };
    expect(await ids({ kind: 'proposal' })).toEqual([accepted.id, undecided.id].sort());
    expect(await ids({ accountId: otherAccount.id })).toEqual([draft.id]);
    expect(await ids({ buildingId: building.id })).toEqual([accepted.id]);
    expect(await ids({ published: 'false' })).toEqual([draft.id]);
    expect(await ids({ decision: 'accepted' })).toEqual([accepted.id]);
    expect(await ids({ decision: 'declined' })).toEqual([]);
    expect(await ids({ decision: 'undecided' })).toEqual([undecided.id]);
    expect(await ids({ q: 'roof' })).toEqual([accepted.id]);
    expect(await ids({ q: 'sr-4' })).toEqual([draft.id]);
    expect(await ids({ q: '%' })).toEqual([]);

    const res = await api().get(`/api/v1/documents/${accepted.id}`).set('authorization', auth);
    expect(res.status).toBe(200);
    expect(res.body.decision).toEqual({
      decision: 'accepted',
      name: 'P. Lee',
      decidedAt: '2026-04-02T10:00:00.000Z',
      note: 'Go ahead',
      contactId: contact.id,
      contactName: 'Pat Lee',
    });
  });

  it('reports whether a file is attached', async () => {
    const { org, auth, account } = await orgWithBuilding();
    const [file] = await t.db
      .insert(schema.files)
      .values({
        orgId: org.id,
        filename: 'r.pdf',
        contentType: 'application/pdf',
        byteSize: 4,
        sha256: 'x',
        data: Buffer.from('%PDF'),
      })
      .returning();
    const doc = await makeDocument(t.db, org.id, { accountId: account.id }, { fileId: file?.id ?? null });
    const res = await api().get(`/api/v1/documents/${doc.id}`).set('authorization', auth);
    expect(res.body).toMatchObject({ id: doc.id, hasFile: true, buildingId: null, buildingName: null });
  });

  it('serves the PDF to the office, even unpublished, and 404s a document without one', async () => {
    const { org, auth, account } = await orgWithBuilding();
    const data = Buffer.from('%PDF-1.4 office copy');
    const [file] = await t.db
      .insert(schema.files)
      .values({
        orgId: org.id,
        filename: 'Draft report.pdf',
        contentType: 'application/pdf',
        byteSize: data.length,
        sha256: 'x',
        data,
      })
      .returning();
    const draft = await makeDocument(
      t.db,
      org.id,
      { accountId: account.id },
      { fileId: file?.id ?? null, published: false },
    );
    const res = await api()
      .get(`/api/v1/documents/${draft.id}/file?disposition=inline`)
      .set('authorization', auth)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^inline; filename="Draft report.pdf"/);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(Buffer.compare(res.body as Buffer, data)).toBe(0);

    const bare = await makeDocument(t.db, org.id, { accountId: account.id });
    expectProblem(await api().get(`/api/v1/documents/${bare.id}/file`).set('authorization', auth), 404);
    const other = await signedInOrg(t);
    expectProblem(
      await api().get(`/api/v1/documents/${draft.id}/file`).set('authorization', other.auth),
      404,
    );
  });
});

describe('office documents: errors', () => {
  it('answers 404 for a missing document and 400 for a bad id', async () => {
    const { auth } = await orgWithBuilding();
    expectProblem(await api().get(`/api/v1/documents/${MISSING_ID}`).set('authorization', auth), 404);
    expectProblem(await api().get('/api/v1/documents/nope').set('authorization', auth), 400, 'id');
  });

  it('answers 400 for bad filters and a forged cursor', async () => {
    const { auth } = await orgWithBuilding();
    const get = (query: Record<string, string>) =>
      api().get('/api/v1/documents').query(query).set('authorization', auth);
    expectProblem(await get({ kind: 'memo' }), 400, 'kind');
    expectProblem(await get({ decision: 'maybe' }), 400, 'decision');
    expectProblem(await get({ accountId: 'x' }), 400, 'accountId');
    expectProblem(await get({ limit: '0' }), 400, 'limit');
    expectProblem(await get({ unknown: '1' }), 400);
    expectProblem(await get({ cursor: 'garbage' }), 400, 'cursor');
    const forged = Buffer.from(JSON.stringify(['not-a-date', MISSING_ID])).toString('base64url');
    expectProblem(await get({ cursor: forged }), 400);
  });
});

describe('office documents: security', () => {
  it('needs a signed-in office user', async () => {
    expectProblem(await api().get('/api/v1/documents'), 401);
    expectProblem(await api().get(`/api/v1/documents/${MISSING_ID}`), 401);
  });

  it("never lists another organization's documents, and 404s their ids", async () => {
    const { org, auth, account } = await orgWithBuilding();
    const mine = await makeDocument(t.db, org.id, { accountId: account.id });
    const other = await makeOrganization(t.db);
    const theirAccount = await makeAccount(t.db, other.id);
    const theirs = await makeDocument(t.db, other.id, { accountId: theirAccount.id });
    const res = await api().get('/api/v1/documents').set('authorization', auth);
    expect(res.body.items.map((d: { id: string }) => d.id)).toEqual([mine.id]);
    const filtered = await api()
      .get('/api/v1/documents')
      .query({ accountId: theirAccount.id })
      .set('authorization', auth);
    expect(filtered.body).toEqual({ items: [], nextCursor: null, total: 0 });
    expectProblem(await api().get(`/api/v1/documents/${theirs.id}`).set('authorization', auth), 404);
    const row = await t.db.select().from(schema.documents).where(eq(schema.documents.id, theirs.id));
    expect(row).toHaveLength(1);
  });
});
