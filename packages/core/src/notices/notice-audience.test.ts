import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type Db, type DbHandle, type DocumentKind, schema } from '@portico/db';
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
import { and, eq, inArray } from 'drizzle-orm';
import { toPortalContact } from '../portal-auth/portal-contacts';
import { documentVisible } from '../portal-content/visibility';
import { createDocumentNotices } from './document-notices';

const { contacts, documentNotices, documents, organizations } = schema;

let database: TestDatabase;
let handle: DbHandle;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { max: 2 });
  db = handle.db;
});

afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

const kinds: DocumentKind[] = ['inspection_report', 'service_report', 'proposal', 'invoice'];

const areaSets = {
  all: {
    accessInspectionReports: true,
    accessServiceReports: true,
    accessProposals: true,
    accessInvoices: true,
  },
  inspectionsOnly: {
    accessInspectionReports: true,
    accessServiceReports: false,
    accessProposals: false,
    accessInvoices: false,
  },
  money: {
    accessInspectionReports: false,
    accessServiceReports: false,
    accessProposals: true,
    accessInvoices: true,
  },
  none: {
    accessInspectionReports: false,
    accessServiceReports: false,
    accessProposals: false,
    accessInvoices: false,
  },
};

/** What documentVisible (the portal's rule, `all` view) shows the contact, among `ids`. */
async function visibleByRule(contactId: string, ids: string[]): Promise<string[]> {
  const [row] = await db
    .select({ contact: contacts, organization: organizations })
    .from(contacts)
    .innerJoin(organizations, eq(organizations.id, contacts.orgId))
    .where(eq(contacts.id, contactId));
  if (!row) throw new Error('no contact');
  const scope = { contact: toPortalContact(row.contact, row.organization), view: { kind: 'all' as const } };
  const rows = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(inArray(documents.id, ids), documentVisible(scope)));
  return rows.map((r) => r.id).sort();
}

describe('the notice audience agrees with documentVisible', () => {
  it('for every link type x area set, on building and account-level documents of every kind', async () => {
    const org = await makeOrganization(db);
    const group = await makeClientGroup(db, org.id);
    const a = await makeAccount(db, org.id, { clientGroupId: group.id });
    const a2 = await makeAccount(db, org.id, { clientGroupId: group.id });
    const b = await makeAccount(db, org.id);
    const inactive = await makeAccount(db, org.id, { active: false, clientGroupId: group.id });
    const a1 = await makeBuilding(db, org.id, a.id);
    const aOther = await makeBuilding(db, org.id, a.id);
    const a2b = await makeBuilding(db, org.id, a2.id);
    const b1 = await makeBuilding(db, org.id, b.id);
    const x1 = await makeBuilding(db, org.id, inactive.id);

    // Where documents sit: on buildings, on accounts (no building), and one whose own account
    // differs from its building's (the building's account is what links open).
    const places: { accountId: string; buildingId: string | null }[] = [
      { accountId: a.id, buildingId: a1.id },
      { accountId: a.id, buildingId: aOther.id },
      { accountId: a.id, buildingId: null },
      { accountId: a2.id, buildingId: a2b.id },
      { accountId: a2.id, buildingId: null },
      { accountId: b.id, buildingId: b1.id },
      { accountId: b.id, buildingId: null },
      { accountId: inactive.id, buildingId: x1.id },
      { accountId: inactive.id, buildingId: null },
      { accountId: b.id, buildingId: a1.id },
    ];
    const docIds: string[] = [];
    for (const place of places) {
      for (const kind of kinds) docIds.push((await makeDocument(db, org.id, place, { kind })).id);
    }
    // Unpublished: never in a notice.
    await makeDocument(db, org.id, { accountId: a.id, buildingId: a1.id }, { published: false });

    const links: Record<string, Parameters<typeof makeEnrolledContact>[2]> = {
      accountA: { accountId: a.id },
      buildingA1: { buildingId: a1.id },
      group: { clientGroupId: group.id },
      accountBAndBuildingA1: { accountId: b.id, buildingId: a1.id },
      inactiveAccount: { accountId: inactive.id },
      nothing: {},
    };
    const eligible: string[] = [];
    for (const link of Object.values(links)) {
      for (const areas of Object.values(areaSets)) {
        eligible.push((await makeEnrolledContact(db, org.id, { ...link, ...areas })).id);
      }
    }
    // Those the rule lets see documents but who cannot sign in to read them: no notice.
    const ineligible = [
      (await makeEnrolledContact(db, org.id, { accountId: a.id, suspended: true })).id,
      (await makeContact(db, org.id, { accountId: a.id, inviteStatus: 'invited' })).id,
      (await makeContact(db, org.id, { accountId: a.id, inviteStatus: 'enrolled' })).id, // no identity
      (await makeEnrolledContact(db, org.id, { accountId: a.id, email: null })).id,
    ];
    // Another organization's contact never hears of these.
    const elsewhere = await makeOrganization(db);
    const stranger = await makeEnrolledContact(db, elsewhere.id, {
      accountId: (await makeAccount(db, elsewhere.id)).id,
    });

    const run = await createDocumentNotices(db, org.id);
    expect(run.documents).toBe(docIds.length);

    const notices = await db.select().from(documentNotices);
    const byContact = new Map(notices.map((n) => [n.contactId, [...n.documentIds].sort()]));
    expect(notices).toHaveLength(byContact.size); // one notice per contact

    let withNotice = 0;
    for (const contactId of eligible) {
      const expected = await visibleByRule(contactId, docIds);
      expect({ contactId, ids: byContact.get(contactId) ?? [] }).toEqual({ contactId, ids: expected });
      if (expected.length > 0) withNotice++;
    }
    // The matrix is not vacuous: most contacts get a notice, and some get none.
    expect(withNotice).toBeGreaterThan(10);
    expect(withNotice).toBeLessThan(eligible.length);
    for (const contactId of [...ineligible, stranger.id]) expect(byContact.has(contactId)).toBe(false);
  });
});
