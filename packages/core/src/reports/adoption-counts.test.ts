import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type Db, type DbHandle, schema } from '@portico/db';
import {
  createTestDatabase,
  makeAccount,
  makeBuilding,
  makeContact,
  makeOrganization,
  type TestDatabase,
} from '@portico/db/testing';
import { and, eq, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { getPortalAdoptionReport } from './adoption-report';

// The adoption report reads counts that triggers maintain (decision 016). These tests change links,
// buildings, statuses and accounts in every way the product does and compare the maintained rows
// with the same numbers computed from the base tables.

let database: TestDatabase;
let handle: DbHandle;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { max: 4 });
  db = handle.db;
});

afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

const ctxOf = (orgId: string): OfficeContext => ({
  orgId,
  actor: { type: 'office_user', id: '00000000-0000-4000-8000-000000000000' },
  permissions: ['reports.read'],
});

type Row = Record<string, unknown>;
const rows = async (query: ReturnType<typeof sql>) => (await db.execute<Row>(query)).rows;
const sorted = (list: Row[]) => list.map((r) => JSON.stringify(r)).sort();

/** The maintained rows of an organization against the same rows derived from the base tables. */
async function expectConsistent(orgId: string): Promise<void> {
  const expectedPairs = await rows(sql`
    select l.account_id, l.contact_id, bool_or(l.direct) as direct, sum(l.via)::int as via_buildings,
           bool_or(c.invite_status = 'enrolled' and not c.suspended) as has_access, bool_or(a.active) as account_active
      from (select account_id, contact_id, true as direct, 0 as via from contact_accounts where org_id = ${orgId}
            union all
            select b.account_id, cb.contact_id, false, 1 from contact_buildings cb
              join buildings b on b.id = cb.building_id where cb.org_id = ${orgId}) l
      join contacts c on c.id = l.contact_id
      join accounts a on a.id = l.account_id
     group by l.account_id, l.contact_id`);
  const actualPairs = await rows(sql`
    select account_id, contact_id, direct, via_buildings, has_access, account_active
      from account_contact_pairs where org_id = ${orgId}`);
  expect(sorted(actualPairs)).toEqual(sorted(expectedPairs));

  const expectedAccounts = await rows(sql`
    select a.id, count(p.contact_id)::int as contacts, (count(*) filter (where p.has_access))::int as with_access
      from accounts a left join account_contact_pairs p on p.account_id = a.id
     where a.org_id = ${orgId} group by a.id`);
  const actualAccounts = await rows(sql`
    select id, adoption_contacts as contacts, adoption_contacts_with_access as with_access
      from accounts where org_id = ${orgId}`);
  expect(sorted(actualAccounts)).toEqual(sorted(expectedAccounts));

  const expectedContacts = await rows(sql`
    select c.id, (count(*) filter (where p.account_active))::int as active,
           (count(*) filter (where not p.account_active))::int as inactive
      from contacts c left join account_contact_pairs p on p.contact_id = c.id
     where c.org_id = ${orgId} group by c.id`);
  const actualContacts = await rows(sql`
    select id, adoption_active_customers as active, adoption_inactive_customers as inactive
      from contacts where org_id = ${orgId}`);
  expect(sorted(actualContacts)).toEqual(sorted(expectedContacts));
}

const removeDirect = (contactId: string, accountId: string) =>
  db
    .delete(schema.contactAccounts)
    .where(
      and(eq(schema.contactAccounts.contactId, contactId), eq(schema.contactAccounts.accountId, accountId)),
    );

