import { describe, expect, it } from '@jest/globals';
import { makeAccount, makeClientGroup } from '@portico/db/testing';
import request from 'supertest';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const api = () => request(t.app.server);

interface Item {
  id: string;
  name: string;
  accountCount: number;
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
    const res = await api().get(`/api/v1/client-groups?${query}${suffix}`).set('authorization', auth);
    expect(res.status).toBe(200);
    pages.push(res.body as PageBody);
    cursor = (res.body as PageBody).nextCursor;
  } while (cursor && pages.length < 20);
  return pages;
}

const seven = ['delta', 'Alpha', 'golf', 'Charlie', 'echo', 'Bravo', 'foxtrot'];
const byName = [...seven].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));

describe('client groups: pagination', () => {
  it('pages through every group once, in name order, with account counts', async () => {
    const { org, auth } = await signedInOrg(t);
    for (const name of seven) {
      const group = await makeClientGroup(t.db, org.id, { name });
      if (name === 'echo') await makeAccount(t.db, org.id, { clientGroupId: group.id });
    }
    const pages = await walk(auth, 'limit=3');
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 1]);
    expect(pages.every((p) => p.total === 7)).toBe(true);
    expect(pages.at(-1)?.nextCursor).toBeNull();
    const items = pages.flatMap((p) => p.items);
    expect(items.map((i) => i.name)).toEqual(byName);
    expect(new Set(items.map((i) => i.id)).size).toBe(7);
    expect(items.map((i) => i.accountCount)).toEqual(byName.map((n) => (n === 'echo' ? 1 : 0)));
  });

  it('pages in descending order', async () => {
    const { org, auth } = await signedInOrg(t);
    for (const name of seven) await makeClientGroup(t.db, org.id, { name });
    const items = (await walk(auth, 'limit=3&order=desc')).flatMap((p) => p.items);
    expect(items.map((i) => i.name)).toEqual([...byName].reverse());
  });
});

describe('client groups: search', () => {
  it('searches names case-insensitively, with % and _ taken literally', async () => {
    const { org, auth } = await signedInOrg(t);
    for (const name of ['Acme Group', 'ACME holdings', '100% Owned', 'Unit_Trust', 'Other']) {
      await makeClientGroup(t.db, org.id, { name });
    }
    const search = async (q: string) => {
      const res = await api()
        .get(`/api/v1/client-groups?q=${encodeURIComponent(q)}`)
        .set('authorization', auth);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(res.body.items.length);
      return (res.body.items as Item[]).map((i) => i.name);
    };
    expect(await search('acme')).toEqual(['Acme Group', 'ACME holdings']);
    expect(await search('%')).toEqual(['100% Owned']);
    expect(await search('t_t')).toEqual(['Unit_Trust']);
    expect(await search('e_h')).toEqual([]);
  });
});
