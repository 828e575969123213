import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type ActivityType,
  createDb,
  type Db,
  type DbHandle,
  type InvitationEventType,
  schema,
} from '@portico/db';
import {
  createTestDatabase,
  makeAccount,
  makeBuilding,
  makeClientGroup,
  makeContact,
  makeOrganization,
  type TestDatabase,
} from '@portico/db/testing';
import { ValidationError } from '../errors';
import { portalUsage } from './usage';

const { activityEvents, invitationEvents, invitations, portalIdentities } = schema;

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

/** A Wednesday; "the last 30 days" is (2026-02-16T12:00Z, now]. */
const now = new Date('2026-03-18T12:00:00Z');
const at = (iso: string) => new Date(`${iso}Z`);

async function events(orgId: string, contactId: string, list: [InvitationEventType, string][]) {
  await db.insert(invitationEvents).values(
    list.map(([type, time]) => ({
      orgId,
      contactId,
      type,
      actorType: 'system' as const,
      createdAt: at(time),
    })),
  );
}

async function activity(orgId: string, contactId: string, list: [ActivityType, string][]) {
  await db
    .insert(activityEvents)
    .values(list.map(([type, time]) => ({ orgId, contactId, type, createdAt: at(time) })));
}

async function identity(orgId: string, contactId: string, enrolledAt: string, signInCount = 0) {
  await db.insert(portalIdentities).values({ orgId, contactId, enrolledAt: at(enrolledAt), signInCount });
}

/**
 * The data set, organization A (hand-computed expectations below):
 * - c1: invited 01-05 10:00, opened, registered 01-06 10:00 (24 h), 3 sign-ins; sign_in, sign_out,
 *   document_viewed on 03-10; a search on 01-10 (outside 30 days). Linked to account Alder.
 * - c2: invitation row and invited event 01-20, opened, registered 01-22 (48 h), never signed in.
 *   Client-group user of Elm's group.
 * - c3: invited 02-10, resent 02-12, registered 02-14 (96 h from the invited event), sign_in_count 0
 *   but a sign_in activity 03-01, proposal_decided 03-02. Linked to a building of Birch.
 * - c4: invited 02-20, opened 02-21, a sign_in dated after `now` (ignored). Linked to Cedar.
 * - c5: enrolled without any invitation (imported), enrolled 03-16, sign_in 03-15.
 * - c6: enrolled but suspended, not invited, linked to Fir.
 * - Dogwood: inactive, nobody linked.
 * Organization B repeats c1 and has an active account without contacts: never counted.
 */
async function seed() {
  const org = await makeOrganization(db);
  const group = await makeClientGroup(db, org.id);
  const alder = await makeAccount(db, org.id, { name: 'Alder' });
  const birch = await makeAccount(db, org.id, { name: 'Birch' });
  const birchTower = await makeBuilding(db, org.id, birch.id);
  const cedar = await makeAccount(db, org.id, { name: 'Cedar' });
  await makeAccount(db, org.id, { name: 'Dogwood', active: false });
  await makeAccount(db, org.id, { name: 'Elm', clientGroupId: group.id });
  const fir = await makeAccount(db, org.id, { name: 'Fir' });

  const c1 = await makeContact(db, org.id, { inviteStatus: 'enrolled', accountId: alder.id });
  await events(org.id, c1.id, [
    ['invited', '2026-01-05T10:00:00'],
    ['email_sent', '2026-01-05T10:01:00'],
    ['link_opened', '2026-01-05T12:00:00'],
    ['registered', '2026-01-06T10:00:00'],
  ]);
  await identity(org.id, c1.id, '2026-01-06T10:00:00', 3);
  await activity(org.id, c1.id, [
    ['search', '2026-01-10T09:00:00'],
    ['sign_in', '2026-03-10T09:00:00'],
    ['document_viewed', '2026-03-10T09:05:00'],
    ['sign_out', '2026-03-10T09:10:00'],
  ]);

  const c2 = await makeContact(db, org.id, { inviteStatus: 'enrolled', clientGroupId: group.id });
  await db.insert(invitations).values({
    orgId: org.id,
    contactId: c2.id,
    status: 'accepted',
    expiresAt: at('2026-01-23T00:00:00'),
    createdAt: at('2026-01-20T00:00:00'),
  });
  await events(org.id, c2.id, [
    ['invited', '2026-01-20T00:00:00'],
    ['link_opened', '2026-01-21T00:00:00'],
    ['registered', '2026-01-22T00:00:00'],
  ]);
  await identity(org.id, c2.id, '2026-01-22T00:00:00');

  const c3 = await makeContact(db, org.id, { inviteStatus: 'enrolled', buildingId: birchTower.id });
  await events(org.id, c3.id, [
    ['invited', '2026-02-10T00:00:00'],
    ['resent', '2026-02-12T00:00:00'],
    ['registered', '2026-02-14T00:00:00'],
  ]);
  await identity(org.id, c3.id, '2026-02-14T00:00:00');
  await activity(org.id, c3.id, [
    ['sign_in', '2026-03-01T08:00:00'],
    ['proposal_decided', '2026-03-02T08:00:00'],
  ]);

  const c4 = await makeContact(db, org.id, { inviteStatus: 'invited', accountId: cedar.id });
  await events(org.id, c4.id, [
    ['invited', '2026-02-20T00:00:00'],
    ['link_opened', '2026-02-21T00:00:00'],
  ]);
  await activity(org.id, c4.id, [['sign_in', '2026-03-19T08:00:00']]);

  const c5 = await makeContact(db, org.id, { inviteStatus: 'enrolled' });
  await identity(org.id, c5.id, '2026-03-16T00:00:00');
  await activity(org.id, c5.id, [['sign_in', '2026-03-15T08:00:00']]);

  await makeContact(db, org.id, { inviteStatus: 'enrolled', suspended: true, accountId: fir.id });

  const other = await makeOrganization(db);
  await makeAccount(db, other.id, { name: 'Aardvark' });
  const o1 = await makeContact(db, other.id, { inviteStatus: 'enrolled' });
  await events(other.id, o1.id, [
    ['invited', '2025-12-01T00:00:00'],
    ['link_opened', '2025-12-01T01:00:00'],
    ['registered', '2025-12-01T02:00:00'],
  ]);
  await identity(other.id, o1.id, '2025-12-01T02:00:00', 1);
  await activity(other.id, o1.id, [
    ['sign_in', '2026-03-10T09:00:00'],
    ['search', '2026-03-10T09:01:00'],
  ]);
  return { org, cedar, fir };
}

