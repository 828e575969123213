import { describe, expect, it } from '@jest/globals';
import { makeAccount, makeClientGroup } from '@portico/db/testing';
import request from 'supertest';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const api = () => request(t.app.server);

interface Item {
  id: string;
  name: string;
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
    const res = await api().get(`/api/v1/accounts?${query}${suffix}`).set('authorization', auth);
    expect(res.status).toBe(200);
    pages.push(res.body as PageBody);
    cursor = (res.body as PageBody).nextCursor;
  } while (cursor && pages.length < 20);
  return pages;
}

async function names(auth: string, query: string): Promise<string[]> {
  const res = await api().get(`/api/v1/accounts?${query}`).set('authorization', auth);
  expect(res.status).toBe(200);
  const body = res.body as PageBody;
  expect(body.total).toBe(body.items.length);
  return body.items.map((i) => i.name).sort();
}

// Inserted out of order and in mixed case: the list sorts by name, case-insensitively.
const seven = ['delta', 'Alpha', 'golf', 'Charlie', 'echo', 'Bravo', 'foxtrot'];
const byName = [...seven].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));

describe('accounts: pagination', () => {
  it('pages through every row once, in name order, with the total on each page', async () => {
    const { org, auth } = await signedInOrg(t);
    for (const name of seven) await makeAccount(t.db, org.id, { name });
    const pages = await walk(auth, 'limit=3');
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 1]);
    expect(pages.every((p) => p.total === 7)).toBe(true);
    expect(pages.at(-1)?.nextCursor).toBeNull();
    const items = pages.flatMap((p) => p.items);
    expect(items.map((i) => i.name)).toEqual(byName);
    expect(new Set(items.map((i) => i.id)).size).toBe(7);
  });

  it('pages in descending order', async () => {
    const { org, auth } = await signedInOrg(t);
    for (const name of seven) await makeAccount(t.db, org.id, { name });
    const pages = await walk(auth, 'limit=3&order=desc');
    expect(pages.flatMap((p) => p.items).map((i) => i.name)).toEqual([...byName].reverse());
  });

  it('sorts by creation time, and keeps rows with the same name apart', async () => {
    const { org, auth } = await signedInOrg(t);
    const base = Date.parse('2024-01-01T00:00:00Z');
    // Creation order differs from name order; microseconds apart would still page correctly.
    const created = ['Zulu', 'Same', 'Alpha', 'Same', 'Mike'];
    for (const [i, name] of created.entries()) {
      await makeAccount(t.db, org.id, { name, createdAt: new Date(base + i * 1000) });
    }
    const asc = (await walk(auth, 'limit=2&sort=createdAt')).flatMap((p) => p.items.map((i) => i.name));
    expect(asc).toEqual(created);
    const desc = (await walk(auth, 'limit=2&sort=createdAt&order=desc')).flatMap((p) =>
      p.items.map((i) => i.name),
    );
    expect(desc).toEqual([...created].reverse());
  });

  it('answers an empty page when nothing matches', async () => {
    const { auth } = await signedInOrg(t);
    const res = await api().get('/api/v1/accounts').set('authorization', auth);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [], nextCursor: null, total: 0 });
  });
});

describe('accounts: filters', () => {
  it('shows active accounts by default, and inactive or all on request', async () => {
    const { org, auth } = await signedInOrg(t);
    await makeAccount(t.db, org.id, { name: 'On' });
    await makeAccount(t.db, org.id, { name: 'Off', active: false });
    expect(await names(auth, '')).toEqual(['On']);
    expect(await names(auth, 'status=active')).toEqual(['On']);
    expect(await names(auth, 'status=inactive')).toEqual(['Off']);
    expect(await names(auth, 'status=all')).toEqual(['Off', 'On']);
  });

  it('filters by division, account class, bill group and account source', async () => {
    const { org, auth } = await signedInOrg(t);
    await makeAccount(t.db, org.id, {
      name: 'A',
      division: 'North',
      accountClass: 'Retail',
      billGroup: 'M',
      accountSource: 'ops',
    });
    await makeAccount(t.db, org.id, {
      name: 'B',
      division: 'South',
      accountClass: 'Retail',
      billGroup: 'Q',
      accountSource: 'csv',
    });
    await makeAccount(t.db, org.id, {
      name: 'C',
      division: 'North',
      accountClass: 'Office',
      billGroup: 'Q',
      accountSource: 'csv',
    });
    expect(await names(auth, 'division=North')).toEqual(['A', 'C']);
    expect(await names(auth, 'accountClass=Retail')).toEqual(['A', 'B']);
    expect(await names(auth, 'billGroup=Q')).toEqual(['B', 'C']);
    expect(await names(auth, 'accountSource=ops')).toEqual(['A']);
    expect(await names(auth, 'division=North&billGroup=Q')).toEqual(['C']);
  });

  it('filters by client group (how a group lists its accounts)', async () => {
    const { org, auth } = await signedInOrg(t);
    const group = await makeClientGroup(t.db, org.id);
    const other = await makeClientGroup(t.db, org.id);
    await makeAccount(t.db, org.id, { name: 'In 1', clientGroupId: group.id });
    await makeAccount(t.db, org.id, { name: 'In 2', clientGroupId: group.id });
    await makeAccount(t.db, org.id, { name: 'Elsewhere', clientGroupId: other.id });
    await makeAccount(t.db, org.id, { name: 'Loose' });
    expect(await names(auth, `clientGroupId=${group.id}`)).toEqual(['In 1', 'In 2']);
  });

  it('searches names case-insensitively, with % and _ taken literally', async () => {
    const { org, auth } = await signedInOrg(t);
    await makeAccount(t.db, org.id, { name: 'Harbour Towers' });
    await makeAccount(t.db, org.id, { name: 'HARBOUR view' });
    await makeAccount(t.db, org.id, { name: '50% Off Storage' });
    await makeAccount(t.db, org.id, { name: 'Unit_7' });
    expect(await names(auth, 'q=harbour')).toEqual(['HARBOUR view', 'Harbour Towers']);
    expect(await names(auth, `q=${encodeURIComponent('%')}`)).toEqual(['50% Off Storage']);
    expect(await names(auth, `q=${encodeURIComponent('0% o')}`)).toEqual(['50% Off Storage']);
    expect(await names(auth, 'q=t_7')).toEqual(['Unit_7']);
    expect(await names(auth, 'q=r_v')).toEqual([]);
  });

  it('counts only filtered rows in total while paging', async () => {
    const { org, auth } = await signedInOrg(t);
    for (const name of ['North 1', 'North 2', 'North 3'])
      await makeAccount(t.db, org.id, { name, division: 'N' });
    await makeAccount(t.db, org.id, { name: 'South', division: 'S' });
    const pages = await walk(auth, 'limit=2&division=N');
    expect(pages.map((p) => p.total)).toEqual([3, 3]);
    expect(pages.flatMap((p) => p.items.map((i) => i.name))).toEqual(['North 1', 'North 2', 'North 3']);
  });
});
