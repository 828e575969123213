import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import {
  makeAccount,
  makeBuilding,
  makeDocument,
  makeEnrolledContact,
  makeOfficeUser,
  makeOrganization,
} from '@portico/db/testing';
import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { allAreas, portalAs } from '../../../test/portal-client';
import { expectProblem } from '../../../test/problem';
import { useTestApp } from '../../../test/test-app';

const t = useTestApp();
const portal = portalAs(t);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const HTML = Buffer.from('<!doctype html><script>alert(document.cookie)</script>', 'utf8');
const EXE = Buffer.from('4d5a90000300000004000000ffff0000', 'hex');

async function customer(orgId: string) {
  const account = await makeAccount(t.db, orgId);
  const north = await makeBuilding(t.db, orgId, account.id, { name: 'North Tower' });
  const south = await makeBuilding(t.db, orgId, account.id, { name: 'South Annex' });
  const contact = await makeEnrolledContact(t.db, orgId, { accountId: account.id, ...allAreas });
  return { account, north, south, contact };
}

async function setup() {
  const org = await makeOrganization(t.db);
  const user = await makeOfficeUser(t.db, org.id);
  const office = `Bearer ${t.app.signOfficeAccessToken(user)}`;
  return { org, user, office, a: await customer(org.id), b: await customer(org.id) };
}

const officeReq = (auth: string) => ({
  get: (url: string) => request(t.app.server).get(`/api/v1${url}`).set('authorization', auth),
  post: (url: string, body: object = {}) =>
    request(t.app.server).post(`/api/v1${url}`).set('authorization', auth).send(body),
  patch: (url: string, body: object) =>
    request(t.app.server).patch(`/api/v1${url}`).set('authorization', auth).send(body),
});

function upload(contact: { id: string; orgId: string }, data: Buffer, type: string, filename?: string) {
  const q = filename ? `?filename=${encodeURIComponent(filename)}` : '';
  return request(t.app.server)
    .post(`/portal/v1/message-attachments${q}`)
    .set('authorization', `Bearer ${t.app.signPortalAccessToken(contact)}`)
    .set('content-type', type)
    .send(data);
}

