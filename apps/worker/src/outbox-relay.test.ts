import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import { makeContact, makeOrganization } from '@portico/db/testing';
import { and, eq, inArray } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { waitFor } from '../test/wait-for';
import { invite, useWorkerHarness } from '../test/worker-harness';
import { startWorker } from './worker';

const { invitations, outbox } = schema;

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

/** A Redis of the test's own, on a spare port, without persistence: stopping it loses everything. */
class DisposableRedis {
  private process: ChildProcess | undefined;
  constructor(readonly port: number) {}

  get url() {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.process = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    const probe = new Redis(this.url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    try {
      await waitFor(
        () =>
          probe.connect().then(
            () => true,
            () => false,
          ),
        `redis-server on ${this.port}`,
      );
    } finally {
      probe.disconnect();
    }
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    child.kill('SIGKILL');
    await once(child, 'exit');
  }
}

describe('outbox relay while Redis is down', () => {
  const h = useWorkerHarness({ start: false });
  let redis: DisposableRedis;

  afterAll(async () => {
    await h.worker?.stop();
    await redis?.stop();
  });

  async function outboxOf(orgId: string) {
    return h.db.select().from(outbox).where(eq(outbox.orgId, orgId));
  }

  async function inviteMany(orgId: string, n: number) {
    const contacts = await Promise.all(Array.from({ length: n }, () => makeContact(h.db, orgId)));
    for (const contact of contacts) await invite(h.db, orgId, contact.id);
    return contacts.map((c) => (c.email as string).toLowerCase());
  }

  /** Every row stays in the outbox, and the relay visibly tried (and failed) to move it. */
  async function expectHeldInOutbox(orgId: string, rows: number) {
    await waitFor(async () => {
      const held = await outboxOf(orgId);
      return held.length === rows && held.every((r) => r.relayedAt === null && r.relayAttempts >= 1);
    }, 'the relay to try and keep every row');
  }

  /** Waits for one email per address, for every send to be settled, then checks for duplicates. */
  async function expectDeliveredOnce(orgId: string, addresses: string[]) {
    await waitFor(() => addresses.every((a) => h.sink.to(a).length > 0), 'every email to arrive');
    await waitFor(async () => {
      const rows = await outboxOf(orgId);
      const pending = await h.db
        .select({ id: invitations.id })
        .from(invitations)
        .where(and(eq(invitations.orgId, orgId), inArray(invitations.deliveryState, ['queued', 'sending'])));
      const counts = await h.worker.queues.email.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      const queued = Object.values(counts).reduce((a, b) => a + b, 0);
      return rows.every((r) => r.relayedAt !== null) && pending.length === 0 && queued === 0;
    }, 'the outbox and the email queue to drain');
    for (const address of addresses) expect(h.sink.to(address)).toHaveLength(1);
  }

  it('keeps invites in the outbox while Redis is unreachable, and delivers each exactly once after', async () => {
    redis = new DisposableRedis(await freePort());
    // The worker starts with nothing listening on its Redis port.
    h.worker = await startWorker({ ...h.config, redisUrl: redis.url });
    const org = await makeOrganization(h.db);

    const early = await inviteMany(org.id, 10);
    await expectHeldInOutbox(org.id, 20);
    expect(h.sink.messages).toHaveLength(0);

    await redis.start();
    await expectDeliveredOnce(org.id, early);

    // Redis dies mid-run, taking its (unpersisted) data with it.
    await redis.stop();
    const org2 = await makeOrganization(h.db);
    const late = await inviteMany(org2.id, 10);
    await expectHeldInOutbox(org2.id, 20);
    expect(late.every((a) => h.sink.to(a).length === 0)).toBe(true);

    await redis.start();
    await expectDeliveredOnce(org2.id, late);
    for (const address of early) expect(h.sink.to(address)).toHaveLength(1);
    // The restarted Redis forgot the sweep schedulers; the worker registered them again.
    await waitFor(
      async () => (await h.worker.queues.lifecycle.getJobSchedulers()).length === 6,
      'the sweep schedulers to be back',
    );
  });
});
