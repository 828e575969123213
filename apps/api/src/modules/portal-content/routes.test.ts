import { describe, expect, it } from '@jest/globals';
import {
  makeAccount,
  makeAsset,
  makeBuilding,
  makeClientGroup,
  makeDefect,
  makeDocument,
  makeEnrolledContact,
  makeOrganization,
  makeQuote,
} from '@portico/db/testing';
import { ids, noAreas } from '../../../test/portal-client';
import { expectProblem } from '../../../test/problem';
import { useTestApp } from '../../../test/test-app';
import { contentFixtures } from './test-fixtures';

const t = useTestApp();
const { get, customer } = contentFixtures(t);

describe('GET /portal/v1/buildings and /buildings/{id}', () => {
  it('lists visible buildings by name with counts and the highest open severity', async () => {
    const { org, account, building, contact } = await customer();
    const b2 = await makeBuilding(t.db, org.id, account.id, { name: 'beta Yard' });
    await makeBuilding(t.db, org.id, (await makeAccount(t.db, org.id)).id, { name: 'Not mine' });
    const at = { accountId: account.id, buildingId: building.id };
    await makeDocument(t.db, org.id, at, { kind: 'invoice', dueOn: '2020-01-01', amount: '10' });
    await makeDocument(t.db, org.id, at, {
      kind: 'invoice',
      dueOn: '2020-01-01',
      amount: '10',
      published: false,
    });
    await makeQuote(t.db, org.id, building.id);
    await makeQuote(t.db, org.id, building.id, { status: 'accepted' });
    await makeDefect(t.db, org.id, building.id, { severity: 'non_critical' });
    await makeDefect(t.db, org.id, building.id, { severity: 'recommendation' });
    await makeDefect(t.db, org.id, building.id, { severity: 'critical', status: 'resolved' });
    await makeDefect(t.db, org.id, b2.id, { severity: 'info' });
    const res = await get(contact, '/buildings');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.items.map((b: { name: string }) => b.name)).toEqual(['Alpha House', 'beta Yard']);
    expect(res.body.items[0]).toEqual({
      id: building.id,
      name: 'Alpha House',
      accountId: account.id,
      accountName: 'Acme',
      address: '1 Main St, Springfield, IL 62701, US',
      latitude: 39.78,
      longitude: -89.65,
      counts: { overdueInvoices: 1, outstandingQuotes: 1, openDefects: 1 },
      highestOpenSeverity: 'non_critical',
    });
    expect(res.body.items[1]).toMatchObject({
      address: null,
      counts: { overdueInvoices: 0, outstandingQuotes: 0, openDefects: 0 },
      highestOpenSeverity: 'info',
    });
    expect(ids(await get(contact, '/buildings?q=BETA'))).toEqual([b2.id]);
    const page = await get(contact, '/buildings?limit=1');
    expect(page.body.items).toHaveLength(1);
    const next = await get(contact, `/buildings?limit=1&cursor=${page.body.nextCursor}`);
    expect(next.body.items[0].id).toBe(b2.id);
    expect(next.body.nextCursor).toBeNull();
    expectProblem(await get(contact, '/buildings?limit=501'), 400, 'limit');
  });

  it('counts only within the areas: without invoices, proposals or inspections the counts are 0', async () => {
    const { org, account, building } = await customer();
    await makeDocument(
      t.db,
      org.id,
      { accountId: account.id, buildingId: building.id },
      {
        kind: 'invoice',
        dueOn: '2020-01-01',
        amount: '10',
      },
    );
    await makeQuote(t.db, org.id, building.id);
    await makeDefect(t.db, org.id, building.id, { severity: 'critical' });
    const blind = await makeEnrolledContact(t.db, org.id, { accountId: account.id, ...noAreas });
    const res = await get(blind, '/buildings');
    expect(res.body.items[0]).toMatchObject({
      counts: { overdueInvoices: 0, outstandingQuotes: 0, openDefects: 0 },
      highestOpenSeverity: null,
    });
  });

  it('answers the detail with address lines, asset count and visible document counts', async () => {
    const { org, account, building, contact } = await customer();
    const at = { accountId: account.id, buildingId: building.id };
    await makeAsset(t.db, org.id, building.id);
    await makeAsset(t.db, org.id, building.id);
    await makeDocument(t.db, org.id, at);
    await makeDocument(t.db, org.id, at, { kind: 'service_report' });
    await makeDocument(t.db, org.id, at, { kind: 'invoice' });
    await makeDocument(t.db, org.id, at, { kind: 'invoice', published: false });
    await makeDocument(t.db, org.id, { accountId: account.id }, { kind: 'invoice' });
    const res = await get(contact, `/buildings/${building.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: building.id,
      addressLines: ['1 Main St', 'Springfield, IL 62701', 'US'],
      assetCount: 2,
      documentCounts: { inspectionReport: 1, serviceReport: 1, proposal: 0, invoice: 1 },
    });
    const limited = await makeEnrolledContact(t.db, org.id, { buildingId: building.id, ...noAreas });
    expect((await get(limited, `/buildings/${building.id}`)).body.documentCounts).toEqual({
      inspectionReport: 0,
      serviceReport: 0,
      proposal: 0,
      invoice: 0,
    });
    const other = await makeBuilding(t.db, org.id, account.id);
    expectProblem(await get(limited, `/buildings/${other.id}`), 404);
  });

  it('narrows to the view: a group user sees the group, or one client', async () => {
    const org = await makeOrganization(t.db);
    const group = await makeClientGroup(t.db, org.id);
    const a1 = await makeAccount(t.db, org.id, { clientGroupId: group.id });
    const a2 = await makeAccount(t.db, org.id, { clientGroupId: group.id });
    const b1 = await makeBuilding(t.db, org.id, a1.id);
    const b2 = await makeBuilding(t.db, org.id, a2.id);
    const user = await makeEnrolledContact(t.db, org.id, { clientGroupId: group.id });
    expect(ids(await get(user, '/buildings'))).toEqual([b1.id, b2.id].sort());
    expect(ids(await get(user, '/buildings', `account:${a2.id}`))).toEqual([b2.id]);
    expectProblem(await get(user, `/buildings/${b1.id}`, `account:${a2.id}`), 404);
    expectProblem(await get(user, '/buildings', `account:${(await makeAccount(t.db, org.id)).id}`), 403);
  });
});

describe('GET /portal/v1/assets', () => {
  it('lists assets of visible buildings by type and name, with open defects', async () => {
    const { org, account, building, contact } = await customer();
    const other = await makeBuilding(t.db, org.id, account.id);
    const panel = await makeAsset(t.db, org.id, building.id, { assetType: 'Alarm panel', name: 'Panel A' });
    const ext = await makeAsset(t.db, org.id, other.id, {
      assetType: 'Extinguisher',
      name: 'EXT-1',
      location: 'Lobby',
    });
    await makeAsset(
      t.db,
      org.id,
      (await makeBuilding(t.db, org.id, (await makeAccount(t.db, org.id)).id)).id,
    );
    await makeDefect(t.db, org.id, building.id, { assetId: panel.id, severity: 'critical' });
    await makeDefect(t.db, org.id, building.id, { assetId: panel.id, severity: 'info' });
    await makeDefect(t.db, org.id, building.id, {
      assetId: panel.id,
      severity: 'critical',
      published: false,
    });
    const res = await get(contact, '/assets');
    expect(res.body.total).toBe(2);
    expect(res.body.items.map((a: { id: string }) => a.id)).toEqual([panel.id, ext.id]);
    expect(res.body.items[0]).toMatchObject({
      buildingId: building.id,
      buildingName: 'Alpha House',
      openDefects: 1,
      highestOpenSeverity: 'critical',
    });
    expect(res.body.items[1]).toMatchObject({ location: 'Lobby', openDefects: 0, highestOpenSeverity: null });
    expect(ids(await get(contact, `/assets?buildingId=${other.id}`))).toEqual([ext.id]);
    expect(ids(await get(contact, '/assets?assetType=Alarm%20panel'))).toEqual([panel.id]);
    expect(ids(await get(contact, '/assets?q=lobby'))).toEqual([ext.id]);
    const blind = await makeEnrolledContact(t.db, org.id, { accountId: account.id, ...noAreas });
    expect((await get(blind, '/assets')).body.items[0]).toMatchObject({
      openDefects: 0,
      highestOpenSeverity: null,
    });
  });
});
