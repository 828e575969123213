import { describe, expect, it } from '@jest/globals';
import { type ApiKeyScope, apiKeyScopes, schema } from '@portico/db';
import { makeOfficeUser, makeOrganization } from '@portico/db/testing';
import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { useTestApp } from '../../../test/test-app';

const t = useTestApp();
const api = () => request(t.app.server);

/** An organization with an API key; `auth` is the Authorization header value. */
async function keyedOrg(scopes: readonly ApiKeyScope[] = apiKeyScopes) {
  const org = await makeOrganization(t.db);
  const user = await makeOfficeUser(t.db, org.id);
  const office = `Bearer ${t.app.signOfficeAccessToken(user)}`;
  const res = await api().post('/api/v1/api-keys').set('authorization', office).send({ name: 'Ops', scopes });
  return { org, auth: `Bearer ${res.body.key as string}` };
}

const put = (auth: string, kind: string, externalId: string, body: object) =>
  api().put(`/api/v1/integration/${kind}/${externalId}`).set('authorization', auth).send(body);
const batch = (auth: string, kind: string, items: unknown[]) =>
  api().post(`/api/v1/integration/${kind}/batch`).set('authorization', auth).send({ items });

/** One account A-1 with building B-1. */
async function seeded() {
  const o = await keyedOrg();
  expect((await put(o.auth, 'accounts', 'A-1', { name: 'Harbour Holdings' })).status).toBe(201);
  expect(
    (await put(o.auth, 'buildings', 'B-1', { accountExternalId: 'A-1', name: 'North Tower' })).status,
  ).toBe(201);
  return o;
}

const doc = (externalId: string, overrides: object = {}) => ({
  externalId,
  kind: 'invoice',
  buildingExternalId: 'B-1',
  number: `INV-${externalId}`,
  title: 'Annual service',
  amount: 120.5,
  amountPaid: 0,
  issuedOn: '2026-01-10',
  dueOn: '2026-02-10',
  published: true,
  ...overrides,
});

describe('integration: single upserts', () => {
  it('creates (201), then answers unchanged, then updated (200), with the same id', async () => {
    const { org, auth } = await seeded();
    const body = { accountExternalId: 'A-1', name: 'South Tower', city: 'Auckland', latitude: -36.8 };
    const created = await put(auth, 'buildings', 'B-2', body);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ externalId: 'B-2', id: expect.any(String), status: 'created' });
    const same = await put(auth, 'buildings', 'B-2', body);
    expect(same.status).toBe(200);
    expect(same.body).toEqual({ externalId: 'B-2', id: created.body.id, status: 'unchanged' });
    const changed = await put(auth, 'buildings', 'B-2', { ...body, city: 'Wellington' });
    expect(changed.body).toEqual({ externalId: 'B-2', id: created.body.id, status: 'updated' });
    const [row] = await t.db.select().from(schema.buildings).where(eq(schema.buildings.id, created.body.id));
    expect(row).toMatchObject({ orgId: org.id, city: 'Wellington', latitude: -36.8, externalId: 'B-2' });
  });

  it('answers 422 naming the field for an unknown reference, 400 for a bad body', async () => {
    const { auth } = await seeded();
    const res = await put(auth, 'buildings', 'B-9', { accountExternalId: 'NOPE', name: 'X' });
    expectProblem(res, 422, 'accountExternalId');
    expectProblem(await put(auth, 'buildings', 'B-9', { accountExternalId: 'A-1' }), 400, 'name');
    expectProblem(
      await put(auth, 'buildings', 'B-9', { accountExternalId: 'A-1', name: 'X', x: 1 }),
      400,
      'x',
    );
  });

  it('publishes a document: published_at set, notified_at left null; republishing resets them', async () => {
    const { org, auth } = await seeded();
    const { externalId: _e, ...body } = doc('D-1');
    const res = await put(auth, 'documents', 'D-1', body);
    expect(res.status).toBe(201);
    const row = async () =>
      (await t.db.select().from(schema.documents).where(eq(schema.documents.id, res.body.id)))[0];
    const first = await row();
    expect(first).toMatchObject({ published: true, notifiedAt: null, amount: '120.50', kind: 'invoice' });
    expect(first?.publishedAt).toBeInstanceOf(Date);
    // The notices for the publication are arranged in the same transaction.
    const queued = await t.db.select().from(schema.outbox).where(eq(schema.outbox.orgId, org.id));
    expect(queued.length).toBeGreaterThan(0);
    await t.db
      .update(schema.documents)
      .set({ notifiedAt: new Date() })
      .where(eq(schema.documents.id, res.body.id));
    expect((await put(auth, 'documents', 'D-1', { ...body, published: false })).body.status).toBe('updated');
    expect((await row())?.notifiedAt).toBeInstanceOf(Date);
    expect((await put(auth, 'documents', 'D-1', body)).body.status).toBe('updated');
    const again = await row();
    expect(again?.notifiedAt).toBeNull();
    expect(again?.publishedAt?.getTime()).toBeGreaterThan(first?.publishedAt?.getTime() ?? 0);
  });
});

