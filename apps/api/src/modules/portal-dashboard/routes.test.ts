import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Db, DefectSeverity, DefectStatus, TaskStage } from '@portico/db';
import {
  makeAccount,
  makeAsset,
  makeBuilding,
  makeDefect,
  makeDocument,
  makeEnrolledContact,
  makeOrganization,
  makeQuote,
  makeTask,
} from '@portico/db/testing';
import { sql } from 'drizzle-orm';
import request from 'supertest';
import { allAreas, type Calendar, calendar, portalClient } from '../../../test/portal-client';
import { expectProblem } from '../../../test/problem';
import { useTestApp } from '../../../test/test-app';

const t = useTestApp();
const { get } = portalClient(t);
const token = (contact: { id: string; orgId: string }) => portalClient(t).auth(contact);
const twelveMonths = (cal: Calendar) => cal.twelveMonths();

/** Noise that must never be counted: another organization, an unlinked account, unpublished rows. */
async function noise(db: Db, orgId: string, cal: Calendar) {
  const other = await makeOrganization(db);
  const unlinked = await makeAccount(db, orgId);
  for (const [org, account] of [
    [other.id, await makeAccount(db, other.id)],
    [orgId, unlinked],
  ] as const) {
    const b = await makeBuilding(db, org, account.id);
    await makeAsset(db, org, b.id, { assetType: 'Extinguisher' });
    await makeDefect(db, org, b.id, { severity: 'critical', raisedOn: cal.day(0) });
    await makeDocument(
      db,
      org,
      { accountId: account.id, buildingId: b.id },
      {
        kind: 'invoice',
        amount: '500',
        issuedOn: `${cal.month(0)}-01`,
        dueOn: cal.day(-5),
      },
    );
    await makeQuote(db, org, b.id, { status: 'pending', amount: '75' });
    await makeTask(db, org, b.id, { kind: 'reactive', stage: 'ready', createdOn: cal.day(0) });
    await makeTask(db, org, b.id, { kind: 'routine', dueOn: '2024-03-10', performedOn: '2024-03-11' });
  }
}

