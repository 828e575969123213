import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import { makeAccount } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const api = () => request(t.app.server);

const create = (auth: string, body: object) =>
  api().post('/api/v1/inbound-contacts').set('authorization', auth).send(body);
const list = (auth: string, query: Record<string, string | number> = {}) =>
  api().get('/api/v1/inbound-contacts').query(query).set('authorization', auth);

describe('inbound contacts: happy paths', () => {
  it('logs an email and a tally of calls, lists them newest first with the customer, deletes one', async () => {
    const { org, user, auth } = await signedInOrg(t);
    const account = await makeAccount(t.db, org.id, { name: 'Harbour Holdings' });
    const email = await create(auth, {
      channel: 'email',
      occurredAt: '2026-03-02T09:30:00Z',
      accountId: account.id,
      subject: '  Where is my invoice?  ',
    });
    expect(email.status).toBe(201);
    expect(email.body).toMatchObject({
      channel: 'email',
      occurredAt: '2026-03-02T09:30:00.000Z',
      count: 1,
      accountId: account.id,
      accountName: 'Harbour Holdings',
      subject: 'Where is my invoice?',
      source: 'manual',
      externalId: null,
    });
    const calls = await create(auth, { channel: 'call', occurredAt: '2026-03-03T12:00:00Z', count: 12 });
    expect(calls.status).toBe(201);
    const [row] = await t.db
      .select()
      .from(schema.inboundContacts)
      .where(eq(schema.inboundContacts.id, calls.body.id));
    expect(row).toMatchObject({ orgId: org.id, createdBy: user.id, count: 12, accountId: null });

    const all = await list(auth);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(2);
    expect(all.body.items.map((i: { id: string }) => i.id)).toEqual([calls.body.id, email.body.id]);
    const filtered = await list(auth, {
      channel: 'email',
      customer: account.id,
      from: '2026-03-02',
      to: '2026-03-02',
    });
    expect(filtered.body.items.map((i: { id: string }) => i.id)).toEqual([email.body.id]);

    const deleted = await api()
      .delete(`/api/v1/inbound-contacts/${calls.body.id}`)
      .set('authorization', auth);
    expect(deleted.status).toBe(204);
    expect((await list(auth)).body.total).toBe(1);
  });

  it('pages with a cursor', async () => {
    const { auth } = await signedInOrg(t);
    for (const day of ['01', '02', '03']) {
      expect((await create(auth, { channel: 'call', occurredAt: `2026-02-${day}T10:00:00Z` })).status).toBe(
        201,
      );
    }
    const first = await list(auth, { limit: 2 });
    expect(first.body.items.map((i: { occurredAt: string }) => i.occurredAt.slice(0, 10))).toEqual([
      '2026-02-03',
      '2026-02-02',
    ]);
    const second = await list(auth, { limit: 2, cursor: first.body.nextCursor });
    expect(second.body.items.map((i: { occurredAt: string }) => i.occurredAt.slice(0, 10))).toEqual([
      '2026-02-01',
    ]);
    expect(second.body.nextCursor).toBeNull();
  });
});

describe('inbound contacts: errors', () => {
  it('answers problem+json naming the field for bad input', async () => {
    const { auth } = await signedInOrg(t);
    expectProblem(await create(auth, { channel: 'fax', occurredAt: '2026-03-02T09:30:00Z' }), 400, 'channel');
    expectProblem(await create(auth, { channel: 'call' }), 400, 'occurredAt');
    expectProblem(await create(auth, { channel: 'call', occurredAt: 'yesterday' }), 400, 'occurredAt');
    expectProblem(
      await create(auth, { channel: 'call', occurredAt: '2026-03-02T09:30:00Z', count: 0 }),
      400,
      'count',
    );
    const ahead = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();
    expectProblem(await create(auth, { channel: 'call', occurredAt: ahead }), 400, 'occurredAt');
    expectProblem(await list(auth, { from: '2026-03-05', to: '2026-03-01' }), 400, 'from');
    expectProblem(await list(auth, { cursor: 'nonsense' }), 400, 'cursor');
  });
});

describe('inbound contacts: security', () => {
  it("refuses another organization's account (404) and never shows or deletes its entries", async () => {
    const mine = await signedInOrg(t);
    const theirs = await signedInOrg(t);
    const theirAccount = await makeAccount(t.db, theirs.org.id);
    expectProblem(
      await create(mine.auth, {
        channel: 'email',
        occurredAt: '2026-03-02T09:30:00Z',
        accountId: theirAccount.id,
      }),
      404,
    );
    const theirEntry = await create(theirs.auth, { channel: 'email', occurredAt: '2026-03-02T09:30:00Z' });
    expect((await list(mine.auth)).body.total).toBe(0);
    expectProblem(
      await api().delete(`/api/v1/inbound-contacts/${theirEntry.body.id}`).set('authorization', mine.auth),
      404,
    );
    expect((await list(theirs.auth)).body.total).toBe(1);
  });

  it('needs reports.read to read and contacts.write to log or delete', async () => {
    const reader = await signedInOrg(t, { permissions: ['reports.read'] });
    expect((await list(reader.auth)).status).toBe(200);
    expectProblem(await create(reader.auth, { channel: 'call', occurredAt: '2026-03-02T09:30:00Z' }), 403);
    const writer = await signedInOrg(t, { permissions: ['contacts.write'] });
    expectProblem(await list(writer.auth), 403);
    expect((await create(writer.auth, { channel: 'call', occurredAt: '2026-03-02T09:30:00Z' })).status).toBe(
      201,
    );
    expectProblem(await api().get('/api/v1/inbound-contacts'), 401);
  });
});