describe('integration: batches', () => {
  it('is idempotent: the same batch twice gives the same rows, the second all unchanged', async () => {
    const { org, auth } = await seeded();
    const items = Array.from({ length: 50 }, (_, i) => doc(`D-${i}`));
    const first = await batch(auth, 'documents', items);
    expect(first.status).toBe(200);
    expect(first.body.summary).toEqual({ created: 50, updated: 0, unchanged: 0, failed: 0 });
    const second = await batch(auth, 'documents', items);
    expect(second.body.summary).toEqual({ created: 0, updated: 0, unchanged: 50, failed: 0 });
    expect(second.body.results.map((r: { id: string }) => r.id)).toEqual(
      first.body.results.map((r: { id: string }) => r.id),
    );
    const rows = await t.db.select().from(schema.documents).where(eq(schema.documents.orgId, org.id));
    expect(rows).toHaveLength(50);
  });

  it('reports each item: valid, invalid, unknown reference and repeated ids', async () => {
    const { auth } = await seeded();
    const res = await batch(auth, 'documents', [
      doc('D-1'),
      doc('D-2', { amount: 'lots' }),
      doc('D-3', { buildingExternalId: 'B-404' }),
      doc('D-1', { title: 'Repeated' }),
      'not an object',
      doc('D-4', { buildingExternalId: null, accountExternalId: 'A-1' }),
    ]);
    expect(res.status).toBe(200);
    expect(res.body.summary).toEqual({ created: 2, updated: 0, unchanged: 0, failed: 4 });
    const [ok, invalid, unknown, repeated, garbage, accountLevel] = res.body.results;
    expect(ok).toMatchObject({ index: 0, externalId: 'D-1', status: 'created', error: null });
    expect(invalid).toMatchObject({
      status: 'failed',
      id: null,
      error: { code: 'validation', field: 'amount' },
    });
    expect(unknown).toMatchObject({ error: { code: 'unknown_reference', field: 'buildingExternalId' } });
    expect(repeated).toMatchObject({ externalId: 'D-1', error: { code: 'duplicate_in_batch' } });
    expect(garbage).toMatchObject({ index: 4, externalId: null, error: { code: 'validation' } });
    expect(accountLevel).toMatchObject({ status: 'created' });
    const [row] = await t.db.select().from(schema.documents).where(eq(schema.documents.id, ok.id));
    expect(row?.title).toBe('Annual service');
  });

  it('takes 1,000 items in one request', async () => {
    const { auth } = await seeded();
    const items = Array.from({ length: 1000 }, (_, i) => ({
      externalId: `C-${i}`,
      firstName: `Person ${i}`,
      email: `p${i}@example.test`,
      accountLinks: [{ accountExternalId: 'A-1' }],
      buildingExternalIds: ['B-1'],
    }));
    const res = await batch(auth, 'contacts', items);
    expect(res.body.summary).toEqual({ created: 1000, updated: 0, unchanged: 0, failed: 0 });
    expect((await batch(auth, 'contacts', items)).body.summary.unchanged).toBe(1000);
  });

  it('refuses an empty batch, one of 1,001 items and a body that is not a batch (400)', async () => {
    const { auth } = await seeded();
    expectProblem(await batch(auth, 'assets', []), 400, 'items');
    const many = Array.from({ length: 1001 }, (_, i) => ({ externalId: `X-${i}` }));
    expectProblem(await batch(auth, 'assets', many), 400, 'items');
    expectProblem(
      await api().post('/api/v1/integration/assets/batch').set('authorization', auth).send({}),
      400,
      'items',
    );
  });

  it('upserts every kind, with references resolved by external id', async () => {
    const { auth } = await seeded();
    const ok = async (kind: string, items: object[]) => {
      const res = await batch(auth, kind, items);
      expect({ kind, summary: res.body.summary, results: res.body.results }).toMatchObject({
        summary: { failed: 0 },
      });
    };
    await ok('assets', [
      { externalId: 'AS-1', buildingExternalId: 'B-1', name: 'Panel', assetType: 'Fire alarm' },
    ]);
    await ok('documents', [doc('R-1', { kind: 'inspection_report', amount: null })]);
    await ok('defects', [
      {
        externalId: 'DF-1',
        buildingExternalId: 'B-1',
        assetExternalId: 'AS-1',
        documentExternalId: 'R-1',
        assetType: 'Fire alarm',
        description: 'Battery flat',
        severity: 'critical',
        raisedOn: '2026-01-02',
        published: true,
      },
    ]);
    await ok('tasks', [
      {
        externalId: 'T-1',
        buildingExternalId: 'B-1',
        kind: 'routine',
        title: 'Annual test',
        stage: 'performed',
        createdOn: '2026-01-01',
        dueOn: '2026-01-05',
        performedOn: '2026-01-06',
      },
    ]);
    await ok('quotes', [
      {
        externalId: 'Q-1',
        buildingExternalId: 'B-1',
        defectExternalId: 'DF-1',
        kind: 'defect_quote',
        title: 'Replace battery',
        amount: 80,
      },
    ]);
    const [defect] = await t.db.select().from(schema.defects).where(eq(schema.defects.externalId, 'DF-1'));
    const [quote] = await t.db.select().from(schema.quotes).where(eq(schema.quotes.externalId, 'Q-1'));
    expect(quote).toMatchObject({
      defectId: defect?.id,
      status: 'pending',
      amount: '80.00',
      published: false,
    });
  });

  it('replaces contact links when given, keeps them when left out, and refuses a taken email', async () => {
    const { org, auth } = await seeded();
    await put(auth, 'accounts', 'A-2', { name: 'Second Ltd' });
    await put(auth, 'buildings', 'B-2', { accountExternalId: 'A-2', name: 'Depot' });
    const contact = {
      externalId: 'C-1',
      firstName: 'Ana',
      email: 'Ana@Example.test',
      accountLinks: [{ accountExternalId: 'A-1', isBillingContact: true }],
      buildingExternalIds: ['B-2'],
      access: { invoices: true },
    };
    const first = await batch(auth, 'contacts', [contact]);
    expect(first.body.results[0]).toMatchObject({ status: 'created' });
    const id = first.body.results[0].id as string;
    const links = async () => ({
      accounts: await t.db
        .select()
        .from(schema.contactAccounts)
        .where(eq(schema.contactAccounts.contactId, id)),
      buildings: await t.db
        .select()
        .from(schema.contactBuildings)
        .where(eq(schema.contactBuildings.contactId, id)),
    });
    expect((await batch(auth, 'contacts', [contact])).body.results[0].status).toBe('unchanged');

    const moved = await batch(auth, 'contacts', [
      { ...contact, accountLinks: [{ accountExternalId: 'A-2' }] },
    ]);
    expect(moved.body.results[0]).toMatchObject({ status: 'updated', id });
    const after = await links();
    expect(after.accounts.map((l) => [l.accountId !== null, l.isBillingContact])).toEqual([[true, false]]);
    expect(after.buildings).toHaveLength(1);

    const { accountLinks: _a, buildingExternalIds: _b, ...bare } = contact;
    expect((await batch(auth, 'contacts', [bare])).body.results[0].status).toBe('unchanged');
    expect((await links()).accounts).toHaveLength(1);
    const cleared = await batch(auth, 'contacts', [{ ...bare, buildingExternalIds: [] }]);
    expect(cleared.body.results[0].status).toBe('updated');
    expect((await links()).buildings).toHaveLength(0);

    const [row] = await t.db.select().from(schema.contacts).where(eq(schema.contacts.id, id));
    expect(row).toMatchObject({ orgId: org.id, accessInvoices: true, inviteStatus: 'not_invited' });

    const clash = await batch(auth, 'contacts', [
      { externalId: 'C-2', firstName: 'Bo', email: 'ana@example.TEST' },
      { externalId: 'C-3', firstName: 'Cy', email: 'cy@example.test' },
      { externalId: 'C-4', firstName: 'Di', email: 'CY@example.test' },
    ]);
    expect(clash.body.results.map((r: { status: string }) => r.status)).toEqual([
      'failed',
      'created',
      'failed',
    ]);
    expect(clash.body.results[0].error).toMatchObject({ code: 'conflict', field: 'email' });
    expectProblem(
      await put(auth, 'contacts', 'C-5', { firstName: 'Ed', email: 'ana@example.test' }),
      409,
      'email',
    );
  });
});

