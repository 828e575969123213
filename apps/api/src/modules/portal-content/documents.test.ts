import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import {
  makeAccount,
  makeBuilding,
  makeClientGroup,
  makeDocument,
  makeEnrolledContact,
  makeOrganization,
} from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { allAreas, ids, portalAs } from '../../../test/portal-client';
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

describe('GET /portal/v1/documents', () => {
  it('lists published documents newest issued first, with names, amounts and the overdue flag', async () => {
    const { org, account, building, contact } = await customer();
    const older = await makeDocument(
      t.db,
      org.id,
      { accountId: account.id, buildingId: building.id },
      {
        issuedOn: '2026-01-10',
      },
    );
    const invoice = await makeDocument(
      t.db,
      org.id,
      { accountId: account.id, buildingId: building.id },
      {
        kind: 'invoice',
        issuedOn: '2026-03-01',
        dueOn: '2020-01-01',
        amount: '120.50',
        amountPaid: '20.00',
      },
    );
    const undated = await makeDocument(
      t.db,
      org.id,
      { accountId: account.id, buildingId: building.id },
      {
        issuedOn: null,
      },
    );
    await makeDocument(
      t.db,
      org.id,
      { accountId: account.id, buildingId: building.id },
      { published: false },
    );
    const res = await as(contact).get('/documents');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(3);
    expect(res.body.items.map((d: { id: string }) => d.id)).toEqual([invoice.id, older.id, undated.id]);
    expect(res.body.items[0]).toMatchObject({
      kind: 'invoice',
      amount: 120.5,
      amountPaid: 20,
      dueOn: '2020-01-01',
      issuedOn: '2026-03-01',
      overdue: true,
      buildingId: building.id,
      buildingName: 'North Tower',
      accountId: account.id,
      accountName: 'Acme Holdings',
      hasFile: false,
      decision: null,
    });
    expect(res.body.items[1].overdue).toBe(false);
  });

  it('pages with a cursor across null issue dates without losing or repeating rows', async () => {
    const { org, account, building, contact } = await customer();
    const made: Awaited<ReturnType<typeof makeDocument>>[] = [];
    // Building-level and account-level documents interleave: the list merges both.
    const dates = ['2026-05-01', '2026-05-01', null, '2026-04-01', null, '2026-04-01', '2026-06-01'];
    for (const [i, issuedOn] of dates.entries()) {
      const buildingId = i % 2 === 0 ? building.id : null;
      made.push(await makeDocument(t.db, org.id, { accountId: account.id, buildingId }, { issuedOn }));
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await as(contact).get(
        `/documents?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.body.total).toBe(7);
      seen.push(...res.body.items.map((d: { id: string }) => d.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    const dated = made
      .filter((d) => d.issuedOn)
      .sort((a, b) => (b.issuedOn ?? '').localeCompare(a.issuedOn ?? ''));
    expect(seen.slice(0, 5).map((id) => made.find((d) => d.id === id)?.issuedOn)).toEqual(
      dated.map((d) => d.issuedOn),
    );
    expect(new Set(seen)).toEqual(new Set(made.map((d) => d.id)));
    expectProblem(await as(contact).get('/documents?cursor=bm90LWEtY3Vyc29y'), 400, 'cursor');
  });

  it('filters by kind, building, status, overdue, decision, text and issue dates', async () => {
    const { org, account, building, contact } = await customer();
    const other = await makeBuilding(t.db, org.id, account.id);
    const at = { accountId: account.id, buildingId: building.id };
    const report = await makeDocument(t.db, org.id, at, {
      title: 'Annual fire inspection',
      issuedOn: '2026-02-01',
    });
    const paid = await makeDocument(t.db, org.id, at, {
      kind: 'invoice',
      status: 'paid',
      dueOn: '2020-01-01',
      amount: '50',
      amountPaid: '50',
    });
    const overdue = await makeDocument(t.db, org.id, at, {
      kind: 'invoice',
      dueOn: '2020-01-01',
      amount: '50',
    });
    const open = await makeDocument(t.db, org.id, at, { kind: 'proposal' });
    const accepted = await makeDocument(t.db, org.id, at, {
      kind: 'proposal',
      decision: 'accepted',
      decidedByName: 'Pat',
      decidedAt: new Date(),
    });
    const elsewhere = await makeDocument(t.db, org.id, { accountId: account.id, buildingId: other.id });
    const c = as(contact);
    expect(ids(await c.get('/documents?kind=invoice'))).toEqual([paid.id, overdue.id].sort());
    expect(ids(await c.get(`/documents?buildingId=${other.id}`))).toEqual([elsewhere.id]);
    expect(ids(await c.get('/documents?status=paid'))).toEqual([paid.id]);
    expect(ids(await c.get('/documents?overdue=true'))).toEqual([overdue.id]);
    const undated = await makeDocument(t.db, org.id, at, { kind: 'invoice', dueOn: null, amount: '50' });
    expect(ids(await c.get('/documents?kind=invoice&overdue=false'))).toEqual([paid.id, undated.id].sort());
    expect(ids(await c.get('/documents?decision=undecided'))).toEqual([open.id]);
    expect(ids(await c.get('/documents?decision=accepted'))).toEqual([accepted.id]);
    expect(ids(await c.get('/documents?q=FIRE%20insp'))).toEqual([report.id]);
    expect(ids(await c.get('/documents?from=2026-01-15&to=2026-02-15'))).toEqual([report.id]);
    expectProblem(await c.get('/documents?from=2026-02-30'), 400, 'from');
    expectProblem(await c.get('/documents?kind=memo'), 400, 'kind');
  });

  it('shows only the areas the contact may see: no invoices access, no invoices', async () => {
    const { org, account, building } = await customer();
    const at = { accountId: account.id, buildingId: building.id };
    const report = await makeDocument(t.db, org.id, at);
    await makeDocument(t.db, org.id, at, { kind: 'invoice' });
    await makeDocument(t.db, org.id, at, { kind: 'proposal' });
    const limited = await makeEnrolledContact(t.db, org.id, {
      accountId: account.id,
      accessInspectionReports: true,
      accessServiceReports: false,
      accessProposals: false,
      accessInvoices: false,
    });
    const res = await as(limited).get('/documents');
    expect(ids(res)).toEqual([report.id]);
    expect(res.body.total).toBe(1);
    expect((await as(limited).get('/documents?kind=invoice')).body).toMatchObject({ items: [], total: 0 });
  });

  it('shows account-level documents through an account link or a client group, not a building link alone', async () => {
    const org = await makeOrganization(t.db);
    const group = await makeClientGroup(t.db, org.id);
    const account = await makeAccount(t.db, org.id, { clientGroupId: group.id });
    const building = await makeBuilding(t.db, org.id, account.id);
    const accountLevel = await makeDocument(t.db, org.id, { accountId: account.id }, { kind: 'invoice' });
    const onSite = await makeDocument(t.db, org.id, { accountId: account.id, buildingId: building.id });
    const viaAccount = await makeEnrolledContact(t.db, org.id, { accountId: account.id, ...allAreas });
    const viaGroup = await makeEnrolledContact(t.db, org.id, { clientGroupId: group.id, ...allAreas });
    const viaBuilding = await makeEnrolledContact(t.db, org.id, { buildingId: building.id, ...allAreas });
    expect(ids(await as(viaAccount).get('/documents'))).toEqual([accountLevel.id, onSite.id].sort());
    expect(ids(await as(viaGroup).get('/documents'))).toEqual([accountLevel.id, onSite.id].sort());
    expect(ids(await as(viaBuilding).get('/documents'))).toEqual([onSite.id]);
    expectProblem(await as(viaBuilding).get(`/documents/${accountLevel.id}`), 404);
  });

  it('narrows to the chosen view: the whole group, or one of its clients', async () => {
    const org = await makeOrganization(t.db);
    const group = await makeClientGroup(t.db, org.id);
    const a1 = await makeAccount(t.db, org.id, { clientGroupId: group.id });
    const a2 = await makeAccount(t.db, org.id, { clientGroupId: group.id });
    const d1 = await makeDocument(t.db, org.id, {
      accountId: a1.id,
      buildingId: (await makeBuilding(t.db, org.id, a1.id)).id,
    });
    const d2 = await makeDocument(t.db, org.id, { accountId: a2.id });
    const user = await makeEnrolledContact(t.db, org.id, { clientGroupId: group.id, ...allAreas });
    expect(ids(await as(user).get('/documents'))).toEqual([d1.id, d2.id].sort());
    expect(ids(await as(user, `group:${group.id}`).get('/documents'))).toEqual([d1.id, d2.id].sort());
    expect(ids(await as(user, `account:${a1.id}`).get('/documents'))).toEqual([d1.id]);
    expectProblem(await as(user, `account:${a1.id}`).get(`/documents/${d2.id}`), 404);
  });

  it('refuses a suspended contact with 403 and the suspended code', async () => {
    const { org, contact } = await customer();
    await t.db
      .update(schema.contacts)
      .set({ suspended: true, suspendedNote: 'Call us.' })
      .where(eq(schema.contacts.id, contact.id));
    const res = await as(contact).get('/documents');
    expectProblem(res, 403);
    expect(res.body.code).toBe('suspended');
    expect(org.id).toBeTruthy();
  });

  it('needs a portal token', async () => {
    expectProblem(await request(t.app.server).get('/portal/v1/documents'), 401);
  });
});
