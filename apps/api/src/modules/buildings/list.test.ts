import { describe, expect, it } from '@jest/globals';
import { makeAccount, makeBuilding } from '@portico/db/testing';
import request from 'supertest';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const api = () => request(t.app.server);

interface Item {
  id: string;
  name: string;
  accountName: string;
}
interface PageBody {
  items: Item[];
  nextCursor: string | null;
  total: number;
}

/** Follows nextCursor to the end, checking every page on the way. */
async function walk(auth: string, query: string): Promise<PageBody[]> {
  const pages: PageBody[] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const res = await api().get(`/api/v1/buildings?${query}${suffix}`).set('authorization', auth);
    expect(res.status).toBe(200);
    pages.push(res.body as PageBody);
    cursor = (res.body as PageBody).nextCursor;
  } while (cursor && pages.length < 20);
  return pages;
}

async function names(auth: string, query: string): Promise<string[]> {
  const res = await api().get(`/api/v1/buildings?${query}`).set('authorization', auth);
  expect(res.status).toBe(200);
  const body = res.body as PageBody;
  expect(body.total).toBe(body.items.length);
  return body.items.map((i) => i.name).sort();
}

const seven = ['delta', 'Alpha', 'golf', 'Charlie', 'echo', 'Bravo', 'foxtrot'];
const byName = [...seven].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));

describe('buildings: pagination', () => {
  it('pages through every row once, in name order, across accounts', async () => {
    const { org, auth } = await signedInOrg(t);
    const a = await makeAccount(t.db, org.id, { name: 'A Co' });
    const b = await makeAccount(t.db, org.id, { name: 'B Co' });
    for (const [i, name] of seven.entries()) await makeBuilding(t.db, org.id, i % 2 ? a.id : b.id, { name });
    const pages = await walk(auth, 'limit=3');
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 1]);
    expect(pages.every((p) => p.total === 7)).toBe(true);
    expect(pages.at(-1)?.nextCursor).toBeNull();
    const items = pages.flatMap((p) => p.items);
    expect(items.map((i) => i.name)).toEqual(byName);
    expect(new Set(items.map((i) => i.id)).size).toBe(7);
    expect(items.find((i) => i.name === 'Alpha')?.accountName).toBe('A Co');
  });

  it('pages in descending order, keeping rows with the same name apart', async () => {
    const { org, auth } = await signedInOrg(t);
    const account = await makeAccount(t.db, org.id);
    for (const name of [...seven, 'echo', 'ECHO']) await makeBuilding(t.db, org.id, account.id, { name });
    const items = (await walk(auth, 'limit=2&order=desc')).flatMap((p) => p.items);
    expect(items.map((i) => i.name.toLowerCase())).toEqual(
      [...byName, 'echo', 'echo']
        .map((n) => n.toLowerCase())
        .sort()
        .reverse(),
    );
    expect(new Set(items.map((i) => i.id)).size).toBe(9);
  });
});

describe('buildings: filters', () => {
  it('filters by account', async () => {
    const { org, auth } = await signedInOrg(t);
    const a = await makeAccount(t.db, org.id);
    const b = await makeAccount(t.db, org.id);
    await makeBuilding(t.db, org.id, a.id, { name: 'A1' });
    await makeBuilding(t.db, org.id, a.id, { name: 'A2' });
    await makeBuilding(t.db, org.id, b.id, { name: 'B1' });
    expect(await names(auth, `accountId=${a.id}`)).toEqual(['A1', 'A2']);
    expect(await names(auth, `accountId=${b.id}`)).toEqual(['B1']);
  });

  it('filters by site source', async () => {
    const { org, auth } = await signedInOrg(t);
    const account = await makeAccount(t.db, org.id);
    await makeBuilding(t.db, org.id, account.id, { name: 'From ops', siteSource: 'ops' });
    await makeBuilding(t.db, org.id, account.id, { name: 'From csv', siteSource: 'csv' });
    await makeBuilding(t.db, org.id, account.id, { name: 'Unknown' });
    expect(await names(auth, 'siteSource=ops')).toEqual(['From ops']);
    expect(await names(auth, `siteSource=csv&accountId=${account.id}`)).toEqual(['From csv']);
  });

  it('searches name, first address line and city case-insensitively, with % taken literally', async () => {
    const { org, auth } = await signedInOrg(t);
    const account = await makeAccount(t.db, org.id);
    await makeBuilding(t.db, org.id, account.id, { name: 'Harbour Tower' });
    await makeBuilding(t.db, org.id, account.id, { name: 'Depot', addressLine1: '2 HARBOUR Rd' });
    await makeBuilding(t.db, org.id, account.id, { name: 'Annex', city: 'Harbourside' });
    await makeBuilding(t.db, org.id, account.id, { name: 'Store', addressLine2: 'Harbour wing' });
    await makeBuilding(t.db, org.id, account.id, { name: '100% Cold Store' });
    expect(await names(auth, 'q=harbour')).toEqual(['Annex', 'Depot', 'Harbour Tower']);
    expect(await names(auth, `q=${encodeURIComponent('%')}`)).toEqual(['100% Cold Store']);
    expect(await names(auth, 'q=r_t')).toEqual([]);
  });
});