describe('GET /portal/v1/dashboard', () => {
  let cal: Calendar;
  let auth: string;
  let accountA: string;
  let accountB: string;

  beforeAll(async () => {
    const { db } = t;
    cal = await calendar(db);
    const org = await makeOrganization(db);
    const a = await makeAccount(db, org.id, { name: 'Alpha' });
    const b = await makeAccount(db, org.id, { name: 'Beta' });
    accountA = a.id;
    accountB = b.id;
    const b1 = await makeBuilding(db, org.id, a.id);
    const b2 = await makeBuilding(db, org.id, a.id);
    const b3 = await makeBuilding(db, org.id, b.id);
    const contact = await makeEnrolledContact(db, org.id, { accountId: a.id, ...allAreas });
    await db.execute(
      sql`insert into contact_accounts (org_id, contact_id, account_id) values (${org.id}, ${contact.id}, ${b.id})`,
    );
    auth = token(contact);

    const e1 = await makeAsset(db, org.id, b1.id, { assetType: 'Extinguisher' });
    await makeAsset(db, org.id, b1.id, { assetType: 'Extinguisher' });
    await makeAsset(db, org.id, b2.id, { assetType: 'Alarm panel' });
    await makeAsset(db, org.id, b3.id, { assetType: 'Hose reel' });

    const defect = (
      buildingId: string,
      assetType: string,
      severity: DefectSeverity,
      month: number,
      status: DefectStatus = 'open',
    ) =>
      makeDefect(db, org.id, buildingId, {
        assetType,
        severity,
        status,
        raisedOn: `${cal.month(month)}-01`,
      });
    await makeDefect(db, org.id, b1.id, {
      assetId: e1.id,
      severity: 'critical',
      raisedOn: `${cal.month(0)}-01`,
    });
    await defect(b1.id, 'Extinguisher', 'info', 0);
    await defect(b2.id, 'Alarm panel', 'non_critical', 0, 'resolved');
    await defect(b3.id, 'Sprinkler', 'non_conformance', 2);
    await defect(b2.id, 'Alarm panel', 'recommendation', 2);
    await defect(b1.id, 'Extinguisher', 'critical', 2, 'resolved');
    await defect(b1.id, 'Extinguisher', 'non_critical', 11);
    await defect(b1.id, 'Sprinkler', 'critical', 12);
    await makeDefect(db, org.id, b1.id, { severity: 'critical', raisedOn: cal.day(0), published: false });

    const invoice = (
      where: { accountId: string; buildingId?: string | null },
      fields: Parameters<typeof makeDocument>[3],
    ) => makeDocument(db, org.id, where, { kind: 'invoice', ...fields });
    await invoice(
      { accountId: a.id, buildingId: b1.id },
      { amount: '100', issuedOn: `${cal.month(0)}-01`, dueOn: cal.day(-10) },
    );
    await invoice(
      { accountId: a.id, buildingId: b2.id },
      {
        amount: '200',
        amountPaid: '50',
        issuedOn: `${cal.month(1)}-03`,
        dueOn: cal.day(-1),
        paidOn: `${cal.month(1)}-15`,
      },
    );
    await invoice(
      { accountId: b.id, buildingId: null },
      {
        amount: '300',
        amountPaid: '300',
        issuedOn: `${cal.month(3)}-05`,
        dueOn: cal.day(-40),
        paidOn: `${cal.month(2)}-20`,
      },
    );
    await invoice(
      { accountId: b.id, buildingId: b3.id },
      { amount: '80', issuedOn: `${cal.month(0)}-01`, dueOn: cal.day(20) },
    );
    await invoice(
      { accountId: a.id, buildingId: b1.id },
      { amount: '1000', amountPaid: '1000', issuedOn: `${cal.month(12)}-01`, paidOn: `${cal.month(12)}-02` },
    );
    await makeDocument(
      db,
      org.id,
      { accountId: a.id, buildingId: b1.id },
      {
        kind: 'invoice',
        amount: '999',
        issuedOn: `${cal.month(0)}-01`,
        dueOn: cal.day(-3),
        published: false,
      },
    );
    await makeDocument(
      db,
      org.id,
      { accountId: a.id, buildingId: b1.id },
      { amount: '700', issuedOn: `${cal.month(0)}-01` },
    );

    await makeQuote(db, org.id, b1.id, { status: 'pending', amount: '250' });
    await makeQuote(db, org.id, b3.id, { status: 'pending', amount: '100.50' });
    await makeQuote(db, org.id, b2.id, { status: 'accepted', amount: '40' });
    await makeQuote(db, org.id, b1.id, { status: 'pending', amount: '40', published: false });

    const routine = (fields: Parameters<typeof makeTask>[3]) =>
      makeTask(db, org.id, b1.id, { kind: 'routine', ...fields });
    await routine({ dueOn: '2024-03-10', performedOn: '2024-03-12' });
    await routine({ dueOn: '2024-03-01', performedOn: '2024-03-20' });
    await routine({ dueOn: '2024-05-05' });
    await routine({ dueOn: '2024-05-31', performedOn: '2024-06-07' });
    await routine({ dueOn: cal.today, toleranceDays: 0 });
    await routine({ dueOn: cal.today, performedOn: cal.today });
    await makeTask(db, org.id, b1.id, { kind: 'reactive', dueOn: '2024-05-01', createdOn: '2024-05-01' });

    const call = (buildingId: string, stage: TaskStage, month: number) =>
      makeTask(db, org.id, buildingId, {
        kind: 'reactive',
        stage,
        createdOn: `${cal.month(month)}-01`,
        dueOn: null,
      });
    await call(b1.id, 'on_hold', 0);
    await call(b1.id, 'ready', 0);
    await call(b3.id, 'complete', 0);
    await call(b2.id, 'in_progress', 5);
    await call(b2.id, 'performed', 5);
    await call(b3.id, 'performed', 5);
    await call(b1.id, 'ready', 12);

    await noise(db, org.id, cal);
  });

  const zeroSeverities = { critical: 0, nonConformance: 0, nonCritical: 0, recommendation: 0, info: 0 };
  const monthsWith = <T>(cal: Calendar, empty: T, filled: Record<number, Partial<T>>) =>
    twelveMonths(cal).map((month, i) => ({ month, ...empty, ...(filled[11 - i] ?? {}) }));

  it('counts exactly what the contact may see, month by month', async () => {
    const res = await get('/portal/v1/dashboard', auth);
    expect(res.status).toBe(200);
    expect(res.body.counts).toEqual({ overdueInvoices: 2, outstandingQuotes: 2, openDefects: 4 });
    expect(res.body.activity).toEqual({
      pendingQuotes: { count: 2, amount: 350.5 },
      overdueInvoices: { count: 2, amount: 250 },
      unpaidInvoices: { count: 3, amount: 330 },
    });
    const defectMonths = twelveMonths(cal).map((month, i) => ({
      month,
      open: {
        ...zeroSeverities,
        ...({
          11: { critical: 1, info: 1 },
          9: { nonConformance: 1, recommendation: 1 },
          0: { nonCritical: 1 },
        }[i] ?? {}),
      },
      resolved: i === 11 || i === 9 ? 1 : 0,
    }));
    expect(res.body.defectsByMonth).toEqual(defectMonths);
    expect(res.body.defectsByAssetType).toEqual([
      { assetType: 'Alarm panel', highestSeverity: 'recommendation', openDefects: 0, assets: 1 },
      { assetType: 'Extinguisher', highestSeverity: 'critical', openDefects: 2, assets: 2 },
      { assetType: 'Hose reel', highestSeverity: null, openDefects: 0, assets: 1 },
      { assetType: 'Sprinkler', highestSeverity: 'critical', openDefects: 2, assets: 0 },
    ]);
    const currentMonth = Number(cal.today.slice(5, 7));
    expect(res.body.routineByMonth).toEqual({
      year: cal.year,
      months: Array.from({ length: 12 }, (_, i) => ({
        month: `${cal.year}-${String(i + 1).padStart(2, '0')}`,
        onTime: i + 1 === currentMonth ? 1 : 0,
        late: 0,
        overdue: 0,
        pending: i + 1 === currentMonth ? 1 : 0,
      })),
    });
    const noCalls = { onHold: 0, ready: 0, inProgress: 0, performed: 0, complete: 0 };
    expect(res.body.serviceCallsByMonth).toEqual(
      monthsWith(cal, noCalls, {
        0: { onHold: 1, ready: 1, complete: 1 },
        5: { inProgress: 1, performed: 2 },
      }),
    );
    expect(res.body.spend).toEqual(
      monthsWith(
        cal,
        { invoiced: 0, paid: 0 },
        { 0: { invoiced: 180 }, 1: { invoiced: 200, paid: 50 }, 2: { paid: 300 }, 3: { invoiced: 300 } },
      ),
    );
  });

  it('judges routine tasks of a chosen year against their tolerance', async () => {
    const res = await get('/portal/v1/dashboard?year=2024', auth);
    expect(res.status).toBe(200);
    const months = res.body.routineByMonth.months;
    expect(res.body.routineByMonth.year).toBe(2024);
    expect(months.map((m: { month: string }) => m.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`),
    );
    expect(months[2]).toEqual({ month: '2024-03', onTime: 1, late: 1, overdue: 0, pending: 0 });
    expect(months[4]).toEqual({ month: '2024-05', onTime: 1, late: 0, overdue: 1, pending: 0 });
    const others = months.filter((_: unknown, i: number) => i !== 2 && i !== 4);
    expect(
      others.every(
        (m: { onTime: number; late: number; overdue: number; pending: number }) =>
          m.onTime + m.late + m.overdue + m.pending === 0,
      ),
    ).toBe(true);
  });

  it('narrows to one account in its view', async () => {
    const res = await get('/portal/v1/dashboard', auth, `account:${accountB}`);
    expect(res.status).toBe(200);
    // Beta: building 3 (sprinkler defect, quote 100.50, invoice 80 not due) and its account-level invoice.
    expect(res.body.counts).toEqual({ overdueInvoices: 0, outstandingQuotes: 1, openDefects: 1 });
    expect(res.body.activity.unpaidInvoices).toEqual({ count: 1, amount: 80 });
    const alpha = await get('/portal/v1/dashboard', auth, `account:${accountA}`);
    expect(alpha.body.counts).toEqual({ overdueInvoices: 2, outstandingQuotes: 1, openDefects: 3 });
  });

  it('refuses a bad year', async () => {
    expectProblem(await get('/portal/v1/dashboard?year=1999', auth), 400, 'year');
    expectProblem(await get('/portal/v1/dashboard?year=2101', auth), 400, 'year');
    expectProblem(await get('/portal/v1/dashboard?year=abc', auth), 400, 'year');
  });

  it('needs a portal token', async () => {
    expectProblem(await request(t.app.server).get('/portal/v1/dashboard'), 401);
  });
});