describe('adoption counts kept by triggers', () => {
  it('follow direct and building links: a pair reached both ways stays until both are gone', async () => {
    const org = await makeOrganization(db);
    const harbor = await makeAccount(db, org.id, { name: 'Harbor' });
    const north = await makeBuilding(db, org.id, harbor.id);
    const south = await makeBuilding(db, org.id, harbor.id);
    const ann = await makeContact(db, org.id, {
      accountId: harbor.id,
      buildingId: north.id,
      inviteStatus: 'enrolled',
    });
    await db
      .insert(schema.contactBuildings)
      .values({ orgId: org.id, contactId: ann.id, buildingId: south.id });
    await expectConsistent(org.id);

    await removeDirect(ann.id, harbor.id);
    await expectConsistent(org.id);
    await db.delete(schema.contactBuildings).where(eq(schema.contactBuildings.buildingId, north.id));
    await expectConsistent(org.id);
    await db.delete(schema.contactBuildings).where(eq(schema.contactBuildings.buildingId, south.id));
    await expectConsistent(org.id);
    const pairs = await rows(sql`select 1 from account_contact_pairs where contact_id = ${ann.id}`);
    expect(pairs).toHaveLength(0);
  });

  it('follow a building moved to another customer and a building deleted', async () => {
    const org = await makeOrganization(db);
    const harbor = await makeAccount(db, org.id, { name: 'Harbor' });
    const quay = await makeAccount(db, org.id, { name: 'Quay', active: false });
    const pier = await makeBuilding(db, org.id, harbor.id);
    const dock = await makeBuilding(db, org.id, harbor.id);
    const ann = await makeContact(db, org.id, { buildingId: pier.id, inviteStatus: 'enrolled' });
    await makeContact(db, org.id, { buildingId: dock.id });
    await expectConsistent(org.id);

    await db.update(schema.buildings).set({ accountId: quay.id }).where(eq(schema.buildings.id, pier.id));
    await expectConsistent(org.id);
    const annPairs = await rows(
      sql`select account_id from account_contact_pairs where contact_id = ${ann.id}`,
    );
    expect(annPairs).toEqual([{ account_id: quay.id }]);

    await db.delete(schema.buildings).where(eq(schema.buildings.id, dock.id));
    await expectConsistent(org.id);
  });

  it('follow access, suspension and account activity, and survive deleting contacts and accounts', async () => {
    const org = await makeOrganization(db);
    const harbor = await makeAccount(db, org.id, { name: 'Harbor' });
    const quay = await makeAccount(db, org.id, { name: 'Quay' });
    const dock = await makeBuilding(db, org.id, quay.id);
    const ann = await makeContact(db, org.id, { accountId: harbor.id, buildingId: dock.id });
    const bob = await makeContact(db, org.id, { accountId: harbor.id, inviteStatus: 'enrolled' });
    await db.insert(schema.contactAccounts).values({ orgId: org.id, contactId: bob.id, accountId: quay.id });
    await expectConsistent(org.id);

    const setContact = (id: string, values: Partial<typeof schema.contacts.$inferInsert>) =>
      db.update(schema.contacts).set(values).where(eq(schema.contacts.id, id));
    await setContact(ann.id, { inviteStatus: 'invited' });
    await expectConsistent(org.id);
    await setContact(ann.id, { inviteStatus: 'enrolled' });
    await expectConsistent(org.id);
    await setContact(bob.id, { suspended: true });
    await expectConsistent(org.id);
    await setContact(bob.id, { suspended: false });
    await db.update(schema.accounts).set({ active: false }).where(eq(schema.accounts.id, quay.id));
    await expectConsistent(org.id);

    await db.delete(schema.contacts).where(eq(schema.contacts.id, ann.id));
    await expectConsistent(org.id);
    // Deleting the customer cascades to its buildings and their links while counting down.
    await makeContact(db, org.id, { buildingId: dock.id, inviteStatus: 'enrolled' });
    await db.delete(schema.accounts).where(eq(schema.accounts.id, quay.id));
    await expectConsistent(org.id);
    const bobCounts = await rows(
      sql`select adoption_active_customers as active, adoption_inactive_customers as inactive from contacts where id = ${bob.id}`,
    );
    expect(bobCounts).toEqual([{ active: 1, inactive: 0 }]);
  });

  it('give the same report as the pairs themselves, with and without filters that read them', async () => {
    const org = await makeOrganization(db);
    const names = ['Alder', 'Birch', 'Cedar', 'Dogwood'];
    for (const [i, name] of names.entries()) {
      const account = await makeAccount(db, org.id, { name, active: i !== 3 });
      const building = await makeBuilding(db, org.id, account.id);
      await makeContact(db, org.id, { accountId: account.id, inviteStatus: i % 2 ? 'enrolled' : 'invited' });
      await makeContact(db, org.id, { buildingId: building.id, ...(i === 2 ? { email: '' } : {}) });
    }
    const ctx = ctxOf(org.id);
    for (const customers of ['active', 'inactive', 'all'] as const) {
      for (const table of ['customers', 'emails'] as const) {
        const counted = await getPortalAdoptionReport(db, ctx, { customers }, { limit: 10, table });
        // A blank name filter matches every customer but takes the other path, over the pairs.
        const paired = await getPortalAdoptionReport(
          db,
          ctx,
          { customers, customerName: ' ' },
          { limit: 10, table },
        );
        expect(counted).toEqual(paired);
      }
    }
    const active = await getPortalAdoptionReport(db, ctx, {}, { limit: 10 });
    expect(active.headline).toEqual({
      customersWithAccess: 1,
      customersWithoutAccess: 2,
      emailsWithAccess: 1,
      emailsWithoutAccess: 4,
      invitesPending: 2,
      invitesExpired: 0,
      invitesNotSent: 2,
      contactsWithoutEmail: 1,
    });
  });
});
