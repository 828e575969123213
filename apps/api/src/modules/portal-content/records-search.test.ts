import { describe, expect, it } from '@jest/globals';
import {
  makeAccount,
  makeAsset,
  makeBuilding,
  makeDefect,
  makeDocument,
  makeEnrolledContact,
  makeQuote,
  makeTask,
} from '@portico/db/testing';
import { ids, noAreas } from '../../../test/portal-client';
import { expectProblem } from '../../../test/problem';
import { useTestApp } from '../../../test/test-app';
import { contentFixtures } from './test-fixtures';

const t = useTestApp();
const { get, customer } = contentFixtures(t);

describe('GET /portal/v1/tasks', () => {
  it('lists tasks with routine tolerance and filters by kind, stage, tolerance, month and text', async () => {
    const { org, building, contact } = await customer();
    const onTime = await makeTask(t.db, org.id, building.id, {
      dueOn: '2026-03-10',
      performedOn: '2026-03-15',
      stage: 'complete',
    });
    const late = await makeTask(t.db, org.id, building.id, {
      dueOn: '2026-03-01',
      performedOn: '2026-03-20',
    });
    const overdue = await makeTask(t.db, org.id, building.id, {
      dueOn: '2020-01-01',
      title: 'Sprinkler check',
    });
    const pending = await makeTask(t.db, org.id, building.id, { dueOn: '2999-01-01' });
    const call = await makeTask(t.db, org.id, building.id, {
      kind: 'reactive',
      dueOn: null,
      createdOn: '2026-03-05',
      stage: 'in_progress',
    });
    const res = await get(contact, '/tasks');
    expect(res.body.total).toBe(5);
    const byId = Object.fromEntries(res.body.items.map((i: { id: string }) => [i.id, i]));
    expect(byId[onTime.id].tolerance).toBe('on_time');
    expect(byId[late.id].tolerance).toBe('late');
    expect(byId[overdue.id].tolerance).toBe('overdue');
    expect(byId[pending.id].tolerance).toBe('pending');
    expect(byId[call.id]).toMatchObject({
      kind: 'reactive',
      tolerance: null,
      createdOn: '2026-03-05',
      dueOn: null,
    });
    expect(ids(await get(contact, '/tasks?kind=reactive'))).toEqual([call.id]);
    expect(ids(await get(contact, '/tasks?stage=complete'))).toEqual([onTime.id]);
    expect(ids(await get(contact, '/tasks?tolerance=late'))).toEqual([late.id]);
    expect(ids(await get(contact, '/tasks?month=2026-03'))).toEqual([onTime.id, late.id, call.id].sort());
    expect(ids(await get(contact, '/tasks?q=sprinkler'))).toEqual([overdue.id]);
    expectProblem(await get(contact, '/tasks?month=2026-13'), 400, 'month');
  });
});

describe('GET /portal/v1/defects', () => {
  it('lists published defects newest first with asset names, and filters', async () => {
    const { org, account, building, contact } = await customer();
    const asset = await makeAsset(t.db, org.id, building.id, { name: 'Panel A', assetType: 'Alarm panel' });
    const d1 = await makeDefect(t.db, org.id, building.id, {
      assetId: asset.id,
      assetType: 'Alarm panel',
      severity: 'critical',
      raisedOn: '2026-04-02',
    });
    const d2 = await makeDefect(t.db, org.id, building.id, {
      status: 'resolved',
      resolvedOn: '2026-05-01',
      raisedOn: '2026-03-01',
    });
    await makeDefect(t.db, org.id, building.id, { published: false });
    const res = await get(contact, '/defects');
    expect(res.body.items.map((d: { id: string }) => d.id)).toEqual([d1.id, d2.id]);
    expect(res.body.items[0]).toMatchObject({
      assetName: 'Panel A',
      buildingName: 'Alpha House',
      severity: 'critical',
    });
    expect(res.body.items[1]).toMatchObject({ assetId: null, assetName: null, resolvedOn: '2026-05-01' });
    expect(ids(await get(contact, `/defects?assetId=${asset.id}`))).toEqual([d1.id]);
    expect(ids(await get(contact, '/defects?assetType=Alarm%20panel'))).toEqual([d1.id]);
    expect(ids(await get(contact, '/defects?severity=critical'))).toEqual([d1.id]);
    expect(ids(await get(contact, '/defects?status=resolved'))).toEqual([d2.id]);
    expect(ids(await get(contact, '/defects?month=2026-03'))).toEqual([d2.id]);
    expect(ids(await get(contact, `/defects?buildingId=${building.id}`))).toHaveLength(2);
    const noInspections = await makeEnrolledContact(t.db, org.id, { accountId: account.id, ...noAreas });
    expect((await get(noInspections, '/defects')).body).toEqual({ items: [], nextCursor: null, total: 0 });
  });
});

