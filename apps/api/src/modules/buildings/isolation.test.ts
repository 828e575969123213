import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import { makeAccount, makeBuilding, makeOrganization } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import request, { type Response } from 'supertest';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const api = () => request(t.app.server);

function expectNotFound(res: Response) {
  expect(res.status).toBe(404);
  expect(res.headers['content-type']).toContain('application/problem+json');
}

/** Us, signed in with an account of our own; them, with an account and a building. */
async function twoOrgs() {
  const us = await signedInOrg(t);
  const ourAccount = await makeAccount(t.db, us.org.id, { name: 'Our account' });
  const them = await makeOrganization(t.db);
  const theirAccount = await makeAccount(t.db, them.id, { name: 'Their account' });
  const theirBuilding = await makeBuilding(t.db, them.id, theirAccount.id, {
    name: 'Their building',
    siteSource: 'ops',
    externalId: 'SITE-SHARED',
  });
  return { ...us, ourAccount, them, theirAccount, theirBuilding };
}

const buildingRow = async (id: string) =>
  (await t.db.select().from(schema.buildings).where(eq(schema.buildings.id, id)))[0];

describe('buildings: tenant isolation', () => {
  it("answers 404 for another organization's building on get, update and delete, and leaves it alone", async () => {
    const { auth, theirBuilding, theirAccount } = await twoOrgs();
    const url = `/api/v1/buildings/${theirBuilding.id}`;
    expectNotFound(await api().get(url).set('authorization', auth));
    expectNotFound(await api().patch(url).set('authorization', auth).send({ name: 'Mine now' }));
    expectNotFound(await api().delete(url).set('authorization', auth));
    expect(await buildingRow(theirBuilding.id)).toMatchObject({
      name: 'Their building',
      accountId: theirAccount.id,
    });
  });

  it("never lists another organization's buildings, whatever the filter", async () => {
    const { org, auth, ourAccount, theirAccount } = await twoOrgs();
    await makeBuilding(t.db, org.id, ourAccount.id, { name: 'Our building', siteSource: 'ops' });
    for (const query of ['', 'q=building', 'siteSource=ops', `accountId=${theirAccount.id}`]) {
      const res = await api().get(`/api/v1/buildings?${query}`).set('authorization', auth);
      expect(res.status).toBe(200);
      const names = (res.body.items as { name: string }[]).map((i) => i.name);
      expect(names).not.toContain('Their building');
      expect(res.body.total).toBe(names.length);
    }
  });

  it("refuses another organization's account on create (404) and creates nothing", async () => {
    const { org, auth, theirAccount } = await twoOrgs();
    const res = await api()
      .post('/api/v1/buildings')
      .set('authorization', auth)
      .send({ accountId: theirAccount.id, name: 'Sneaky' });
    expectNotFound(res);
    expect(res.body.detail).toBe('Account not found.');
    const rows = await t.db.select().from(schema.buildings).where(eq(schema.buildings.name, 'Sneaky'));
    expect(rows).toHaveLength(0);
    const ours = await t.db.select().from(schema.buildings).where(eq(schema.buildings.orgId, org.id));
    expect(ours).toHaveLength(0);
  });

  it("refuses to move our building onto another organization's account (404)", async () => {
    const { org, auth, ourAccount, theirAccount } = await twoOrgs();
    const ours = await makeBuilding(t.db, org.id, ourAccount.id);
    const res = await api()
      .patch(`/api/v1/buildings/${ours.id}`)
      .set('authorization', auth)
      .send({ accountId: theirAccount.id });
    expectNotFound(res);
    expect((await buildingRow(ours.id))?.accountId).toBe(ourAccount.id);
  });

  it('allows an external id another organization already uses', async () => {
    const { auth, ourAccount } = await twoOrgs();
    const res = await api()
      .post('/api/v1/buildings')
      .set('authorization', auth)
      .send({ accountId: ourAccount.id, name: 'Ours', externalId: 'SITE-SHARED' });
    expect(res.status).toBe(201);
  });
});
