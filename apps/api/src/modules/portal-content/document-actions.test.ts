import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import {
  makeAccount,
  makeBuilding,
  makeDocument,
  makeEnrolledContact,
  makeOrganization,
} from '@portico/db/testing';
import { and, eq } from 'drizzle-orm';
import { allAreas, portalAs } from '../../../test/portal-client';
import { expectProblem } from '../../../test/problem';
import { useTestApp } from '../../../test/test-app';

const t = useTestApp();
const as = portalAs(t);

async function customer() {
  const org = await makeOrganization(t.db);
  const account = await makeAccount(t.db, org.id, { name: 'Acme Holdings' });
  const building = await makeBuilding(t.db, org.id, account.id, { name: 'North Tower' });
  const contact = await makeEnrolledContact(t.db, org.id, { accountId: account.id, ...allAreas });
  return { org, account, building, contact };
}

async function storeFile(orgId: string, filename: string) {
  const data = Buffer.from('%PDF-1.4\n%test\n');
  const [file] = await t.db
    .insert(schema.files)
    .values({ orgId, filename, contentType: 'application/pdf', byteSize: data.length, sha256: 'x', data })
    .returning();
  if (!file) throw new Error('file insert returned no row');
  return file;
}

describe('GET /portal/v1/documents/{id}', () => {
  it('answers the document and records document_viewed with ids only', async () => {
    const { org, account, building, contact } = await customer();
    const doc = await makeDocument(t.db, org.id, { accountId: account.id, buildingId: building.id });
    const res = await as(contact).get(`/documents/${doc.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: doc.id, title: doc.title, kind: 'inspection_report' });
    const events = await t.db.query.activityEvents.findMany({
      where: (e, { eq: is }) => is(e.contactId, contact.id),
    });
    expect(events.map((e) => [e.type, e.detail])).toEqual([
      ['document_viewed', { documentId: doc.id, kind: 'inspection_report' }],
    ]);
  });

  it('answers 404 for an unpublished document and 400 for a malformed id', async () => {
    const { org, account, contact } = await customer();
    const draft = await makeDocument(t.db, org.id, { accountId: account.id }, { published: false });
    expectProblem(await as(contact).get(`/documents/${draft.id}`), 404);
    expectProblem(await as(contact).get('/documents/not-a-uuid'), 400);
  });
});

describe('GET /portal/v1/documents/{id}/file', () => {
  it('sends the PDF with a safe disposition and no caching, and records the download', async () => {
    const { org, account, contact } = await customer();
    const file = await storeFile(org.id, 'Rapport d’inspection "2026".pdf');
    const doc = await makeDocument(t.db, org.id, { accountId: account.id }, { fileId: file.id });
    const res = await as(contact).get(`/documents/${doc.id}/file`).buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Rapport d_inspection _2026_.pdf"; filename*=UTF-8''Rapport%20d%E2%80%99inspection%20%222026%22.pdf`,
    );
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.from(res.body).toString()).toContain('%PDF-1.4');
    const inline = await as(contact).get(`/documents/${doc.id}/file?disposition=inline`);
    expect(inline.headers['content-disposition']).toMatch(/^inline; /);
    const downloads = await t.db.query.activityEvents.findMany({
      where: (e, { eq: is }) => and(is(e.contactId, contact.id), is(e.type, 'document_downloaded')),
    });
    expect(downloads).toHaveLength(2);
    expect(downloads[0]?.detail).toMatchObject({ documentId: doc.id, kind: 'inspection_report' });
  });

  it('answers 404 when the document has no file, and 400 for an unknown disposition', async () => {
    const { org, account, contact } = await customer();
    const doc = await makeDocument(t.db, org.id, { accountId: account.id });
    expectProblem(await as(contact).get(`/documents/${doc.id}/file`), 404);
    expectProblem(
      await as(contact).get(`/documents/${doc.id}/file?disposition=download`),
      400,
      'disposition',
    );
  });
});

describe('POST /portal/v1/documents/{id}/decision', () => {
  it('records the decision once, visible on the document, and a second click gets 409', async () => {
    const { org, account, building, contact } = await customer();
    const proposal = await makeDocument(
      t.db,
      org.id,
      { accountId: account.id, buildingId: building.id },
      {
        kind: 'proposal',
      },
    );
    const c = as(contact);
    const [first, second] = await Promise.all([
      c.post(`/documents/${proposal.id}/decision`, {
        decision: 'accepted',
        name: '  Pat Lee ',
        note: 'Go ahead',
      }),
      c.post(`/documents/${proposal.id}/decision`, { decision: 'declined', name: 'Sam' }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = first.status === 200 ? first : second;
    expect(winner.body.decision).toMatchObject({
      name: expect.stringMatching(/^(Pat Lee|Sam)$/),
      decidedAt: expect.any(String),
    });
    const [row] = await t.db.select().from(schema.documents).where(eq(schema.documents.id, proposal.id));
    expect(row?.decidedByContactId).toBe(contact.id);
    expect(row?.decision).toBe(winner.body.decision.decision);
    expectProblem(
      await c.post(`/documents/${proposal.id}/decision`, { decision: 'accepted', name: 'Pat' }),
      409,
    );
    const events = await t.db.query.activityEvents.findMany({
      where: (e, { eq: is }) => and(is(e.contactId, contact.id), is(e.type, 'proposal_decided')),
    });
    expect(events).toHaveLength(1);
  });

  it('trims the name and the note', async () => {
    const { org, account, contact } = await customer();
    const proposal = await makeDocument(t.db, org.id, { accountId: account.id }, { kind: 'proposal' });
    const res = await as(contact).post(`/documents/${proposal.id}/decision`, {
      decision: 'declined',
      name: '  Pat Lee ',
      note: '   ',
    });
    expect(res.status).toBe(200);
    expect(res.body.decision).toMatchObject({ decision: 'declined', name: 'Pat Lee', note: null });
  });

  it('answers 422 for a document that is not a proposal, 400 for a blank name, 404 without proposals access', async () => {
    const { org, account, contact } = await customer();
    const report = await makeDocument(t.db, org.id, { accountId: account.id });
    const proposal = await makeDocument(t.db, org.id, { accountId: account.id }, { kind: 'proposal' });
    const c = as(contact);
    expectProblem(
      await c.post(`/documents/${report.id}/decision`, { decision: 'accepted', name: 'Pat' }),
      422,
    );
    expectProblem(
      await c.post(`/documents/${proposal.id}/decision`, { decision: 'accepted', name: '   ' }),
      400,
      'name',
    );
    expectProblem(
      await c.post(`/documents/${proposal.id}/decision`, { decision: 'maybe', name: 'Pat' }),
      400,
      'decision',
    );
    const noProposals = await makeEnrolledContact(t.db, org.id, {
      accountId: account.id,
      accessProposals: false,
    });
    expectProblem(
      await as(noProposals).post(`/documents/${proposal.id}/decision`, { decision: 'accepted', name: 'Pat' }),
      404,
    );
  });
});
