import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import { makeAccount, makeClientGroup } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const api = () => request(t.app.server);
const MISSING_ID = '00000000-0000-4000-8000-000000000000';

const groupRow = async (id: string) =>
  (await t.db.select().from(schema.clientGroups).where(eq(schema.clientGroups.id, id)))[0];

describe('client groups: happy paths', () => {
  it('creates a group and answers its full shape', async () => {
    const { org, auth } = await signedInOrg(t);
    const res = await api()
      .post('/api/v1/client-groups')
      .set('authorization', auth)
      .send({ name: 'Acme Group', externalId: 'G-1' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: 'Acme Group',
      externalId: 'G-1',
      accountCount: 0,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(await groupRow(res.body.id)).toMatchObject({ orgId: org.id, name: 'Acme Group' });
  });

  it('gets a group with the number of its accounts, which list through /accounts', async () => {
    const { org, auth } = await signedInOrg(t);
    const group = await makeClientGroup(t.db, org.id, { name: 'Acme Group' });
    await makeAccount(t.db, org.id, { name: 'Acme North', clientGroupId: group.id });
    await makeAccount(t.db, org.id, { name: 'Acme South', clientGroupId: group.id });
    await makeAccount(t.db, org.id, { name: 'Not Acme' });
    const res = await api().get(`/api/v1/client-groups/${group.id}`).set('authorization', auth);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: group.id, name: 'Acme Group', externalId: null, accountCount: 2 });
    const accounts = await api().get(`/api/v1/accounts?clientGroupId=${group.id}`).set('authorization', auth);
    expect((accounts.body.items as { name: string }[]).map((a) => a.name)).toEqual([
      'Acme North',
      'Acme South',
    ]);
  });

  it('updates a group', async () => {
    const { org, auth } = await signedInOrg(t);
    const group = await makeClientGroup(t.db, org.id, { name: 'Old', externalId: 'G-9' });
    await makeAccount(t.db, org.id, { clientGroupId: group.id });
    const res = await api()
      .patch(`/api/v1/client-groups/${group.id}`)
      .set('authorization', auth)
      .send({ name: 'New' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: group.id, name: 'New', externalId: 'G-9', accountCount: 1 });
    expect(await groupRow(group.id)).toMatchObject({ name: 'New', externalId: 'G-9' });
  });

  it('deletes a group; its accounts stay and leave the group', async () => {
    const { org, auth } = await signedInOrg(t);
    const group = await makeClientGroup(t.db, org.id);
    const account = await makeAccount(t.db, org.id, { clientGroupId: group.id });
    const res = await api().delete(`/api/v1/client-groups/${group.id}`).set('authorization', auth);
    expect(res.status).toBe(204);
    expect(await groupRow(group.id)).toBeUndefined();
    const [row] = await t.db.select().from(schema.accounts).where(eq(schema.accounts.id, account.id));
    expect(row).toMatchObject({ id: account.id, clientGroupId: null });
  });
});

