import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type Db, type DbHandle } from '@portico/db';
import {
  createTestDatabase,
  makeAccount,
  makeBuilding,
  makeClientGroup,
  makeContact,
  makeDefect,
  makeDocument,
  makeOrganization,
  type TestDatabase,
} from '@portico/db/testing';
import { portalUsage } from './usage';

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

// Overdue compares with current_date: far past and far future dates keep the test date-proof.
const PAST = '2020-01-15';
const FUTURE = '2999-01-01';

/**
 * Hand-computed at-risk list (organization A):
 * - Ash (building B1): open critical published defects 2 (one more unpublished, one resolved, one
 *   non-conformance: not counted); overdue invoices 1 (100, 40 paid: 60 left) (unpublished, paid
 *   in full, not yet due and a late proposal not counted); contacts: invited with email
 *   (invitable), no email, enrolled but suspended (neither) -> 2 / 1 / 60 / 1.
 * - Beech (in group G): two account-level overdue invoices 500 (nothing paid) and 250.50 (0.50 paid)
 *   -> 750; contacts: a building contact with email, and an expired group user -> 0 / 2 / 750 / 2.
 * - Cypress: critical defect, but an enrolled building contact: not listed.
 * - Dogwood (in group H): critical defect, an enrolled group user: not listed.
 * - Elder: inactive with a critical defect; Fig: nothing due; Gum: overdue but an enrolled
 *   account contact: none listed. Organization B's critical defect never shows.
 */
async function seed() {
  const org = await makeOrganization(db);
  const g = await makeClientGroup(db, org.id);
  const h = await makeClientGroup(db, org.id);

  const ash = await makeAccount(db, org.id, { name: 'Ash' });
  const b1 = await makeBuilding(db, org.id, ash.id);
  for (const over of [{}, {}] as const)
    await makeDefect(db, org.id, b1.id, { severity: 'critical', ...over });
  await makeDefect(db, org.id, b1.id, { severity: 'critical', published: false });
  await makeDefect(db, org.id, b1.id, { severity: 'critical', status: 'resolved' });
  await makeDefect(db, org.id, b1.id, { severity: 'non_conformance' });
  const invoice = { kind: 'invoice' as const, dueOn: PAST, amount: '100.00' };
  await makeDocument(
    db,
    org.id,
    { accountId: ash.id, buildingId: b1.id },
    { ...invoice, amountPaid: '40.00' },
  );
  await makeDocument(db, org.id, { accountId: ash.id, buildingId: b1.id }, { ...invoice, published: false });
  await makeDocument(db, org.id, { accountId: ash.id }, { ...invoice, amountPaid: '100.00' });
  await makeDocument(db, org.id, { accountId: ash.id }, { ...invoice, dueOn: FUTURE });
  await makeDocument(db, org.id, { accountId: ash.id }, { ...invoice, kind: 'proposal' });
  await makeContact(db, org.id, { accountId: ash.id, inviteStatus: 'invited' });
  await makeContact(db, org.id, { accountId: ash.id, email: null });
  await makeContact(db, org.id, { buildingId: b1.id, inviteStatus: 'enrolled', suspended: true });

  const beech = await makeAccount(db, org.id, { name: 'Beech', clientGroupId: g.id });
  const b2 = await makeBuilding(db, org.id, beech.id);
  await makeDocument(db, org.id, { accountId: beech.id }, { ...invoice, amount: '500.00' });
  await makeDocument(
    db,
    org.id,
    { accountId: beech.id },
    { ...invoice, amount: '250.50', amountPaid: '0.50' },
  );
  await makeContact(db, org.id, { buildingId: b2.id });
  await makeContact(db, org.id, { clientGroupId: g.id, inviteStatus: 'expired' });

  const cypress = await makeAccount(db, org.id, { name: 'Cypress' });
  const b3 = await makeBuilding(db, org.id, cypress.id);
  await makeDefect(db, org.id, b3.id, { severity: 'critical' });
  await makeContact(db, org.id, { buildingId: b3.id, inviteStatus: 'enrolled' });

  const dogwood = await makeAccount(db, org.id, { name: 'Dogwood', clientGroupId: h.id });
  await makeDefect(db, org.id, (await makeBuilding(db, org.id, dogwood.id)).id, { severity: 'critical' });
  await makeContact(db, org.id, { clientGroupId: h.id, inviteStatus: 'enrolled' });

  const elder = await makeAccount(db, org.id, { name: 'Elder', active: false });
  await makeDefect(db, org.id, (await makeBuilding(db, org.id, elder.id)).id, { severity: 'critical' });
  await makeAccount(db, org.id, { name: 'Fig' });
  const gum = await makeAccount(db, org.id, { name: 'Gum' });
  await makeDocument(db, org.id, { accountId: gum.id }, invoice);
  await makeContact(db, org.id, { accountId: gum.id, inviteStatus: 'enrolled' });

  const other = await makeOrganization(db);
  const theirs = await makeAccount(db, other.id, { name: 'Aardvark' });
  await makeDefect(db, other.id, (await makeBuilding(db, other.id, theirs.id)).id, { severity: 'critical' });
  return { org, ash, beech };
}

describe('the at-risk list of the usage report', () => {
  it('lists accounts with critical defects or overdue invoices and nobody enrolled, with the numbers', async () => {
    const { org, ash, beech } = await seed();
    const usage = await portalUsage(db, { orgId: org.id }, {}, new Date());
    expect(usage.atRiskAccounts).toEqual({
      items: [
        {
          accountId: ash.id,
          name: 'Ash',
          openCriticalDefects: 2,
          overdueInvoices: 1,
          overdueAmount: 60,
          invitableContacts: 1,
        },
        {
          accountId: beech.id,
          name: 'Beech',
          openCriticalDefects: 0,
          overdueInvoices: 2,
          overdueAmount: 750,
          invitableContacts: 2,
        },
      ],
      total: 2,
    });
  });
});
