import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import { makeAccount, makeBuilding, makeContact } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const api = () => request(t.app.server);
const MISSING_ID = '00000000-0000-4000-8000-000000000000';

const buildingRow = async (id: string) =>
  (await t.db.select().from(schema.buildings).where(eq(schema.buildings.id, id)))[0];

/** A signed-in org with one account to hang buildings on. */
async function orgWithAccount(options: Parameters<typeof signedInOrg>[1] = {}) {
  const signedIn = await signedInOrg(t, options);
  const account = await makeAccount(t.db, signedIn.org.id, { name: 'Harbour Holdings' });
  return { ...signedIn, account };
}

describe('buildings: happy paths', () => {
  it('creates a building and answers its full shape, with the account name', async () => {
    const { org, auth, account } = await orgWithAccount();
    const res = await api().post('/api/v1/buildings').set('authorization', auth).send({
      accountId: account.id,
      name: 'North Tower',
      addressLine1: '1 Quay St',
      addressLine2: 'Level 2',
      city: 'Auckland',
      region: 'AKL',
      postalCode: '1010',
      country: 'NZ',
      latitude: -36.842,
      longitude: 174.766,
      siteSource: 'ops',
      externalId: 'SITE-1',
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      accountId: account.id,
      accountName: 'Harbour Holdings',
      name: 'North Tower',
      addressLine1: '1 Quay St',
      addressLine2: 'Level 2',
      city: 'Auckland',
      region: 'AKL',
      postalCode: '1010',
      country: 'NZ',
      latitude: -36.842,
      longitude: 174.766,
      siteSource: 'ops',
      externalId: 'SITE-1',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(await buildingRow(res.body.id)).toMatchObject({
      orgId: org.id,
      accountId: account.id,
      latitude: -36.842,
    });
  });

  it('creates a building with only the required fields', async () => {
    const { auth, account } = await orgWithAccount();
    const res = await api()
      .post('/api/v1/buildings')
      .set('authorization', auth)
      .send({ accountId: account.id, name: 'Shed' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Shed',
      latitude: null,
      longitude: null,
      city: null,
      externalId: null,
    });
  });

  it('gets a building', async () => {
    const { org, auth, account } = await orgWithAccount();
    const building = await makeBuilding(t.db, org.id, account.id, {
      name: 'Depot',
      latitude: 0,
      longitude: 0,
    });
    const res = await api().get(`/api/v1/buildings/${building.id}`).set('authorization', auth);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: building.id,
      name: 'Depot',
      accountName: 'Harbour Holdings',
      latitude: 0,
    });
  });

  it('updates fields and moves a building to another account', async () => {
    const { org, auth, account } = await orgWithAccount();
    const other = await makeAccount(t.db, org.id, { name: 'New Owner Ltd' });
    const building = await makeBuilding(t.db, org.id, account.id, { name: 'Depot', city: 'Wellington' });
    const res = await api()
      .patch(`/api/v1/buildings/${building.id}`)
      .set('authorization', auth)
      .send({ accountId: other.id, latitude: 45.5, longitude: -180 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      accountId: other.id,
      accountName: 'New Owner Ltd',
      name: 'Depot',
      city: 'Wellington',
      latitude: 45.5,
      longitude: -180,
    });
    expect(await buildingRow(building.id)).toMatchObject({ accountId: other.id, latitude: 45.5 });
  });

  it('deletes a building; linked contacts lose the link but stay', async () => {
    const { org, auth, account } = await orgWithAccount();
    const building = await makeBuilding(t.db, org.id, account.id);
    const contact = await makeContact(t.db, org.id, { buildingId: building.id });
    const res = await api().delete(`/api/v1/buildings/${building.id}`).set('authorization', auth);
    expect(res.status).toBe(204);
    expect(await buildingRow(building.id)).toBeUndefined();
    const links = await t.db
      .select()
      .from(schema.contactBuildings)
      .where(eq(schema.contactBuildings.contactId, contact.id));
    expect(links).toHaveLength(0);
    const contacts = await t.db.select().from(schema.contacts).where(eq(schema.contacts.id, contact.id));
    expect(contacts).toHaveLength(1);
  });
});