describe('client groups: errors', () => {
  it.each([
    ['a missing name', { externalId: 'G-1' }, 'name'],
    ['an empty name', { name: '' }, 'name'],
    ['a name of the wrong type', { name: { en: 'Acme' } }, 'name'],
    ['an over-long name', { name: 'x'.repeat(201) }, 'name'],
    ['an unknown field', { name: 'Acme', colour: 'red' }, 'colour'],
  ])('refuses to create with %s (400)', async (_label, body, field) => {
    const { org, auth } = await signedInOrg(t);
    expectProblem(
      await api().post('/api/v1/client-groups').set('authorization', auth).send(body),
      400,
      field,
    );
    expect(
      await t.db.select().from(schema.clientGroups).where(eq(schema.clientGroups.orgId, org.id)),
    ).toHaveLength(0);
  });

  it('refuses an empty update and a malformed id (400)', async () => {
    const { org, auth } = await signedInOrg(t);
    const group = await makeClientGroup(t.db, org.id);
    expectProblem(
      await api().patch(`/api/v1/client-groups/${group.id}`).set('authorization', auth).send({}),
      400,
      'body',
    );
    expectProblem(await api().get('/api/v1/client-groups/group-1').set('authorization', auth), 400, 'id');
    expectProblem(await api().delete('/api/v1/client-groups/1').set('authorization', auth), 400, 'id');
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=500', 'limit'],
    ['cursor=not-a-cursor', 'cursor'],
    ['status=all', 'status'],
  ])('refuses a list with %s (400)', async (query, field) => {
    const { auth } = await signedInOrg(t);
    expectProblem(await api().get(`/api/v1/client-groups?${query}`).set('authorization', auth), 400, field);
  });

  it('answers 404 for an id that does not exist', async () => {
    const { auth } = await signedInOrg(t);
    const url = `/api/v1/client-groups/${MISSING_ID}`;
    expectProblem(await api().get(url).set('authorization', auth), 404);
    expectProblem(await api().patch(url).set('authorization', auth).send({ name: 'X' }), 404);
    expectProblem(await api().delete(url).set('authorization', auth), 404);
  });

  it('refuses a duplicate external id on create and on update (409)', async () => {
    const { org, auth } = await signedInOrg(t);
    await makeClientGroup(t.db, org.id, { externalId: 'G-1' });
    const other = await makeClientGroup(t.db, org.id, { externalId: 'G-2' });
    const created = await api()
      .post('/api/v1/client-groups')
      .set('authorization', auth)
      .send({ name: 'Copy', externalId: 'G-1' });
    expectProblem(created, 409);
    expect(created.body.errors[0].field).toBe('externalId');
    const updated = await api()
      .patch(`/api/v1/client-groups/${other.id}`)
      .set('authorization', auth)
      .send({ externalId: 'G-1' });
    expectProblem(updated, 409);
    expect(updated.body.errors[0].field).toBe('externalId');
    expect((await groupRow(other.id))?.externalId).toBe('G-2');
  });
});

describe('client groups: security', () => {
  it('answers 401 without a token', async () => {
    const { org } = await signedInOrg(t);
    const group = await makeClientGroup(t.db, org.id);
    expectProblem(await api().get('/api/v1/client-groups'), 401);
    expectProblem(await api().get(`/api/v1/client-groups/${group.id}`), 401);
    expectProblem(await api().post('/api/v1/client-groups').send({ name: 'X' }), 401);
    expectProblem(await api().delete(`/api/v1/client-groups/${group.id}`), 401);
    expect(await groupRow(group.id)).toBeDefined();
  });

  it('lets a user without contacts.write read but not write (403)', async () => {
    const { org, auth } = await signedInOrg(t, { permissions: ['reports.read'] });
    const group = await makeClientGroup(t.db, org.id, { name: 'Kept' });
    const url = `/api/v1/client-groups/${group.id}`;
    expect((await api().get('/api/v1/client-groups').set('authorization', auth)).status).toBe(200);
    expect((await api().get(url).set('authorization', auth)).status).toBe(200);
    expectProblem(
      await api().post('/api/v1/client-groups').set('authorization', auth).send({ name: 'X' }),
      403,
    );
    expectProblem(await api().patch(url).set('authorization', auth).send({ name: 'Renamed' }), 403);
    expectProblem(await api().delete(url).set('authorization', auth), 403);
    const rows = await t.db.select().from(schema.clientGroups).where(eq(schema.clientGroups.orgId, org.id));
    expect(rows.map((r) => r.name)).toEqual(['Kept']);
  });
});

describe('client groups: input the database must not mangle', () => {
  // PostgreSQL text cannot hold U+0000; nothing refuses it before the insert, so it answers 500.
  it('refuses a NUL character in a name with 400, not 500', async () => {
    const { auth } = await signedInOrg(t);
    const res = await api()
      .post('/api/v1/client-groups')
      .set('authorization', auth)
      .send({ name: 'Acme\u0000' });
    expectProblem(res, 400);
    expect(res.body.detail).toMatch(/NUL/);
    const list = await api().get('/api/v1/client-groups?q=%00').set('authorization', auth);
    expectProblem(list, 400);
  });
});