const bytesOf = (req: request.Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

describe('messages: a contact asks, the office answers', () => {
  it('shows the question unread in the inbox and the answer unread in the portal, and queues the email', async () => {
    const { office, user, a } = await setup();
    const started = await portal(a.contact).post('/message-threads', {
      subject: 'Leak in the plant room',
      body: 'Water under the boiler since Monday.',
      about: { buildingId: a.north.id },
    });
    expect(started.status).toBe(201);
    const thread = started.body;
    expect(thread).toMatchObject({
      status: 'open',
      startedBy: 'contact',
      about: {
        kind: 'building',
        buildingId: a.north.id,
        buildingName: 'North Tower',
        accountId: a.account.id,
      },
      unreadCount: 0,
      messages: [{ authorKind: 'contact', mine: true, body: 'Water under the boiler since Monday.' }],
    });

    const o = officeReq(office);
    expect((await o.get('/message-threads/unread')).body).toEqual({ threads: 1 });
    const inbox = await o.get('/message-threads?unread=true');
    expect(inbox.body.items.map((i: { id: string }) => i.id)).toEqual([thread.id]);
    expect(inbox.body.items[0]).toMatchObject({ unreadCount: 1, lastMessage: { authorKind: 'contact' } });
    expect((await o.post(`/message-threads/${thread.id}/read`)).body).toEqual({ threads: 0 });
    expect((await o.get('/message-threads?unread=true')).body.total).toBe(0);

    const reply = await o.post(`/message-threads/${thread.id}/messages`, {
      body: 'A technician comes tomorrow.',
    });
    expect(reply.status).toBe(200);
    expect(reply.body.messages.map((m: { authorKind: string }) => m.authorKind)).toEqual([
      'contact',
      'office',
    ]);
    // One email job for the contact who asked, committed with the reply.
    const notices = await t.db
      .select()
      .from(schema.messageNotices)
      .where(eq(schema.messageNotices.contactId, a.contact.id));
    expect(notices).toHaveLength(1);
    const jobs = await t.db
      .select()
      .from(schema.outbox)
      .where(and(eq(schema.outbox.job, 'messageNotice.send'), eq(schema.outbox.orgId, a.contact.orgId)));
    expect(jobs.map((j) => j.payload)).toEqual([{ noticeId: notices[0]?.id }]);

    expect((await portal(a.contact).get('/message-threads/unread')).body).toEqual({
      threads: 1,
      messages: 1,
    });
    const seen = await portal(a.contact).get(`/message-threads/${thread.id}`);
    expect(seen.body.messages[1]).toMatchObject({ authorKind: 'office', authorName: user.name, mine: false });
    expect((await portal(a.contact).post(`/message-threads/${thread.id}/read`, {})).body).toEqual({
      threads: 0,
      messages: 0,
    });
    // The office's own reply is not unread for the office.
    expect((await o.get('/message-threads/unread')).body).toEqual({ threads: 0 });
  });

  it('writes no email when the contact turned message emails off', async () => {
    const { office, a } = await setup();
    await t.db.insert(schema.notificationPreferences).values({
      orgId: a.contact.orgId,
      contactId: a.contact.id,
      category: 'messages',
      choice: 'off',
      updatedBy: 'contact',
    });
    const thread = (
      await portal(a.contact).post('/message-threads', {
        subject: 'Q',
        body: 'Hello',
        about: { accountId: a.account.id },
      })
    ).body;
    expect(
      (await officeReq(office).post(`/message-threads/${thread.id}/messages`, { body: 'Hi' })).status,
    ).toBe(200);
    const notices = await t.db
      .select()
      .from(schema.messageNotices)
      .where(eq(schema.messageNotices.contactId, a.contact.id));
    expect(notices).toHaveLength(0);
  });

  it('filters the inbox by status, assignee and account, and pages with a cursor', async () => {
    const { office, user, org, a, b } = await setup();
    const ask = async (c: typeof a, subject: string) =>
      (
        await portal(c.contact).post('/message-threads', {
          subject,
          body: 'x',
          about: { accountId: c.account.id },
        })
      ).body.id as string;
    const one = await ask(a, 'One');
    const two = await ask(a, 'Two');
    const three = await ask(b, 'Three');
    const o = officeReq(office);
    const colleague = await makeOfficeUser(t.db, org.id);
    expect((await o.patch(`/message-threads/${one}`, { assigneeId: user.id })).body.assignee).toMatchObject({
      id: user.id,
    });
    await o.patch(`/message-threads/${two}`, { assigneeId: colleague.id, status: 'closed' });
    const ids = async (q: string) =>
      (await o.get(`/message-threads?${q}`)).body.items.map((i: { id: string }) => i.id);
    expect(await ids('assignee=me')).toEqual([one]);
    expect(await ids('assignee=unassigned')).toEqual([three]);
    expect(await ids(`assignee=${colleague.id}`)).toEqual([two]);
    expect(await ids('status=closed')).toEqual([two]);
    expect((await ids('status=open')).sort()).toEqual([one, three].sort());
    expect((await ids(`accountId=${a.account.id}`)).sort()).toEqual([one, two].sort());
    const first = await o.get('/message-threads?limit=2');
    expect(first.body).toMatchObject({ total: 3, nextCursor: expect.any(String) });
    const second = await o.get(`/message-threads?limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.items, ...second.body.items].map((i: { id: string }) => i.id)).toEqual([
      three,
      two,
      one,
    ]);
    expectProblem(await o.get('/message-threads?cursor=nonsense'), 400);

    // A user of another organization cannot be assigned.
    const stranger = await makeOfficeUser(t.db, (await makeOrganization(t.db)).id);
    expectProblem(await o.patch(`/message-threads/${one}`, { assigneeId: stranger.id }), 422);
    // A contact writing again reopens a closed thread.
    await portal(a.contact).post(`/message-threads/${two}/messages`, { body: 'Still broken' });
    expect((await o.get(`/message-threads/${two}`)).body.status).toBe('open');
  });

  it('needs contacts.write for office writes, not for reading', async () => {
    const { org, a } = await setup();
    const reader = await makeOfficeUser(t.db, org.id, { permissions: ['reports.read'] });
    const o = officeReq(`Bearer ${t.app.signOfficeAccessToken(reader)}`);
    const thread = (
      await portal(a.contact).post('/message-threads', {
        subject: 'Q',
        body: 'x',
        about: { accountId: a.account.id },
      })
    ).body;
    expect((await o.get(`/message-threads/${thread.id}`)).status).toBe(200);
    expectProblem(await o.post(`/message-threads/${thread.id}/messages`, { body: 'Hi' }), 403);
    expectProblem(await o.patch(`/message-threads/${thread.id}`, { status: 'closed' }), 403);
  });

  it('lets the office start a thread only about something the contact can see', async () => {
    const { office, a, b } = await setup();
    const o = officeReq(office);
    const ok = await o.post('/message-threads', {
      contactId: a.contact.id,
      subject: 'Your annual inspection',
      body: 'Which day suits you?',
      about: { buildingId: a.south.id },
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ startedBy: 'office', contact: { id: a.contact.id } });
    expect((await portal(a.contact).get('/message-threads/unread')).body).toEqual({
      threads: 1,
      messages: 1,
    });
    const notices = await t.db
      .select()
      .from(schema.messageNotices)
      .where(eq(schema.messageNotices.contactId, a.contact.id));
    expect(notices).toHaveLength(1);
    expectProblem(
      await o.post('/message-threads', {
        contactId: a.contact.id,
        subject: 'x',
        body: 'x',
        about: { buildingId: b.north.id },
      }),
      404,
    );
    expectProblem(
      await o.post('/message-threads', {
        contactId: a.contact.id,
        subject: 'x',
        body: 'x',
        about: { buildingId: a.north.id, accountId: a.account.id },
      }),
      400,
    );
  });
});

describe('messages: who sees a thread', () => {
  it("answers 404 to another customer's contact on every thread route, and lists nothing of it", async () => {
    const { a, b } = await setup();
    const attachment = (await upload(a.contact, PDF, 'application/pdf', 'quote.pdf')).body;
    const thread = (
      await portal(a.contact).post('/message-threads', {
        subject: 'Private',
        body: 'Only for customer A',
        about: { buildingId: a.north.id },
        attachmentIds: [attachment.id],
      })
    ).body;
    const other = portal(b.contact);
    expectProblem(await other.get(`/message-threads/${thread.id}`), 404);
    expectProblem(await other.post(`/message-threads/${thread.id}/messages`, { body: 'Sneaky' }), 404);
    expectProblem(await other.post(`/message-threads/${thread.id}/read`, {}), 404);
    expectProblem(await other.get(`/message-threads/${thread.id}/attachments/${attachment.id}`), 404);
    expect((await other.get('/message-threads')).body).toMatchObject({ items: [], total: 0 });
    // Nor can B attach A's uploaded file to its own message.
    const own = (
      await other.post('/message-threads', { subject: 'Mine', body: 'x', about: { accountId: b.account.id } })
    ).body;
    expectProblem(
      await other.post(`/message-threads/${own.id}/messages`, { body: 'x', attachmentIds: [attachment.id] }),
      422,
    );
    // Another organization's office gets 404 too.
    const stranger = await makeOfficeUser(t.db, (await makeOrganization(t.db)).id);
    expectProblem(
      await officeReq(`Bearer ${t.app.signOfficeAccessToken(stranger)}`).get(`/message-threads/${thread.id}`),
      404,
    );
    const messages = await t.db.select().from(schema.messages).where(eq(schema.messages.threadId, thread.id));
    expect(messages).toHaveLength(1);
  });

  it('shows a building-only contact the threads of its building, not of the other building or of the account', async () => {
    const { office, a } = await setup();
    const siteManager = await makeEnrolledContact(t.db, a.contact.orgId, {
      buildingId: a.north.id,
      ...allAreas,
    });
    const ask = async (about: object) =>
      (await portal(a.contact).post('/message-threads', { subject: 'Q', body: 'x', about })).body
        .id as string;
    const north = await ask({ buildingId: a.north.id });
    const south = await ask({ buildingId: a.south.id });
    const account = await ask({ accountId: a.account.id });
    const sm = portal(siteManager);
    expect((await sm.get('/message-threads')).body.items.map((i: { id: string }) => i.id)).toEqual([north]);
    expectProblem(await sm.get(`/message-threads/${south}`), 404);
    expectProblem(await sm.get(`/message-threads/${account}`), 404);
    expect((await sm.get(`/message-threads/${north}`)).status).toBe(200);
    // It may not start one about the other building either.
    expectProblem(
      await sm.post('/message-threads', { subject: 'Q', body: 'x', about: { buildingId: a.south.id } }),
      404,
    );
    // Once linked to the account, its access covers them all.
    await t.db
      .insert(schema.contactAccounts)
      .values({ orgId: a.contact.orgId, contactId: siteManager.id, accountId: a.account.id });
    expect((await sm.get('/message-threads')).body.total).toBe(3);
    // The site manager replied in the north thread: the office's reply emails both who took part.
    await sm.post(`/message-threads/${north}/messages`, { body: 'Same here' });
    await officeReq(office).post(`/message-threads/${north}/messages`, { body: 'On it' });
    const notified = await t.db
      .select({ contactId: schema.messageNotices.contactId })
      .from(schema.messageNotices)
      .innerJoin(schema.messages, eq(schema.messages.id, schema.messageNotices.messageId))
      .where(eq(schema.messages.threadId, north));
    expect(notified.map((n) => n.contactId).sort()).toEqual([a.contact.id, siteManager.id].sort());
  });

  it('hides a document thread when the document is unpublished, and refuses to start one about it', async () => {
    const { a } = await setup();
    const doc = await makeDocument(t.db, a.contact.orgId, {
      accountId: a.account.id,
      buildingId: a.north.id,
    });
    const draft = await makeDocument(
      t.db,
      a.contact.orgId,
      { accountId: a.account.id },
      { published: false },
    );
    const thread = (
      await portal(a.contact).post('/message-threads', {
        subject: 'About this report',
        body: 'x',
        about: { documentId: doc.id },
      })
    ).body;
    expect(thread.about).toMatchObject({ kind: 'document', documentId: doc.id, buildingId: a.north.id });
    expectProblem(
      await portal(a.contact).post('/message-threads', {
        subject: 'Q',
        body: 'x',
        about: { documentId: draft.id },
      }),
      404,
    );
    await t.db.update(schema.documents).set({ published: false }).where(eq(schema.documents.id, doc.id));
    expectProblem(await portal(a.contact).get(`/message-threads/${thread.id}`), 404);
    // A contact without the document's area does not see it either.
    await t.db.update(schema.documents).set({ published: true }).where(eq(schema.documents.id, doc.id));
    const noReports = await makeEnrolledContact(t.db, a.contact.orgId, {
      accountId: a.account.id,
      ...allAreas,
      accessInspectionReports: false,
    });
    expectProblem(await portal(noReports).get(`/message-threads/${thread.id}`), 404);
    expect((await portal(a.contact).get(`/message-threads/${thread.id}`)).status).toBe(200);
  });
});

describe('messages: attachments', () => {
  it('stores a PDF or PNG checked by content and serves it back to those who see the thread', async () => {
    const { office, a } = await setup();
    const pdf = await upload(a.contact, PDF, 'application/pdf', '../../etc/quote<1>.pdf');
    expect(pdf.status).toBe(201);
    expect(pdf.body).toMatchObject({
      filename: 'quote_1_.pdf',
      contentType: 'application/pdf',
      byteSize: PDF.length,
    });
    const png = await upload(a.contact, PNG, 'application/octet-stream', 'photo');
    expect(png.body).toMatchObject({ filename: 'photo.png', contentType: 'image/png' });
    const thread = (
      await portal(a.contact).post('/message-threads', {
        subject: 'Photos',
        body: 'See attached',
        about: { buildingId: a.north.id },
        attachmentIds: [pdf.body.id, png.body.id],
      })
    ).body;
    expect(thread.messages[0].attachments.map((f: { id: string }) => f.id).sort()).toEqual(
      [pdf.body.id, png.body.id].sort(),
    );
    const download = await bytesOf(
      request(t.app.server)
        .get(`/api/v1/message-threads/${thread.id}/attachments/${pdf.body.id}`)
        .set('authorization', office),
    );
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toContain('attachment');
    expect((download.body as Buffer).equals(PDF)).toBe(true);
    // Sent once: it cannot be attached to a second message.
    expectProblem(
      await portal(a.contact).post(`/message-threads/${thread.id}/messages`, {
        body: 'again',
        attachmentIds: [pdf.body.id],
      }),
      422,
    );
  });

  it('refuses spoofed types: HTML or an executable named .pdf, a PNG sent as a PDF, and unknown types', async () => {
    const { a } = await setup();
    for (const [data, type, name] of [
      [HTML, 'application/pdf', 'invoice.pdf'],
      [EXE, 'application/pdf', 'invoice.pdf'],
      [EXE, 'image/png', 'photo.png'],
      [PNG, 'application/pdf', 'scan.pdf'],
      [PNG, 'image/png', 'scan.pdf'],
      [Buffer.alloc(0), 'application/pdf', 'empty.pdf'],
    ] as const) {
      const res = await upload(a.contact, data, type, name);
      expectProblem(res, 422);
    }
    expectProblem(await upload(a.contact, HTML, 'text/html', 'page.html'), 415);
    const stored = await t.db
      .select()
      .from(schema.messageAttachments)
      .where(eq(schema.messageAttachments.uploadedByContactId, a.contact.id));
    expect(stored).toHaveLength(0);
  });
});