describe('buildings: errors', () => {
  it.each([
    ['a missing name', { name: undefined }, 'name'],
    ['a missing account', { accountId: undefined }, 'accountId'],
    ['a malformed account id', { accountId: 'acct-1' }, 'accountId'],
    ['a name of the wrong type', { name: { text: 'North' } }, 'name'],
    ['a latitude above 90', { latitude: 90.5 }, 'latitude'],
    ['a latitude below -90', { latitude: -91 }, 'latitude'],
    ['a longitude beyond 180', { longitude: 180.01 }, 'longitude'],
    ['a latitude that is not a number', { latitude: 'north' }, 'latitude'],
    ['an unknown field', { storeys: 12 }, 'storeys'],
  ])('refuses to create with %s (400)', async (_label, overrides, field) => {
    const { auth, account } = await orgWithAccount();
    const body = { accountId: account.id, name: 'Tower', ...overrides };
    const res = await api().post('/api/v1/buildings').set('authorization', auth).send(body);
    expectProblem(res, 400, field);
    const rows = await t.db.select().from(schema.buildings).where(eq(schema.buildings.accountId, account.id));
    expect(rows).toHaveLength(0);
  });

  it('refuses an empty update, a bad latitude on update and a malformed id (400)', async () => {
    const { org, auth, account } = await orgWithAccount();
    const building = await makeBuilding(t.db, org.id, account.id);
    const url = `/api/v1/buildings/${building.id}`;
    expectProblem(await api().patch(url).set('authorization', auth).send({}), 400, 'body');
    expectProblem(await api().patch(url).set('authorization', auth).send({ latitude: 123 }), 400, 'latitude');
    expectProblem(await api().patch(url).set('authorization', auth).send({ name: '' }), 400, 'name');
    expectProblem(await api().get('/api/v1/buildings/42').set('authorization', auth), 400, 'id');
    expectProblem(await api().delete('/api/v1/buildings/not-a-uuid').set('authorization', auth), 400, 'id');
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=500', 'limit'],
    ['cursor=not-a-cursor', 'cursor'],
    ['accountId=nope', 'accountId'],
    ['sort=name', 'sort'],
  ])('refuses a list with %s (400)', async (query, field) => {
    const { auth } = await orgWithAccount();
    expectProblem(await api().get(`/api/v1/buildings?${query}`).set('authorization', auth), 400, field);
  });

  it('answers 404 for a building or an account that does not exist', async () => {
    const { auth } = await orgWithAccount();
    expectProblem(await api().get(`/api/v1/buildings/${MISSING_ID}`).set('authorization', auth), 404);
    expectProblem(
      await api().patch(`/api/v1/buildings/${MISSING_ID}`).set('authorization', auth).send({ name: 'X' }),
      404,
    );
    expectProblem(await api().delete(`/api/v1/buildings/${MISSING_ID}`).set('authorization', auth), 404);
    const res = await api()
      .post('/api/v1/buildings')
      .set('authorization', auth)
      .send({ accountId: MISSING_ID, name: 'X' });
    expectProblem(res, 404);
    expect(res.body.detail).toBe('Account not found.');
  });

  it('refuses a duplicate external id on create and on update (409)', async () => {
    const { org, auth, account } = await orgWithAccount();
    await makeBuilding(t.db, org.id, account.id, { externalId: 'SITE-1' });
    const other = await makeBuilding(t.db, org.id, account.id, { externalId: 'SITE-2' });
    const created = await api()
      .post('/api/v1/buildings')
      .set('authorization', auth)
      .send({ accountId: account.id, name: 'Copy', externalId: 'SITE-1' });
    expectProblem(created, 409);
    expect(created.body.errors[0].field).toBe('externalId');
    const updated = await api()
      .patch(`/api/v1/buildings/${other.id}`)
      .set('authorization', auth)
      .send({ externalId: 'SITE-1' });
    expectProblem(updated, 409);
    expect(updated.body.errors[0].field).toBe('externalId');
    expect((await buildingRow(other.id))?.externalId).toBe('SITE-2');
  });
});

describe('buildings: security', () => {
  it('answers 401 without a token', async () => {
    const { org, account } = await orgWithAccount();
    const building = await makeBuilding(t.db, org.id, account.id);
    expectProblem(await api().get('/api/v1/buildings'), 401);
    expectProblem(await api().get(`/api/v1/buildings/${building.id}`), 401);
    expectProblem(await api().post('/api/v1/buildings').send({ accountId: account.id, name: 'X' }), 401);
    expectProblem(await api().delete(`/api/v1/buildings/${building.id}`), 401);
    expect(await buildingRow(building.id)).toBeDefined();
  });

  it('lets a user without contacts.write read but not write (403)', async () => {
    const { org, auth, account } = await orgWithAccount({
      permissions: ['reports.read', 'invitations.send'],
    });
    const building = await makeBuilding(t.db, org.id, account.id, { name: 'Kept' });
    expect((await api().get('/api/v1/buildings').set('authorization', auth)).status).toBe(200);
    expect((await api().get(`/api/v1/buildings/${building.id}`).set('authorization', auth)).status).toBe(200);
    const url = `/api/v1/buildings/${building.id}`;
    expectProblem(
      await api()
        .post('/api/v1/buildings')
        .set('authorization', auth)
        .send({ accountId: account.id, name: 'X' }),
      403,
    );
    expectProblem(await api().patch(url).set('authorization', auth).send({ name: 'Renamed' }), 403);
    expectProblem(await api().delete(url).set('authorization', auth), 403);
    const rows = await t.db.select().from(schema.buildings).where(eq(schema.buildings.orgId, org.id));
    expect(rows.map((r) => r.name)).toEqual(['Kept']);
  });
});

describe('buildings: input the database must not mangle', () => {
  // Body validation coerces types, and inside Nullable (anyOf [number, null]) Ajv turns null into 0
  // before the null branch is tried: "clear the coordinates" would put the site at 0,0.
  it('clears the coordinates with null', async () => {
    const { org, auth, account } = await orgWithAccount();
    const building = await makeBuilding(t.db, org.id, account.id, { latitude: 10, longitude: 20 });
    const res = await api()
      .patch(`/api/v1/buildings/${building.id}`)
      .set('authorization', auth)
      .send({ latitude: null, longitude: null });
    expect(res.body).toMatchObject({ latitude: null, longitude: null });
  });
});
