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
  // The answer must not tell another tenant's id apart from one that never existed.
  expect(res.body.detail).not.toMatch(/organization|tenant|permission/i);
}

/** An org signed in as "us", and a second org with an account and a client group of its own. */
async function twoOrgs() {
  const us = await signedInOrg(t);
  const them = await makeOrganization(t.db);
  const theirGroup = await makeClientGroup(t.db, them.id, { name: 'Their group' });
  const theirAccount = await makeAccount(t.db, them.id, {
    name: 'Their account',
    clientGroupId: theirGroup.id,
    externalId: 'SHARED-1',
  });
  return { ...us, them, theirGroup, theirAccount };
}

const accountRow = async (id: string) =>
  (await t.db.select().from(schema.accounts).where(eq(schema.accounts.id, id)))[0];

describe('accounts: tenant isolation', () => {
  it("answers 404 for another organization's account on get, update and delete, and leaves it alone", async () => {
    const { auth, theirAccount } = await twoOrgs();
    expectNotFound(await api().get(`/api/v1/accounts/${theirAccount.id}`).set('authorization', auth));
    expectNotFound(
      await api()
        .patch(`/api/v1/accounts/${theirAccount.id}`)
        .set('authorization', auth)
        .send({ name: 'Mine now' }),
    );
    expectNotFound(await api().delete(`/api/v1/accounts/${theirAccount.id}`).set('authorization', auth));
    expect(await accountRow(theirAccount.id)).toMatchObject({ name: 'Their account' });
  });

  it("never lists another organization's accounts, whatever the filter", async () => {
    const { org, auth, theirGroup } = await twoOrgs();
    await makeAccount(t.db, org.id, { name: 'Our account' });
    for (const query of ['status=all', 'q=account', `clientGroupId=${theirGroup.id}`]) {
      const res = await api().get(`/api/v1/accounts?${query}`).set('authorization', auth);
      expect(res.status).toBe(200);
      const names = (res.body.items as { name: string }[]).map((i) => i.name);
      expect(names).not.toContain('Their account');
      expect(res.body.total).toBe(names.length);
    }
  });

  it("refuses another organization's client group on create and update (404)", async () => {
    const { org, auth, theirGroup } = await twoOrgs();
    const created = await api()
      .post('/api/v1/accounts')
      .set('authorization', auth)
      .send({ name: 'Sneaky', clientGroupId: theirGroup.id });
    expectNotFound(created);
    expect(created.body.detail).toBe('Client group not found.');
    const ours = await makeAccount(t.db, org.id);
    expectNotFound(
      await api()
        .patch(`/api/v1/accounts/${ours.id}`)
        .set('authorization', auth)
        .send({ clientGroupId: theirGroup.id }),
    );
    const rows = await t.db.select().from(schema.accounts).where(eq(schema.accounts.orgId, org.id));
    expect(rows.map((r) => [r.name, r.clientGroupId])).toEqual([[ours.name, null]]);
  });

  it('allows an external id another organization already uses', async () => {
    const { auth } = await twoOrgs();
    const res = await api()
      .post('/api/v1/accounts')
      .set('authorization', auth)
      .send({ name: 'Ours', externalId: 'SHARED-1' });
    expect(res.status).toBe(201);
    expect(res.body.externalId).toBe('SHARED-1');
  });
});
