import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type Db, type DbHandle, schema, seedDemo } from '@portico/db';
import {
  createTestDatabase,
  makeAccount,
  makeBuilding,
  makeOrganization,
  type TestDatabase,
} from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import { ValidationError } from '../errors';
import { channelShiftReport } from './channel-shift';

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

const NOW = new Date('2026-06-15T12:00:00Z');
let requestNumber = 0;

/** An organization with one customer (and its building), and writers of each kind of contact. */
async function orgWithCustomer() {
  const org = await makeOrganization(db);
  const account = await makeAccount(db, org.id);
  const building = await makeBuilding(db, org.id, account.id);
  const [thread] = await db
    .insert(schema.messageThreads)
    .values({ orgId: org.id, accountId: account.id, subject: 'Boiler', startedBy: 'contact' })
    .returning();
  const threadId = thread?.id ?? '';
  return {
    org,
    account,
    message: (at: string, authorKind: 'contact' | 'office' = 'contact', onThread = threadId) =>
      db
        .insert(schema.messages)
        .values({ orgId: org.id, threadId: onThread, authorKind, body: 'Hello', createdAt: new Date(at) }),
    request: (at: string, accountId = account.id, buildingId = building.id) =>
      db.insert(schema.serviceRequests).values({
        orgId: org.id,
        number: ++requestNumber,
        accountId,
        buildingId,
        description: 'Leak',
        createdAt: new Date(at),
      }),
    inbound: (at: string, channel: 'email' | 'call', count = 1, accountId: string | null = null) =>
      db.insert(schema.inboundContacts).values({
        orgId: org.id,
        channel,
        occurredAt: new Date(at),
        count,
        accountId,
        source: 'manual',
      }),
  };
}

describe('channelShiftReport', () => {
  it('lists every month of the default 12, zeros included, with counts per channel and the share', async () => {
    const o = await orgWithCustomer();
    await o.message('2026-06-01T00:00:00Z');
    await o.message('2026-06-10T09:00:00Z');
    await o.message('2026-06-10T09:05:00Z', 'office'); // a reply is not a customer reaching out
    await o.request('2026-06-30T23:59:59Z');
    await o.inbound('2026-06-02T10:00:00Z', 'email');
    await o.inbound('2026-06-03T10:00:00Z', 'call', 3); // a tally counts as its number
    await o.inbound('2026-01-31T23:59:59Z', 'call', 4);
    await o.inbound('2025-06-30T23:59:59Z', 'email', 9); // the month before the period
    await o.inbound('2026-07-01T00:00:00Z', 'email', 9); // after it

    const report = await channelShiftReport(db, { orgId: o.org.id }, {}, NOW);
    expect(report.period).toEqual({ from: '2025-07', to: '2026-06', timeZone: 'UTC' });
    expect(report.months.map((m) => m.month)).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(report.months[0]).toEqual({
      month: '2025-07',
      portalMessages: 0,
      serviceRequests: 0,
      emails: 0,
      calls: 0,
      portalShare: null,
    });
    expect(report.months.find((m) => m.month === '2026-01')).toMatchObject({ calls: 4, portalShare: 0 });
    expect(report.months.at(-1)).toEqual({
      month: '2026-06',
      portalMessages: 2,
      serviceRequests: 1,
      emails: 1,
      calls: 3,
      portalShare: 3 / 7,
    });
    expect(report.totals).toEqual({
      portalMessages: 2,
      serviceRequests: 1,
      emails: 1,
      calls: 7,
      portalShare: 3 / 11,
    });
  });

  it("never counts another organization's rows", async () => {
    const mine = await orgWithCustomer();
    const theirs = await orgWithCustomer();
    await theirs.message('2026-05-05T00:00:00Z');
    await theirs.request('2026-05-05T00:00:00Z');
    await theirs.inbound('2026-05-05T00:00:00Z', 'email', 5);
    await mine.inbound('2026-05-06T00:00:00Z', 'call');

    const report = await channelShiftReport(
      db,
      { orgId: mine.org.id },
      { from: '2026-05', to: '2026-05' },
      NOW,
    );
    expect(report.months).toEqual([
      { month: '2026-05', portalMessages: 0, serviceRequests: 0, emails: 0, calls: 1, portalShare: 0 },
    ]);
  });

  it("filters by customer: the thread's and request's customer, and logged contacts of that customer", async () => {
    const o = await orgWithCustomer();
    const other = await makeAccount(db, o.org.id);
    const otherBuilding = await makeBuilding(db, o.org.id, other.id);
    const [otherThread] = await db
      .insert(schema.messageThreads)
      .values({ orgId: o.org.id, accountId: other.id, subject: 'Gate', startedBy: 'contact' })
      .returning();
    await o.message('2026-04-01T00:00:00Z');
    await o.message('2026-04-01T00:00:00Z', 'contact', otherThread?.id);
    await o.request('2026-04-02T00:00:00Z');
    await o.request('2026-04-02T00:00:00Z', other.id, otherBuilding.id);
    await o.inbound('2026-04-03T00:00:00Z', 'email', 2, o.account.id);
    await o.inbound('2026-04-03T00:00:00Z', 'email', 5, other.id);
    await o.inbound('2026-04-03T00:00:00Z', 'call', 7); // nobody knows whose: not in a filtered report

    const period = { from: '2026-04', to: '2026-04' };
    const filtered = await channelShiftReport(
      db,
      { orgId: o.org.id },
      { ...period, customerIds: [o.account.id] },
      NOW,
    );
    expect(filtered.months[0]).toMatchObject({ portalMessages: 1, serviceRequests: 1, emails: 2, calls: 0 });
    const all = await channelShiftReport(db, { orgId: o.org.id }, period, NOW);
    expect(all.months[0]).toMatchObject({ portalMessages: 2, serviceRequests: 2, emails: 7, calls: 7 });
  });

  it('refuses a malformed, reversed or too long period', async () => {
    const org = await makeOrganization(db);
    const ctx = { orgId: org.id };
    await expect(channelShiftReport(db, ctx, { from: '2026-13' }, NOW)).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(channelShiftReport(db, ctx, { from: '2026-05', to: '2026-04' }, NOW)).rejects.toMatchObject({
      extra: { errors: [{ field: 'from', message: 'must not be after to' }] },
    });
    await expect(channelShiftReport(db, ctx, { from: '2020-01', to: '2026-01' }, NOW)).rejects.toBeInstanceOf(
      ValidationError,
    );
    const longest = await channelShiftReport(db, ctx, { from: '2021-02', to: '2026-01' }, NOW);
    expect(longest.months).toHaveLength(60);
  });
});

describe('the demo organization', () => {
  it('logs a year of emails and calls that trend down, so the chart shows the shift', async () => {
    await db.transaction((tx) => seedDemo(tx));
    const [org] = await db
      .select()
      .from(schema.organizations)
      .where(eq(schema.organizations.slug, 'northwind'));
    if (!org) throw new Error('demo organization missing');
    const report = await channelShiftReport(db, { orgId: org.id }, {});
    const outside = report.months.map((m) => m.emails + m.calls);
    expect(outside).toHaveLength(12);
    // The current month may have only begun: the full months each have some.
    expect(outside.slice(0, 11).every((n) => n > 0)).toBe(true);
    expect(outside[0]).toBeGreaterThan(2 * (outside[10] ?? 0));
  });
});
