import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import { makeAccount, makeClientGroup, makeOrganization } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import request, { type Response } from 'supertest';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const api = () => request(t.app.server);

function expectNotFound(res: Response) {
  expect(res.status).toBe(404);
  expect(res.headers['content-type']).toContain('application/problem+json');
}

async function twoOrgs() {
  const us = await signedInOrg(t);
  const them = await makeOrganization(t.db);
  const theirGroup = await makeClientGroup(t.db, them.id, { name: 'Their group', externalId: 'G-SHARED' });
  await makeAccount(t.db, them.id, { clientGroupId: theirGroup.id });
  return { ...us, them, theirGroup };
}

const groupRow = async (id: string) =>
  (await t.db.select().from(schema.clientGroups).where(eq(schema.clientGroups.id, id)))[0];

describe('client groups: tenant isolation', () => {
  it("answers 404 for another organization's group on get, update and delete, and leaves it alone", async () => {
    const { auth, theirGroup } = await twoOrgs();
    const url = `/api/v1/client-groups/${theirGroup.id}`;
    expectNotFound(await api().get(url).set('authorization', auth));
    expectNotFound(await api().patch(url).set('authorization', auth).send({ name: 'Mine now' }));
    expectNotFound(await api().delete(url).set('authorization', auth));
    expect(await groupRow(theirGroup.id)).toMatchObject({ name: 'Their group' });
  });

  it("never lists another organization's groups", async () => {
    const { org, auth } = await twoOrgs();
    await makeClientGroup(t.db, org.id, { name: 'Our group' });
    for (const query of ['', 'q=group']) {
      const res = await api().get(`/api/v1/client-groups?${query}`).set('authorization', auth);
      expect(res.status).toBe(200);
      expect((res.body.items as { name: string }[]).map((i) => i.name)).toEqual(['Our group']);
      expect(res.body.total).toBe(1);
    }
  });

  it("does not list another organization's group accounts through /accounts", async () => {
    const { auth, theirGroup } = await twoOrgs();
    const res = await api()
      .get(`/api/v1/accounts?clientGroupId=${theirGroup.id}&status=all`)
      .set('authorization', auth);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [], nextCursor: null, total: 0 });
  });

  it('allows an external id another organization already uses', async () => {
    const { auth } = await twoOrgs();
    const res = await api()
      .post('/api/v1/client-groups')
      .set('authorization', auth)
      .send({ name: 'Ours', externalId: 'G-SHARED' });
    expect(res.status).toBe(201);
    expect(res.body.externalId).toBe('G-SHARED');
  });
});
