import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type DbHandle, type DocumentKind, schema } from '@portico/db';
import {
  createTestDatabase,
  makeAccount,
  makeBuilding,
  makeClientGroup,
  makeContact,
  makeDocument,
  makeEnrolledContact,
  makeOrganization,
  type TestDatabase,
} from '@portico/db/testing';
import type { OfficeContext } from '../context';
import { loadPortalContact } from '../portal-auth/portal-contacts';
import { portalViews } from '../portal-auth/portal-views';
import { buildingVisible, documentVisible } from '../portal-content/visibility';
import { type Audience, buildingAudience, documentAudience } from './who-can-see';

let database: TestDatabase;
let handle: DbHandle;
beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { max: 2 });
});
afterAll(async () => {
  await handle.close();
  await database.drop();
});

const kinds: DocumentKind[] = ['inspection_report', 'service_report', 'proposal', 'invoice'];
const officeCtx = (orgId: string): OfficeContext => ({
  orgId,
  actor: { type: 'office_user', id: '00000000-0000-4000-8000-000000000001' },
  permissions: ['access.manage'],
});

/**
 * What the portal itself answers, the way a portal request does it: the contact must load (enrolled,
 * not suspended), and then a document is readable if any of its views lets the documents query
 * (filtered by `documentVisible`) return it.
 */
async function portalReadable(orgId: string, contactId: string) {
  const db = handle.db;
  let contact: Awaited<ReturnType<typeof loadPortalContact>>;
  try {
    contact = await loadPortalContact(db, contactId, orgId);
  } catch {
    return { documents: new Set<string>(), buildings: new Set<string>() };
  }
  const { views } = await portalViews(db, contact);
  const documents = new Set<string>();
  const buildings = new Set<string>();
  for (const view of views) {
    const scope = { contact, view };
    const docs = await db
      .select({ id: schema.documents.id })
      .from(schema.documents)
      .where(documentVisible(scope));
    for (const d of docs) documents.add(d.id);
    const bs = await db
      .select({ id: schema.buildings.id })
      .from(schema.buildings)
      .where(buildingVisible(scope, schema.buildings.id));
    for (const b of bs) buildings.add(b.id);
  }
  return { documents, buildings };
}

function expectConsistent(audience: Audience) {
  for (const entry of audience.items) {
    expect({ id: entry.contact.id, canSeeNow: entry.canSeeNow, blockedBy: entry.blockedBy }).toEqual({
      id: entry.contact.id,
      canSeeNow: entry.blockedBy.length === 0,
      blockedBy: entry.blockedBy,
    });
    expect(entry.grants.length).toBeGreaterThan(0);
  }
  expect(audience.canSeeNow).toBe(audience.items.filter((e) => e.canSeeNow).length);
}

