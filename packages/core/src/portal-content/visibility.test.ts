import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type DbHandle, schema } from '@portico/db';
import {
  createTestDatabase,
  makeAccount,
  makeBuilding,
  makeClientGroup,
  makeEnrolledContact,
  makeOrganization,
  type TestDatabase,
} from '@portico/db/testing';
import { sql } from 'drizzle-orm';
import { loadPortalContact } from '../portal-auth/portal-contacts';
import { resolvePortalView } from '../portal-auth/portal-views';
import { visibleBuildingIds } from './visibility';

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

async function visible(contactId: string, orgId: string, view?: string): Promise<string[]> {
  const contact = await loadPortalContact(handle.db, contactId, orgId);
  const { view: resolved } = await resolvePortalView(handle.db, contact, view);
  const rows = await handle.db.execute<{ id: string }>(
    sql`${visibleBuildingIds(contact, resolved)} order by 1`,
  );
  return rows.rows.map((r) => r.id).sort();
}

describe('visibleBuildingIds', () => {
  it('gives an account link every building of the account, including ones added later', async () => {
    const org = await makeOrganization(handle.db);
    const account = await makeAccount(handle.db, org.id);
    const b1 = await makeBuilding(handle.db, org.id, account.id);
    const other = await makeBuilding(handle.db, org.id, (await makeAccount(handle.db, org.id)).id);
    const c = await makeEnrolledContact(handle.db, org.id, { accountId: account.id });
    expect(await visible(c.id, org.id)).toEqual([b1.id]);
    const later = await makeBuilding(handle.db, org.id, account.id);
    expect(await visible(c.id, org.id)).toEqual([b1.id, later.id].sort());
    expect(await visible(c.id, org.id)).not.toContain(other.id);
  });

  it('gives a building link only that building, and nothing of inactive accounts', async () => {
    const org = await makeOrganization(handle.db);
    const account = await makeAccount(handle.db, org.id);
    const mine = await makeBuilding(handle.db, org.id, account.id);
    await makeBuilding(handle.db, org.id, account.id);
    const c = await makeEnrolledContact(handle.db, org.id, { buildingId: mine.id });
    expect(await visible(c.id, org.id)).toEqual([mine.id]);
    const inactive = await makeAccount(handle.db, org.id, { active: false });
    const hidden = await makeBuilding(handle.db, org.id, inactive.id);
    const d = await makeEnrolledContact(handle.db, org.id, { accountId: inactive.id });
    expect(await visible(d.id, org.id)).toEqual([]);
    expect(await visible(c.id, org.id)).not.toContain(hidden.id);
  });

  it('gives a client-group user the group, or one client in the account view', async () => {
    const org = await makeOrganization(handle.db);
    const group = await makeClientGroup(handle.db, org.id);
    const a1 = await makeAccount(handle.db, org.id, { clientGroupId: group.id });
    const a2 = await makeAccount(handle.db, org.id, { clientGroupId: group.id });
    const b1 = await makeBuilding(handle.db, org.id, a1.id);
    const b2 = await makeBuilding(handle.db, org.id, a2.id);
    await makeBuilding(handle.db, org.id, (await makeAccount(handle.db, org.id)).id);
    const c = await makeEnrolledContact(handle.db, org.id, { clientGroupId: group.id });
    expect(await visible(c.id, org.id)).toEqual([b1.id, b2.id].sort());
    expect(await visible(c.id, org.id, `account:${a2.id}`)).toEqual([b2.id]);
  });

  it("never crosses organizations, even with another organization's links", async () => {
    const org = await makeOrganization(handle.db);
    const otherOrg = await makeOrganization(handle.db);
    const foreignAccount = await makeAccount(handle.db, otherOrg.id);
    await makeBuilding(handle.db, otherOrg.id, foreignAccount.id);
    const c = await makeEnrolledContact(handle.db, org.id);
    // A corrupt cross-tenant link must still not leak.
    await handle.db.insert(schema.contactAccounts).values({
      orgId: org.id,
      contactId: c.id,
      accountId: foreignAccount.id,
    });
    expect(await visible(c.id, org.id)).toEqual([]);
  });
});