describe('GET /portal/v1/quotes', () => {
  it('lists published quotes for contacts with proposals access, and filters', async () => {
    const { org, account, building, contact } = await customer();
    const q1 = await makeQuote(t.db, org.id, building.id, { amount: '1250.75', issuedOn: '2026-12-01' });
    const q2 = await makeQuote(t.db, org.id, building.id, { kind: 'service_quote', status: 'accepted' });
    await makeQuote(t.db, org.id, building.id, { published: false });
    const res = await get(contact, '/quotes');
    expect(res.body.items.map((q: { id: string }) => q.id)).toEqual([q1.id, q2.id]);
    expect(res.body.items[0]).toMatchObject({
      amount: 1250.75,
      currency: 'USD',
      status: 'pending',
      buildingName: 'Alpha House',
    });
    expect(ids(await get(contact, '/quotes?kind=service_quote'))).toEqual([q2.id]);
    expect(ids(await get(contact, '/quotes?status=pending'))).toEqual([q1.id]);
    const noProposals = await makeEnrolledContact(t.db, org.id, { accountId: account.id, ...noAreas });
    expect((await get(noProposals, '/quotes')).body.total).toBe(0);
  });
});

describe('GET /portal/v1/search', () => {
  it('searches every group within access, and records only the length of the text', async () => {
    const { org, account, building, contact } = await customer();
    await makeBuilding(t.db, org.id, account.id, { name: 'Harbor Point' });
    await makeAsset(t.db, org.id, building.id, { name: 'Harbor pump' });
    await makeDocument(
      t.db,
      org.id,
      { accountId: account.id, buildingId: building.id },
      { title: 'Harbor report' },
    );
    await makeQuote(t.db, org.id, building.id, { title: 'Harbor repairs' });
    await makeTask(t.db, org.id, building.id, { title: 'Harbor inspection' });
    await makeBuilding(t.db, org.id, (await makeAccount(t.db, org.id)).id, { name: 'Harbor elsewhere' });
    const res = await get(contact, '/search?q=harbor&limit=1');
    expect(res.status).toBe(200);
    for (const group of ['properties', 'assets', 'reports', 'quotes', 'tasks']) {
      expect({ group, total: res.body[group].total, n: res.body[group].items.length }).toEqual({
        group,
        total: 1,
        n: 1,
      });
    }
    const events = await t.db.query.activityEvents.findMany({
      where: (e, { eq }) => eq(e.contactId, contact.id),
    });
    expect(events.map((e) => [e.type, e.detail])).toEqual([['search', { queryLength: 6, results: 5 }]]);
    const limited = await makeEnrolledContact(t.db, org.id, { accountId: account.id, ...noAreas });
    const blind = await get(limited, '/search?q=harbor');
    expect(blind.body.reports.total).toBe(0);
    expect(blind.body.quotes.total).toBe(0);
    expect(blind.body.properties.total).toBe(1);
    expectProblem(await get(contact, '/search?q=h'), 400, 'q');
    expectProblem(await get(contact, '/search?q=harbor&limit=21'), 400, 'limit');
  });
});
