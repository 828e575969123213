import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DbHandle } from '@portico/db';
import { createTestDatabase, type TestDatabase } from '@portico/db/testing';
import { sql } from 'drizzle-orm';
import { DisposableRedis } from './harness/disposable-redis';
import { type SmtpSink, startSmtpSink } from './harness/smtp-sink';
import {
  type Api,
  CONCURRENCY,
  deliveries,
  deliveryStates,
  deliveryTimeoutMs,
  get,
  openDb,
  post,
  type Shared,
  seedOffice,
  sharedSettings,
  startApi,
  worker,
} from './harness/stack';
import { waitFor } from './harness/wait-for';
import type { WorkerProcess } from './harness/worker-process';

/** How long Redis stays down: 10 s by default (CI), 30 s with FAULT_REDIS_DOWN_MS=30000. */
const DOWN_MS = Number(process.env.FAULT_REDIS_DOWN_MS ?? 10_000);
const CONTACTS = 120;

/**
 * Redis (BullMQ's engine) dies and comes back empty while the office keeps inviting. The API never
 * needs Redis to accept an invite (the invitation and its outbox row commit together in
 * PostgreSQL), so every request succeeds during the outage; once Redis is back, the worker relays
 * what waited and re-queues what the dead Redis lost, and every contact gets the email.
 */
describe('Redis outage during invites', () => {
  let database: TestDatabase;
  let handle: DbHandle;
  let sink: SmtpSink;
  let redis: DisposableRedis;
  let api: Api;
  let shared: Shared;
  let w: WorkerProcess;

  beforeAll(async () => {
    database = await createTestDatabase();
    handle = openDb(database.url);
    sink = await startSmtpSink();
    redis = await DisposableRedis.create();
    await redis.start();
    shared = sharedSettings(database.url, redis.url);
    api = await startApi(shared);
    w = worker('worker', shared, sink);
    await w.start();
  });
  afterAll(async () => {
    await w?.stop();
    await api?.close();
    await redis?.stop();
    await sink?.close();
    await handle?.close();
    await database?.drop();
  });

  it(`keeps accepting invites while Redis is down for ${DOWN_MS / 1000} s, and delivers them all after`, async () => {
    const office = await seedOffice(handle.db, api.app, CONTACTS);
    const ids = (
      await handle.db.execute<{ id: string; email: string }>(
        sql`select id, email from contacts where org_id = ${office.orgId} order by email`,
      )
    ).rows;
    const invite = (id: string) => post(api, office.auth, `/api/v1/contacts/${id}/invitation`, {});

    // Before: one invite goes all the way, so the pipeline is known to work.
    const first = ids[0];
    if (!first) throw new Error('no contacts');
    expect((await invite(first.id)).status).toBe(201);
    await waitFor(() => sink.received.has(first.email), 'the first email', 30_000);

    await redis.stop();
    const outageEnds = Date.now() + DOWN_MS;
    const statuses: number[] = [];
    // Every other contact invited, one at a time, spread over the outage.
    for (const contact of ids.slice(1)) {
      statuses.push((await invite(contact.id)).status);
      await sleep(Math.max(0, (outageEnds - Date.now()) / CONTACTS));
    }
    await sleep(Math.max(0, outageEnds - Date.now()));
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
    const ready = await get(api, undefined, '/readyz');
    expect(ready).toMatchObject({ status: 503, body: { checks: { redis: 'down', postgres: 'ok' } } });
    // Nothing could have been sent meanwhile: the emails wait in the outbox.
    const waiting = (await deliveryStates(handle.db, office.orgId)).queued ?? 0;
    expect(waiting).toBeGreaterThan(0);

    await redis.start();
    await waitFor(
      async () =>
        (await deliveryStates(handle.db, office.orgId)).sent === CONTACTS &&
        deliveries(sink, office.emails).missing === 0,
      'every invitation to be delivered after the outage',
      deliveryTimeoutMs(CONTACTS),
      250,
    ).catch(async (error: Error) => {
      throw new Error(
        `${error.message}: ${JSON.stringify(await deliveryStates(handle.db, office.orgId))}\n${w.log.slice(-10).join('\n')}`,
      );
    });
    const { duplicates } = deliveries(sink, office.emails);
    expect(duplicates).toBeLessThanOrEqual(CONCURRENCY);
    expect((await get(api, undefined, '/readyz')).status).toBe(200);
  });
});
