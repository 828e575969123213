import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { DbHandle } from '@portico/db';
import { createTestDatabase, type TestDatabase } from '@portico/db/testing';
import { Queue } from 'bullmq';
import { sql } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { type SmtpSink, startSmtpSink } from './harness/smtp-sink';
import {
  type Api,
  CONCURRENCY,
  CONTACTS,
  deleteKeys,
  deliveries,
  deliveryStates,
  deliveryTimeoutMs,
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

/**
 * The worker dies mid bulk send. kill -9 at the k-th email, once before the SMTP server accepts it
 * and once right after its reply left but before the worker can record it; then a new worker
 * starts. Every contact gets the email, and the copies beyond one are no more than the worker's
 * concurrency (DESIGN.md, "Work that must never be lost"). SIGTERM instead drains: every send in
 * flight finishes and is recorded, no job is left active (stalled), nothing is sent twice.
 */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('worker crash during a bulk send', () => {
  let database: TestDatabase;
  let handle: DbHandle;
  let sink: SmtpSink;
  let api: Api;
  let shared: Shared;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    handle = openDb(database.url);
    sink = await startSmtpSink();
  });
  afterEach(async () => {
    sink.reset();
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    await api?.close();
    if (shared) await deleteKeys(shared.redisUrl, shared.redisPrefix);
  });
  afterAll(async () => {
    await sink?.close();
    await handle?.close();
    await database?.drop();
  });

  async function bulkSend() {
    // A Redis prefix per test: queues left by the previous test's dead worker are not this one's.
    shared = sharedSettings(database.url);
    api = await startApi(shared);
    const office = await seedOffice(handle.db, api.app, CONTACTS);
    const res = await post(api, office.auth, '/api/v1/invitation-batches', {
      filter: { activeCustomersOnly: false },
    });
    expect({ status: res.status, invited: res.body.invited }).toEqual({ status: 201, invited: CONTACTS });
    return office;
  }

  function start(name: string) {
    const w = worker(name, shared, sink);
    workers.push(w);
    return w;
  }

  async function expectEveryoneOnce(orgId: string, emails: string[], maxDuplicates: number) {
    await waitFor(
      async () => {
        const states = await deliveryStates(handle.db, orgId);
        return states.sent === emails.length && deliveries(sink, emails).missing === 0;
      },
      'every invitation to be sent and received',
      deliveryTimeoutMs(emails.length),
      250,
    ).catch(async (error: Error) => {
      throw new Error(
        `${error.message}; states ${JSON.stringify(await deliveryStates(handle.db, orgId))}, ` +
          `${JSON.stringify(deliveries(sink, emails))}\n${workers.map((w) => w.log.slice(-8).join('\n')).join('\n')}`,
      );
    });
    const { duplicates } = deliveries(sink, emails);
    expect(duplicates).toBeLessThanOrEqual(maxDuplicates);
    return duplicates;
  }

  async function stateOf(email: string) {
    const result = await handle.db.execute<{ state: string }>(
      sql`select i.delivery_state as state from invitations i join contacts c on c.id = i.contact_id
          where c.email = ${email} and i.status = 'pending'`,
    );
    return result.rows[0]?.state;
  }

  for (const moment of [
    'before the server accepts the email',
    'after the server replied, before the worker records it',
  ] as const) {
    it(`kill -9 ${moment}: after a restart everyone has the email, duplicates <= concurrency`, async () => {
      const { orgId, emails } = await bulkSend();
      const first = start('worker-1');
      const k = Math.max(1, Math.floor(CONTACTS / 3));
      let victim: string | undefined;
      const kill = (n: number, to: string[]) => {
        if (n < k || victim !== undefined) return undefined;
        victim = to[0];
        first.signal('SIGKILL');
        return false;
      };
      if (moment.startsWith('before')) sink.beforeReply = kill;
      else sink.afterReply = (n, to) => void kill(n, to);
      await first.start();
      const exit = await withTimeout(first.exit, deliveryTimeoutMs(k), 'the worker to be killed');
      expect(exit.signal).toBe('SIGKILL');
      sink.beforeReply = undefined;
      sink.afterReply = undefined;

      // The crash hit the window it aimed at: the k-th send is claimed and not recorded as sent.
      expect(victim).toBeDefined();
      expect(await stateOf(victim as string)).toBe('sending');
      expect(sink.received.has(victim as string)).toBe(moment.startsWith('after'));
      const before = sink.accepted();
      expect(before).toBeLessThan(CONTACTS);

      await start('worker-2').start();
      const duplicates = await expectEveryoneOnce(orgId, emails, CONCURRENCY);
      console.info(
        `kill -9 ${moment}: ${CONTACTS} contacts, ${before} sent before the crash, ${duplicates} duplicate(s)`,
      );
    });
  }

  it('SIGTERM drains: sends in flight finish and are recorded, no job is left stalled, none sent twice', async () => {
    const { orgId, emails } = await bulkSend();
    sink.delayMs = 150;
    const first = start('worker-1');
    await first.start();
    const inFlightAt = Math.min(30, CONTACTS / 4);
    await waitFor(() => sink.arrived() >= inFlightAt, 'sends to be in flight', deliveryTimeoutMs(inFlightAt));
    const inFlight = sink.arrived() - sink.accepted();
    first.signal('SIGTERM');
    const exit = await withTimeout(first.exit, 60_000, 'the worker to drain and exit');
    expect(exit).toEqual({ code: 0, signal: null });
    expect(inFlight).toBeGreaterThan(0);

    // Nothing half-done: no invitation left in `sending`, no job left active for the stall checker.
    const states = await deliveryStates(handle.db, orgId);
    expect(states.sending ?? 0).toBe(0);
    expect(states.sent).toBe(sink.accepted());
    const connection = new Redis(shared.redisUrl, { maxRetriesPerRequest: null });
    const email = new Queue('email', { connection, prefix: shared.redisPrefix });
    try {
      expect(await email.getActiveCount()).toBe(0);
    } finally {
      await email.close();
      connection.disconnect();
    }

    sink.delayMs = 0;
    await start('worker-2').start();
    expect(await expectEveryoneOnce(orgId, emails, 0)).toBe(0);
  });
});
