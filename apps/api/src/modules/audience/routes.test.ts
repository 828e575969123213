import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import {
  makeAccount,
  makeBuilding,
  makeClientGroup,
  makeContact,
  makeDocument,
  makeEnrolledContact,
} from '@portico/db/testing';
import { eq, sql } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const api = () => request(t.app.server);
const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const zero = { inspectionReport: 0, serviceReport: 0, proposal: 0, invoice: 0 };

/** An org with a group, two accounts (one in the group) and their buildings. */
async function setup(options: Parameters<typeof signedInOrg>[1] = {}) {
  const signedIn = await signedInOrg(t, options);
  const orgId = signedIn.org.id;
  const group = await makeClientGroup(t.db, orgId, { name: 'Harbour Group' });
  const harbour = await makeAccount(t.db, orgId, { name: 'Harbour Holdings', clientGroupId: group.id });
  const quay = await makeAccount(t.db, orgId, { name: 'Quay Partners' });
  const north = await makeBuilding(t.db, orgId, harbour.id, { name: 'North Tower' });
  const south = await makeBuilding(t.db, orgId, harbour.id, { name: 'South Tower' });
  const pier = await makeBuilding(t.db, orgId, quay.id, { name: 'Pier 1' });
  return { ...signedIn, orgId, group, harbour, quay, north, south, pier };
}

describe('who can see a building or a document', () => {
  it('lists the contacts who see a building with the links that grant it', async () => {
    const s = await setup();
    const viaAccount = await makeEnrolledContact(t.db, s.orgId, { accountId: s.harbour.id, lastName: 'A' });
    const viaBuilding = await makeEnrolledContact(t.db, s.orgId, { buildingId: s.north.id, lastName: 'B' });
    const viaGroup = await makeContact(t.db, s.orgId, { clientGroupId: s.group.id, lastName: 'C' });
    await makeEnrolledContact(t.db, s.orgId, { buildingId: s.south.id });
    await makeEnrolledContact(t.db, s.orgId, { accountId: s.quay.id });

    const res = await api().get(`/api/v1/buildings/${s.north.id}/audience`).set('authorization', s.auth);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 3, canSeeNow: 2 });
    expect(res.body.items).toEqual([
      {
        contact: {
          id: viaAccount.id,
          name: `Casey A`,
          email: viaAccount.email,
          portalStatus: 'enrolled',
          suspended: false,
          access: { inspectionReports: true, serviceReports: true, proposals: false, invoices: false },
        },
        grants: [{ rule: 'account_link', via: { id: s.harbour.id, name: 'Harbour Holdings' } }],
        areaAllowed: true,
        canSeeNow: true,
        blockedBy: [],
      },
      expect.objectContaining({
        contact: expect.objectContaining({ id: viaBuilding.id }),
        grants: [{ rule: 'building_link', via: { id: s.north.id, name: 'North Tower' } }],
        canSeeNow: true,
      }),
      expect.objectContaining({
        contact: expect.objectContaining({ id: viaGroup.id, portalStatus: 'not_invited' }),
        grants: [{ rule: 'client_group', via: { id: s.group.id, name: 'Harbour Group' } }],
        canSeeNow: false,
        blockedBy: ['not_enrolled'],
      }),
    ]);
  });

  it('shows why a linked contact cannot see a document: area, unpublished, suspended', async () => {
    const s = await setup();
    const invoice = await makeDocument(
      t.db,
      s.orgId,
      { accountId: s.harbour.id, buildingId: s.north.id },
      {
        kind: 'invoice',
      },
    );
    const payer = await makeEnrolledContact(t.db, s.orgId, { accountId: s.harbour.id, accessInvoices: true });
    const noInvoices = await makeEnrolledContact(t.db, s.orgId, { buildingId: s.north.id });
    const suspended = await makeEnrolledContact(t.db, s.orgId, {
      accountId: s.harbour.id,
      accessInvoices: true,
      suspended: true,
    });
    const res = await api().get(`/api/v1/documents/${invoice.id}/audience`).set('authorization', s.auth);
    expect(res.status).toBe(200);
    const byId = new Map(res.body.items.map((e: { contact: { id: string } }) => [e.contact.id, e]));
    expect(byId.get(payer.id)).toMatchObject({ canSeeNow: true, areaAllowed: true, blockedBy: [] });
    expect(byId.get(noInvoices.id)).toMatchObject({
      canSeeNow: false,
      areaAllowed: false,
      blockedBy: ['area'],
    });
    expect(byId.get(suspended.id)).toMatchObject({ canSeeNow: false, blockedBy: ['suspended'] });

    await t.db.update(schema.documents).set({ published: false }).where(eq(schema.documents.id, invoice.id));
    const unpublished = await api()
      .get(`/api/v1/documents/${invoice.id}/audience`)
      .set('authorization', s.auth);
    expect(unpublished.body.canSeeNow).toBe(0);
    expect(
      unpublished.body.items.find((e: { contact: { id: string } }) => e.contact.id === payer.id),
    ).toMatchObject({ blockedBy: ['unpublished'] });
  });

  it('answers an empty audience when nobody is linked', async () => {
    const s = await setup();
    const res = await api().get(`/api/v1/buildings/${s.pier.id}/audience`).set('authorization', s.auth);
    expect(res.body).toEqual({ items: [], total: 0, canSeeNow: 0 });
  });

  it('answers 404 for missing ids and 400 for bad ones', async () => {
    const s = await setup();
    for (const kind of ['buildings', 'documents']) {
      expectProblem(
        await api().get(`/api/v1/${kind}/${MISSING_ID}/audience`).set('authorization', s.auth),
        404,
      );
      expectProblem(await api().get(`/api/v1/${kind}/nope/audience`).set('authorization', s.auth), 400, 'id');
    }
  });

  it('needs access.manage, a session, and the same organization', async () => {
    const s = await setup({ permissions: ['contacts.write'] });
    const doc = await makeDocument(t.db, s.orgId, { accountId: s.harbour.id });
    expectProblem(
      await api().get(`/api/v1/buildings/${s.north.id}/audience`).set('authorization', s.auth),
      403,
    );
    expectProblem(await api().get(`/api/v1/documents/${doc.id}/audience`).set('authorization', s.auth), 403);
    expectProblem(await api().get(`/api/v1/buildings/${s.north.id}/audience`), 401);

    const other = await setup();
    expectProblem(
      await api().get(`/api/v1/buildings/${s.north.id}/audience`).set('authorization', other.auth),
      404,
    );
    expectProblem(
      await api().get(`/api/v1/documents/${doc.id}/audience`).set('authorization', other.auth),
      404,
    );
  });
});

