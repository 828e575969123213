import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import { makeOrganization } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const api = () => request(t.app.server);
const MISSING_ID = '00000000-0000-4000-8000-000000000000';

async function createKey(auth: string, scopes = ['documents:write']) {
  const res = await api()
    .post('/api/v1/api-keys')
    .set('authorization', auth)
    .send({ name: 'Ops sync', scopes });
  expect(res.status).toBe(201);
  return res.body as { apiKey: { id: string; prefix: string }; key: string };
}

const keyRow = async (id: string) =>
  (await t.db.select().from(schema.apiKeys).where(eq(schema.apiKeys.id, id)))[0];

/** A cheap integration call: an empty-ish batch that fails validation still authenticates first. */
const callWith = (key: string, kind = 'documents') =>
  api()
    .post(`/api/v1/integration/${kind}/batch`)
    .set('authorization', `Bearer ${key}`)
    .send({ items: [{}] });

describe('api keys: happy paths', () => {
  it('creates a key shown once, stored only as a SHA-256 hash', async () => {
    const { auth } = await signedInOrg(t);
    const res = await api()
      .post('/api/v1/api-keys')
      .set('authorization', auth)
      .send({ name: 'Ops sync', scopes: ['documents:write', 'defects:write'] });
    expect(res.status).toBe(201);
    expect(res.body.key).toMatch(/^ptk_[A-Za-z0-9_-]{43}$/);
    expect(res.body.apiKey).toEqual({
      id: expect.any(String),
      name: 'Ops sync',
      prefix: res.body.key.slice(0, 12),
      scopes: ['documents:write', 'defects:write'],
      createdAt: expect.any(String),
      lastUsedAt: null,
      revokedAt: null,
    });
    const row = await keyRow(res.body.apiKey.id);
    expect(row?.keyHash).toMatch(/^[0-9a-f]{64}$/);
    // The plaintext is nowhere in the table.
    const dump = JSON.stringify(await t.db.select().from(schema.apiKeys));
    expect(dump).not.toContain(res.body.key);
    // Nor in the list.
    const list = await api().get('/api/v1/api-keys').set('authorization', auth);
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain(res.body.key);
    expect(list.body).toMatchObject({ total: 1, items: [{ id: res.body.apiKey.id, name: 'Ops sync' }] });
  });

  it('records the last use, at most once a minute', async () => {
    const { auth } = await signedInOrg(t);
    const { apiKey, key } = await createKey(auth);
    expect((await callWith(key)).status).toBe(200);
    const first = (await keyRow(apiKey.id))?.lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    expect((await callWith(key)).status).toBe(200);
    expect((await keyRow(apiKey.id))?.lastUsedAt).toEqual(first);
    // An hour ago: the next call writes again.
    await t.db
      .update(schema.apiKeys)
      .set({ lastUsedAt: new Date(Date.now() - 3_600_000) })
      .where(eq(schema.apiKeys.id, apiKey.id));
    expect((await callWith(key)).status).toBe(200);
    const later = (await keyRow(apiKey.id))?.lastUsedAt;
    expect(Date.now() - (later?.getTime() ?? 0)).toBeLessThan(60_000);
  });

  it('revokes a key at once; revoking again is fine and keeps the first time', async () => {
    const { auth } = await signedInOrg(t);
    const { apiKey, key } = await createKey(auth);
    const res = await api().post(`/api/v1/api-keys/${apiKey.id}/revoke`).set('authorization', auth);
    expect(res.status).toBe(200);
    expect(res.body.revokedAt).toEqual(expect.any(String));
    const again = await api().post(`/api/v1/api-keys/${apiKey.id}/revoke`).set('authorization', auth);
    expect(again.status).toBe(200);
    expect(again.body.revokedAt).toBe(res.body.revokedAt);
    expectProblem(await callWith(key), 401);
  });
});

describe('api keys: errors', () => {
  it.each([
    ['no name', { scopes: ['documents:write'] }, 'name'],
    ['no scopes', { name: 'x', scopes: [] }, 'scopes'],
    ['an unknown scope', { name: 'x', scopes: ['everything'] }, 'scopes.0'],
    ['an unknown field', { name: 'x', scopes: ['documents:write'], admin: true }, 'admin'],
  ])('refuses a key with %s (400)', async (_label, body, field) => {
    const { auth } = await signedInOrg(t);
    expectProblem(await api().post('/api/v1/api-keys').set('authorization', auth).send(body), 400, field);
  });

  it('answers 404 for a key that does not exist', async () => {
    const { auth } = await signedInOrg(t);
    expectProblem(await api().post(`/api/v1/api-keys/${MISSING_ID}/revoke`).set('authorization', auth), 404);
  });
});

describe('api keys: security', () => {
  it('needs the integrations.manage permission (403) and a session (401)', async () => {
    const { auth } = await signedInOrg(t, { permissions: ['contacts.write'] });
    expectProblem(await api().get('/api/v1/api-keys').set('authorization', auth), 403);
    expectProblem(
      await api()
        .post('/api/v1/api-keys')
        .set('authorization', auth)
        .send({ name: 'x', scopes: ['documents:write'] }),
      403,
    );
    expectProblem(await api().get('/api/v1/api-keys'), 401);
  });

  it("cannot see or revoke another organization's key (404), which keeps working", async () => {
    const mine = await signedInOrg(t);
    const theirs = await signedInOrg(t);
    const { apiKey, key } = await createKey(theirs.auth);
    expectProblem(
      await api().post(`/api/v1/api-keys/${apiKey.id}/revoke`).set('authorization', mine.auth),
      404,
    );
    const list = await api().get('/api/v1/api-keys').set('authorization', mine.auth);
    expect(list.body.total).toBe(0);
    expect((await keyRow(apiKey.id))?.revokedAt).toBeNull();
    expect((await callWith(key)).status).toBe(200);
  });

  it('refuses unknown, malformed and missing keys (401), and a key without the scope (403)', async () => {
    const { auth } = await signedInOrg(t);
    const { key } = await createKey(auth, ['defects:write']);
    expectProblem(await callWith(`ptk_${'A'.repeat(43)}`), 401);
    expectProblem(await callWith('not-a-key'), 401);
    expectProblem(
      await api()
        .post('/api/v1/integration/documents/batch')
        .send({ items: [{}] }),
      401,
    );
    expectProblem(await callWith(key, 'documents'), 403);
    expect((await callWith(key, 'defects')).status).toBe(200);
    // An office token is not an API key.
    expectProblem(
      await api()
        .post('/api/v1/integration/documents/batch')
        .set('authorization', auth)
        .send({ items: [{}] }),
      401,
    );
    await makeOrganization(t.db);
  });
});