describe('integration: security', () => {
  it("keeps organizations apart: the same external id in two orgs is two rows; B's references are unknown to A", async () => {
    const a = await seeded();
    const b = await seeded();
    const inA = await batch(a.auth, 'documents', [doc('D-1')]);
    const inB = await batch(b.auth, 'documents', [doc('D-1', { title: 'Theirs' })]);
    expect(inA.body.results[0].status).toBe('created');
    expect(inB.body.results[0].status).toBe('created');
    expect(inA.body.results[0].id).not.toBe(inB.body.results[0].id);
    const [rowA] = await t.db
      .select()
      .from(schema.documents)
      .where(and(eq(schema.documents.orgId, a.org.id), eq(schema.documents.externalId, 'D-1')));
    expect(rowA?.title).toBe('Annual service');
    await put(b.auth, 'buildings', 'ONLY-B', { accountExternalId: 'A-1', name: 'B only' });
    expectProblem(
      await put(a.auth, 'assets', 'AS-1', { buildingExternalId: 'ONLY-B', name: 'x', assetType: 'y' }),
      422,
    );
  });

  it('needs the kind scope (403)', async () => {
    const { auth } = await keyedOrg(['accounts:write']);
    expect((await put(auth, 'accounts', 'A-1', { name: 'Fine' })).status).toBe(201);
    expectProblem(await put(auth, 'buildings', 'B-1', { accountExternalId: 'A-1', name: 'x' }), 403);
    expectProblem(await batch(auth, 'documents', [doc('D-1')]), 403);
  });
});