describe('access change dry run', () => {
  const preview = (auth: string, contactId: string, body?: object) => {
    const req = api().post(`/api/v1/contacts/${contactId}/access/preview`).set('authorization', auth);
    return body === undefined ? req : req.send(body);
  };

  async function snapshot(orgId: string, contactId: string) {
    const count = async (table: string) =>
      (
        await t.db.execute<{ n: number }>(
          sql`select count(*)::int as n from ${sql.identifier(table)} where org_id = ${orgId}`,
        )
      ).rows[0]?.n;
    const [contact] = await t.db.select().from(schema.contacts).where(eq(schema.contacts.id, contactId));
    return {
      contact,
      accountLinks: await count('contact_accounts'),
      buildingLinks: await count('contact_buildings'),
      outbox: await count('outbox'),
      activity: await count('activity_events'),
    };
  }

  it('answers what moving from an account link to one building would gain and lose, saving nothing', async () => {
    const s = await setup();
    await makeDocument(t.db, s.orgId, { accountId: s.harbour.id, buildingId: s.north.id });
    await makeDocument(t.db, s.orgId, { accountId: s.harbour.id, buildingId: s.south.id });
    await makeDocument(t.db, s.orgId, { accountId: s.harbour.id }, { kind: 'service_report' });
    await makeDocument(t.db, s.orgId, { accountId: s.quay.id, buildingId: s.pier.id }, { kind: 'invoice' });
    await makeDocument(t.db, s.orgId, { accountId: s.quay.id, buildingId: s.pier.id }, { kind: 'proposal' });
    await makeDocument(t.db, s.orgId, { accountId: s.quay.id, buildingId: s.pier.id }, { published: false });
    const contact = await makeEnrolledContact(t.db, s.orgId, { accountId: s.harbour.id });
    const before = await snapshot(s.orgId, contact.id);

    const res = await preview(s.auth, contact.id, {
      accountIds: [],
      buildingIds: [s.pier.id, s.pier.id],
      access: { invoices: true },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      buildings: {
        gained: [{ id: s.pier.id, name: 'Pier 1', accountName: 'Quay Partners' }],
        lost: [
          { id: s.north.id, name: 'North Tower', accountName: 'Harbour Holdings' },
          { id: s.south.id, name: 'South Tower', accountName: 'Harbour Holdings' },
        ],
      },
      accounts: {
        gained: [{ id: s.quay.id, name: 'Quay Partners' }],
        lost: [{ id: s.harbour.id, name: 'Harbour Holdings' }],
      },
      documents: {
        // The proposal stays hidden: the contact's access still excludes proposals.
        gained: { ...zero, invoice: 1 },
        lost: { ...zero, inspectionReport: 2, serviceReport: 1 },
      },
    });
    expect(await snapshot(s.orgId, contact.id)).toEqual(before);
  });

  it('answers joining a client group, and an empty body as no change', async () => {
    const s = await setup();
    await makeDocument(
      t.db,
      s.orgId,
      { accountId: s.harbour.id, buildingId: s.north.id },
      { kind: 'proposal' },
    );
    const contact = await makeContact(t.db, s.orgId, { accessProposals: true });
    const res = await preview(s.auth, contact.id, { clientGroupId: s.group.id });
    expect(res.status).toBe(200);
    expect(res.body.buildings.gained.map((b: { id: string }) => b.id).sort()).toEqual(
      [s.north.id, s.south.id].sort(),
    );
    expect(res.body.accounts.gained).toEqual([{ id: s.harbour.id, name: 'Harbour Holdings' }]);
    expect(res.body.documents.gained).toEqual({ ...zero, proposal: 1 });

    const grouped = await makeContact(t.db, s.orgId, { clientGroupId: s.group.id });
    const leaving = await preview(s.auth, grouped.id, { clientGroupId: null });
    expect(leaving.body.buildings.lost).toHaveLength(2);

    for (const body of [undefined, {}]) {
      const none = await preview(s.auth, contact.id, body);
      expect(none.status).toBe(200);
      expect(none.body).toEqual({
        buildings: { gained: [], lost: [] },
        accounts: { gained: [], lost: [] },
        documents: { gained: zero, lost: zero },
      });
    }
  });

  it('answers 404 for a missing contact and for ids of another organization, 400 for a bad body', async () => {
    const s = await setup();
    const contact = await makeContact(t.db, s.orgId, { accountId: s.harbour.id });
    const before = await snapshot(s.orgId, contact.id);
    expectProblem(await preview(s.auth, MISSING_ID, {}), 404);
    const other = await setup();
    for (const body of [
      { accountIds: [other.harbour.id] },
      { buildingIds: [s.north.id, other.north.id] },
      { clientGroupId: other.group.id },
      { accountIds: [MISSING_ID] },
    ]) {
      expectProblem(await preview(s.auth, contact.id, body), 404);
    }
    expectProblem(await preview(s.auth, contact.id, { accountIds: ['x'] }), 400, 'accountIds.0');
    expectProblem(await preview(s.auth, contact.id, { access: { invoices: 'yes' } }), 400, 'access.invoices');
    expectProblem(await preview(s.auth, contact.id, { access: { payments: true } }), 400, 'access.payments');
    expectProblem(await preview(s.auth, contact.id, { name: 'x' }), 400, 'name');
    expectProblem(await preview(s.auth, 'nope', {}), 400, 'id');
    expect(await snapshot(s.orgId, contact.id)).toEqual(before);
  });

  it("needs access.manage, a session, and the contact's organization", async () => {
    const s = await setup({ permissions: ['contacts.write', 'invitations.send'] });
    const contact = await makeContact(t.db, s.orgId, { accountId: s.harbour.id });
    expectProblem(await preview(s.auth, contact.id, { access: { invoices: true } }), 403);
    expectProblem(await api().post(`/api/v1/contacts/${contact.id}/access/preview`).send({}), 401);
    const other = await setup();
    const before = await snapshot(s.orgId, contact.id);
    expectProblem(await preview(other.auth, contact.id, { accountIds: [] }), 404);
    expect(await snapshot(s.orgId, contact.id)).toEqual(before);
  });
});