describe('portalUsage', () => {
  it('computes every metric of the organization, and nothing of another', async () => {
    const { org } = await seed();
    const usage = await portalUsage(db, { orgId: org.id }, {}, now);
    expect(usage).toEqual({
      period: { from: null, to: '2026-03-18' },
      invitedContacts: 4,
      activatedContacts: 2,
      activationRate: 0.5,
      monthlyActiveUsers: 3,
      featureUsage: [
        { feature: 'sign_in', events: 3 },
        { feature: 'sign_out', events: 1 },
        { feature: 'document_viewed', events: 1 },
        { feature: 'document_downloaded', events: 0 },
        { feature: 'proposal_decided', events: 1 },
        { feature: 'search', events: 0 },
        { feature: 'invoice_pay_clicked', events: 0 },
      ],
      funnel: { invited: 4, opened: 3, registered: 3, active: 2, tookAction: 2 },
      medianTimeToRegisterHours: 48,
      cohorts: [
        { month: '2026-01', invited: 2, registered: 2, active: 1 },
        { month: '2026-02', invited: 2, registered: 1, active: 1 },
      ],
      adoptionCurve: [
        { weekStart: '2026-01-05', enrolledContacts: 1 },
        { weekStart: '2026-01-12', enrolledContacts: 1 },
        { weekStart: '2026-01-19', enrolledContacts: 2 },
        { weekStart: '2026-01-26', enrolledContacts: 2 },
        { weekStart: '2026-02-02', enrolledContacts: 2 },
        { weekStart: '2026-02-09', enrolledContacts: 3 },
        { weekStart: '2026-02-16', enrolledContacts: 3 },
        { weekStart: '2026-02-23', enrolledContacts: 3 },
        { weekStart: '2026-03-02', enrolledContacts: 3 },
        { weekStart: '2026-03-09', enrolledContacts: 3 },
        { weekStart: '2026-03-16', enrolledContacts: 4 },
      ],
      // Nobody enrolled at Cedar and Fir, but nothing critical or overdue there: not at risk
      // (the at-risk list has its own data set in at-risk.test.ts).
      atRiskAccounts: { items: [], total: 0 },
    });
  });

  it('limits the funnel, median and cohorts to contacts first invited in the period', async () => {
    const { org } = await seed();
    const usage = await portalUsage(db, { orgId: org.id }, { from: '2026-02-01', to: '2026-02-20' }, now);
    expect(usage.period).toEqual({ from: '2026-02-01', to: '2026-02-20' });
    // c3 (02-10) and c4 (02-20, the last day counts whole).
    expect(usage.funnel).toEqual({ invited: 2, opened: 1, registered: 1, active: 1, tookAction: 1 });
    expect(usage.medianTimeToRegisterHours).toBe(96);
    expect(usage.cohorts).toEqual([{ month: '2026-02', invited: 2, registered: 1, active: 1 }]);
    // Not limited by the period.
    expect(usage.activationRate).toBe(0.5);
    expect(usage.adoptionCurve).toHaveLength(11);
  });

  it('answers nulls and empty series for an organization that never invited anyone', async () => {
    const org = await makeOrganization(db);
    await makeAccount(db, org.id, { name: 'Solo' });
    const usage = await portalUsage(db, { orgId: org.id }, {}, now);
    expect(usage).toMatchObject({
      invitedContacts: 0,
      activationRate: null,
      monthlyActiveUsers: 0,
      funnel: { invited: 0, opened: 0, registered: 0, active: 0, tookAction: 0 },
      medianTimeToRegisterHours: null,
      cohorts: [],
      adoptionCurve: [],
      atRiskAccounts: { items: [], total: 0 },
    });
    expect(usage.featureUsage.every((f) => f.events === 0)).toBe(true);
  });

  it('refuses a period that ends before it starts', async () => {
    const org = await makeOrganization(db);
    await expect(
      portalUsage(db, { orgId: org.id }, { from: '2026-03-01', to: '2026-02-01' }, now),
    ).rejects.toThrow(ValidationError);
  });
});