describe('who can see this: agreement with the portal access rule', () => {
  it('lists exactly the contacts the portal lets read each document and building', async () => {
    const db = handle.db;
    const org = await makeOrganization(db);
    const group = await makeClientGroup(db, org.id, { name: 'Harbour Group' });
    const inGroup = await makeAccount(db, org.id, { clientGroupId: group.id, name: 'In group' });
    const inGroupInactive = await makeAccount(db, org.id, { clientGroupId: group.id, active: false });
    const outside = await makeAccount(db, org.id, { name: 'Outside' });
    const inactive = await makeAccount(db, org.id, { active: false });
    const accounts = [inGroup, inGroupInactive, outside, inactive];
    const buildings = [];
    for (const a of accounts) {
      buildings.push(await makeBuilding(db, org.id, a.id), await makeBuilding(db, org.id, a.id));
    }
    const [b1, , , , b3] = buildings;
    if (!b1 || !b3) throw new Error('buildings missing');

    // Every kind on every building and at account level, one of them unpublished.
    const documents = [];
    for (const a of accounts) {
      for (const buildingId of [null, ...buildings.filter((b) => b.accountId === a.id).map((b) => b.id)]) {
        for (const kind of kinds) {
          documents.push(await makeDocument(db, org.id, { accountId: a.id, buildingId }, { kind }));
        }
        documents.push(await makeDocument(db, org.id, { accountId: a.id, buildingId }, { published: false }));
      }
    }

    const all = { accessProposals: true, accessInvoices: true };
    const contacts = [
      await makeEnrolledContact(db, org.id, { accountId: inGroup.id, ...all }),
      await makeEnrolledContact(db, org.id, { buildingId: b1.id }),
      await makeEnrolledContact(db, org.id, {
        clientGroupId: group.id,
        accessInspectionReports: false,
        accessServiceReports: false,
        accessProposals: true,
      }),
      // A client-group user with a link outside its group: the portal never shows that account.
      await makeEnrolledContact(db, org.id, { clientGroupId: group.id, accountId: outside.id }),
      await makeEnrolledContact(db, org.id, { accountId: inGroup.id, suspended: true }),
      await makeContact(db, org.id, { accountId: inGroup.id, inviteStatus: 'invited' }),
      // Enrolled in name only: no portal sign-in exists.
      await makeContact(db, org.id, { accountId: outside.id, inviteStatus: 'enrolled' }),
      await makeEnrolledContact(db, org.id, { accountId: inactive.id, ...all }),
      await makeEnrolledContact(db, org.id, {
        buildingId: b3.id,
        accessInspectionReports: false,
        accessServiceReports: false,
        accessInvoices: true,
      }),
    ];
    const second = contacts[8];
    if (second) {
      await db
        .insert(schema.contactAccounts)
        .values({ orgId: org.id, contactId: second.id, accountId: inGroup.id });
    }
    // Another organization's contact with a corrupt link into this one must never appear.
    const otherOrg = await makeOrganization(db);
    const intruder = await makeEnrolledContact(db, otherOrg.id);
    await db
      .insert(schema.contactAccounts)
      .values({ orgId: otherOrg.id, contactId: intruder.id, accountId: inGroup.id });

    const readable = new Map<string, Awaited<ReturnType<typeof portalReadable>>>();
    for (const c of contacts) readable.set(c.id, await portalReadable(org.id, c.id));

    const ctx = officeCtx(org.id);
    let someoneSees = 0;
    let someoneBlocked = 0;
    for (const d of documents) {
      const audience = await documentAudience(db, ctx, d.id);
      expectConsistent(audience);
      expect(audience.items.map((e) => e.contact.id)).not.toContain(intruder.id);
      for (const c of contacts) {
        const entry = audience.items.find((e) => e.contact.id === c.id);
        const canRead = readable.get(c.id)?.documents.has(d.id) ?? false;
        expect({ document: d.id, contact: c.id, canSeeNow: entry?.canSeeNow ?? false }).toEqual({
          document: d.id,
          contact: c.id,
          canSeeNow: canRead,
        });
        if (entry?.canSeeNow) someoneSees += 1;
        else if (entry) someoneBlocked += 1;
      }
    }
    for (const b of buildings) {
      const audience = await buildingAudience(db, ctx, b.id);
      expectConsistent(audience);
      for (const c of contacts) {
        const entry = audience.items.find((e) => e.contact.id === c.id);
        const canRead = readable.get(c.id)?.buildings.has(b.id) ?? false;
        expect({ building: b.id, contact: c.id, canSeeNow: entry?.canSeeNow ?? false }).toEqual({
          building: b.id,
          contact: c.id,
          canSeeNow: canRead,
        });
      }
    }
    // The matrix is only worth something if both answers occur often.
    expect(someoneSees).toBeGreaterThan(20);
    expect(someoneBlocked).toBeGreaterThan(20);
  });

  it('names the grants and the reasons a linked contact is blocked', async () => {
    const db = handle.db;
    const org = await makeOrganization(db);
    const group = await makeClientGroup(db, org.id, { name: 'Harbour Group' });
    const account = await makeAccount(db, org.id, { clientGroupId: group.id, name: 'Harbour Holdings' });
    const building = await makeBuilding(db, org.id, account.id, { name: 'North Tower' });
    const invoice = await makeDocument(
      db,
      org.id,
      { accountId: account.id, buildingId: building.id },
      {
        kind: 'invoice',
        published: false,
      },
    );
    const both = await makeEnrolledContact(db, org.id, {
      accountId: account.id,
      buildingId: building.id,
      clientGroupId: group.id,
      firstName: 'Ana',
      lastName: 'Both',
    });
    const suspended = await makeContact(db, org.id, {
      buildingId: building.id,
      suspended: true,
      lastName: 'Zed',
    });

    const audience = await documentAudience(db, officeCtx(org.id), invoice.id);
    expect(audience.items).toEqual([
      {
        contact: expect.objectContaining({ id: both.id, name: 'Ana Both', portalStatus: 'enrolled' }),
        grants: [
          { rule: 'account_link', via: { id: account.id, name: 'Harbour Holdings' } },
          { rule: 'building_link', via: { id: building.id, name: 'North Tower' } },
          { rule: 'client_group', via: { id: group.id, name: 'Harbour Group' } },
        ],
        areaAllowed: false,
        canSeeNow: false,
        blockedBy: ['area', 'unpublished'],
      },
      {
        contact: expect.objectContaining({ id: suspended.id, portalStatus: 'suspended', suspended: true }),
        grants: [{ rule: 'building_link', via: { id: building.id, name: 'North Tower' } }],
        areaAllowed: false,
        canSeeNow: false,
        blockedBy: ['not_enrolled', 'suspended', 'area', 'unpublished'],
      },
    ]);

    // An account-level document: a building link alone does not open it.
    const accountLevel = await makeDocument(db, org.id, { accountId: account.id });
    const accountAudience = await documentAudience(db, officeCtx(org.id), accountLevel.id);
    expect(accountAudience.items.map((e) => e.contact.id)).toEqual([both.id]);
    expect(accountAudience.items[0]?.grants.map((g) => g.rule)).toEqual(['account_link', 'client_group']);
    expect(accountAudience).toMatchObject({ total: 1, canSeeNow: 1 });
  });

  it("answers not found for another organization's building or document", async () => {
    const db = handle.db;
    const org = await makeOrganization(db);
    const other = await makeOrganization(db);
    const account = await makeAccount(db, other.id);
    const building = await makeBuilding(db, other.id, account.id);
    const doc = await makeDocument(db, other.id, { accountId: account.id, buildingId: building.id });
    await expect(buildingAudience(db, officeCtx(org.id), building.id)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(documentAudience(db, officeCtx(org.id), doc.id)).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
