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
import type { OfficeContext } from '../context';
import { ValidationError } from '../errors';
import { getPortalAdoptionReport } from './adoption-report';

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

describe('getPortalAdoptionReport', () => {
  it('counts a contact linked both directly and through a building once, and a blank email as none', async () => {
    const org = await makeOrganization(db);
    const account = await makeAccount(db, org.id, { name: 'Harbor' });
    const building = await makeBuilding(db, org.id, account.id);
    await makeContact(db, org.id, {
      accountId: account.id,
      buildingId: building.id,
      inviteStatus: 'enrolled',
    });
    await makeContact(db, org.id, { accountId: account.id, email: '' });
    const report = await getPortalAdoptionReport(db, ctxOf(org.id), {}, { limit: 10 });
    expect(report.headline).toEqual({
      customersWithAccess: 1,
      customersWithoutAccess: 0,
      emailsWithAccess: 1,
      emailsWithoutAccess: 0,
      invitesPending: 0,
      invitesExpired: 0,
      invitesNotSent: 0,
      contactsWithoutEmail: 1,
    });
    expect(report.emails).toBeNull();
    expect(report.customers?.items).toEqual([
      {
        accountId: account.id,
        name: 'Harbor',
        active: true,
        contacts: 2,
        emailsWithAccess: 1,
        hasAccess: true,
      },
    ]);
    const emails = await getPortalAdoptionReport(db, ctxOf(org.id), {}, { limit: 10, table: 'emails' });
    expect(emails.emails?.total).toBe(2);
    expect(emails.emails?.items.map((e) => e.accountNames)).toEqual([['Harbor'], ['Harbor']]);
  });

  it('counts a contact reached through several buildings of one customer once, in each table', async () => {
    const org = await makeOrganization(db);
    const harbor = await makeAccount(db, org.id, { name: 'Harbor' });
    const quay = await makeAccount(db, org.id, { name: 'Quay' });
    const north = await makeBuilding(db, org.id, harbor.id);
    const south = await makeBuilding(db, org.id, harbor.id);
    const pier = await makeBuilding(db, org.id, quay.id);
    // Ivy: two Harbor buildings and, directly and through a building, Quay. Jon: Quay only.
    const ivy = await makeContact(db, org.id, {
      buildingId: north.id,
      accountId: quay.id,
      inviteStatus: 'enrolled',
    });
    await db.insert(schema.contactBuildings).values([
      { orgId: org.id, contactId: ivy.id, buildingId: south.id },
      { orgId: org.id, contactId: ivy.id, buildingId: pier.id },
    ]);
    await makeContact(db, org.id, { accountId: quay.id, inviteStatus: 'invited' });

    const report = await getPortalAdoptionReport(db, ctxOf(org.id), {}, { limit: 10 });
    expect(report.headline).toMatchObject({
      customersWithAccess: 2,
      customersWithoutAccess: 0,
      emailsWithAccess: 1,
      invitesPending: 1,
    });
    expect(report.customers?.items.map((r) => [r.name, r.contacts, r.emailsWithAccess])).toEqual([
      ['Harbor', 1, 1],
      ['Quay', 2, 1],
    ]);
    const emails = await getPortalAdoptionReport(db, ctxOf(org.id), {}, { limit: 10, table: 'emails' });
    expect(emails.emails?.total).toBe(2);
    expect(emails.emails?.items.find((e) => e.contactId === ivy.id)?.accountNames).toEqual([
      'Harbor',
      'Quay',
    ]);

    // Customer and email filters together: customers with access, counting only invited contacts.
    const invited = await getPortalAdoptionReport(
      db,
      ctxOf(org.id),
      { customerHasAccess: true, inviteStatus: ['invited'] },
      { limit: 10 },
    );
    expect(invited.customers?.items.map((r) => [r.name, r.contacts, r.hasAccess])).toEqual([
      ['Quay', 1, true],
    ]);
    expect(invited.headline).toMatchObject({
      customersWithAccess: 1,
      emailsWithAccess: 0,
      invitesPending: 1,
    });
  });

  it('treats LIKE wildcards in searches as text', async () => {
    const org = await makeOrganization(db);
    await makeAccount(db, org.id, { name: '50% Off Storage' });
    await makeAccount(db, org.id, { name: 'Fifty Storage' });
    const report = await getPortalAdoptionReport(db, ctxOf(org.id), { customerName: '%' }, { limit: 10 });
    expect(report.customers?.items.map((r) => r.name)).toEqual(['50% Off Storage']);
    const underscore = await getPortalAdoptionReport(db, ctxOf(org.id), { email: '_' }, { limit: 10 });
    expect(underscore.customers?.total).toBe(0);
  });

  it('refuses a cursor it did not produce with a validation error', async () => {
    const org = await makeOrganization(db);
    await expect(
      getPortalAdoptionReport(db, ctxOf(org.id), {}, { limit: 10, cursor: 'bm90LWEtY3Vyc29y' }),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});
