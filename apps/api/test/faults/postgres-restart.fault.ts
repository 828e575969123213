import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { migrateDatabase } from '@portico/db';
import { makeAccount, makeOfficeUser, makeOrganization } from '@portico/db/testing';
import { DisposablePostgres } from './harness/disposable-postgres';
import { type Api, deleteKeys, get, openDb, type Shared, sharedSettings, startApi } from './harness/stack';
import { waitFor } from './harness/wait-for';

/**
 * PostgreSQL restarts (a failover, an upgrade) under a running API. Restarting the machine's
 * shared server would break every other test, so this one runs a throwaway cluster of its own.
 * Meanwhile /readyz answers 503 and routes answer a 503 problem, never a 500; once the server is
 * back, the same process answers again (its pool reconnects), without a restart.
 */
describe('PostgreSQL restart under a running API', () => {
  let pg: DisposablePostgres;
  let api: Api;
  let shared: Shared;
  let auth: string;
  let accountId: string;

  beforeAll(async () => {
    pg = await DisposablePostgres.create();
    await pg.start();
    await migrateDatabase(pg.url);
    const handle = openDb(pg.url);
    try {
      const org = await makeOrganization(handle.db);
      const user = await makeOfficeUser(handle.db, org.id);
      accountId = (await makeAccount(handle.db, org.id)).id;
      shared = sharedSettings(pg.url);
      api = await startApi(shared);
      auth = `Bearer ${api.app.signOfficeAccessToken(user)}`;
    } finally {
      await handle.close();
    }
  });
  afterAll(async () => {
    await api?.close();
    if (shared) await deleteKeys(shared.redisUrl, shared.redisPrefix);
    await pg?.destroy();
  });

  it('answers 503 while PostgreSQL is down, and recovers by itself when it is back', async () => {
    expect((await get(api, undefined, '/readyz')).status).toBe(200);
    expect((await get(api, auth, '/api/v1/accounts')).status).toBe(200);

    await pg.stop();
    const answers: number[] = [];
    for (let i = 0; i < 10; i++) {
      for (const path of ['/api/v1/accounts', `/api/v1/accounts/${accountId}`, '/api/v1/me']) {
        const res = await get(api, auth, path);
        answers.push(res.status);
        expect({ path, status: res.status }).toEqual({ path, status: 503 });
        expect(res.type).toContain('application/problem+json');
        expect(JSON.stringify(res.body)).not.toMatch(/ECONNREFUSED|5432|postgres|\bat /);
      }
      const ready = await get(api, undefined, '/readyz');
      expect(ready).toMatchObject({ status: 503, body: { checks: { postgres: 'down', redis: 'ok' } } });
    }

    await pg.start();
    await waitFor(
      async () => (await get(api, undefined, '/readyz')).status === 200,
      '/readyz to recover',
      30_000,
    );
    const accounts = await get(api, auth, '/api/v1/accounts');
    expect(accounts.status).toBe(200);
    expect((await get(api, auth, `/api/v1/accounts/${accountId}`)).status).toBe(200);
  });
});
