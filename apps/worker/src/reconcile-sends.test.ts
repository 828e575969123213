import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { claimInvitationSend, jobIdOf } from '@portico/core';
import { schema } from '@portico/db';
import { makeContact, makeOrganization } from '@portico/db/testing';
import { eq, sql } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { invite, PORTAL_URL, useWorkerHarness } from '../test/worker-harness';
import { createEmailQueue, type EmailQueue } from './queues/email';
import { reconcileSends } from './reconcile-sends';
import { withSweepLock } from './sweep-lock';

const { invitations, outbox } = schema;
const HOUR_MS = 3_600_000;

/**
 * The send reconcile against the real PostgreSQL and Redis, with no worker consuming the queue:
 * each test puts the jobs where it wants them (waiting, delayed, gone) and runs sweeps itself.
 */
describe('reconcile of invitation sends', () => {
  const h = useWorkerHarness({ start: false });
  let connection: Redis;
  let email: EmailQueue;

  beforeAll(() => {
    connection = new Redis(h.config.redisUrl, { maxRetriesPerRequest: null });
    email = createEmailQueue(connection, h.config);
  });
  afterAll(async () => {
    await email?.close();
    connection?.disconnect();
  });

  const olderThan = () => new Date(Date.now() - h.config.stuckSendMs);
  const sweep = () =>
    withSweepLock(h.db, 'sweep.reconcile-sends', (tx) =>
      reconcileSends(tx, email, `${h.config.redisPrefix}:reconcile-sends:cursor`, olderThan()),
    );

  async function invited() {
    const org = await makeOrganization(h.db);
    const contact = await makeContact(h.db, org.id);
    return invite(h.db, org.id, contact.id);
  }

  async function sendRowsFor(invitationId: string) {
    return h.db
      .select()
      .from(outbox)
      .where(sql`${outbox.job} = 'invitation.send' and ${outbox.payload}->>'invitationId' = ${invitationId}`)
      .orderBy(outbox.id);
  }

  /**
   * What the relay does, by hand: marks the invitation's send rows relayed and, unless the job is
   * to be lost, adds it to the email queue under the relay's job id.
   */
  async function relay(invitationId: string, job: 'waiting' | 'delayed' | 'lost') {
    for (const row of await sendRowsFor(invitationId)) {
      await h.db.update(outbox).set({ relayedAt: new Date() }).where(eq(outbox.id, row.id));
      if (job === 'lost') continue;
      await email.add(
        'invitation.send',
        { invitationId },
        { jobId: jobIdOf(row.id), ...(job === 'delayed' ? { delay: HOUR_MS } : {}) },
      );
    }
  }

  async function untouchedForAnHour(...ids: string[]) {
    const anHourAgo = new Date(Date.now() - HOUR_MS);
    for (const id of ids)
      await h.db.update(invitations).set({ updatedAt: anHourAgo }).where(eq(invitations.id, id));
  }

  it('leaves alone a queued invitation whose job waits in BullMQ, and rekicks once one whose job is gone', async () => {
    const waiting = await invited();
    const retrying = await invited();
    const lost = await invited();
    await relay(waiting.id, 'waiting');
    // A send that failed and waits for its next attempt: a delayed job.
    await relay(retrying.id, 'delayed');
    await relay(lost.id, 'lost');
    await untouchedForAnHour(waiting.id, retrying.id, lost.id);

    const first = await sweep();
    expect(first).toMatchObject({ rekicked: 1 });
    expect(first?.checked).toBeGreaterThanOrEqual(3);
    expect(await sendRowsFor(waiting.id)).toHaveLength(1);
    expect(await sendRowsFor(retrying.id)).toHaveLength(1);
    expect(await sendRowsFor(lost.id)).toHaveLength(2);

    // The new job waits in the outbox and the clock restarted: the next sweeps add nothing.
    expect(await sweep()).toMatchObject({ rekicked: 0 });
    await relay(lost.id, 'lost');
    expect(await sweep()).toMatchObject({ rekicked: 0 });
    expect(await sendRowsFor(lost.id)).toHaveLength(2);
  });

  it('queues again, with a new job, a send left in `sending` by a worker that died', async () => {
    const stuck = await invited();
    await relay(stuck.id, 'lost');
    await claimInvitationSend(h.db, stuck.id, { portalUrl: PORTAL_URL });
    await untouchedForAnHour(stuck.id);

    expect(await sweep()).toMatchObject({ resumed: 1 });
    const [row] = await h.db.select().from(invitations).where(eq(invitations.id, stuck.id));
    expect(row).toMatchObject({ deliveryState: 'queued', tokenHash: null });
    expect(await sendRowsFor(stuck.id)).toHaveLength(2);
  });

  it('rekicks each lost send once when two sweeps run at the same time', async () => {
    const lost = await Promise.all([invited(), invited(), invited(), invited()]);
    for (const invitation of lost) await relay(invitation.id, 'lost');
    await untouchedForAnHour(...lost.map((i) => i.id));

    const runs = await Promise.all([sweep(), sweep(), sweep()]);
    const rekicked = runs.reduce((sum, run) => sum + (run?.rekicked ?? 0), 0);
    expect(rekicked).toBe(lost.length);
    for (const invitation of lost) expect(await sendRowsFor(invitation.id)).toHaveLength(2);
  });

  it('skips a sweep while another holds the lock, in this worker or another', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked = () => {};
    const taken = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const holder = withSweepLock(h.db, 'sweep.reconcile-sends', async () => {
      locked();
      await held;
      return 'done';
    });
    await taken;
    try {
      expect(await sweep()).toBeNull();
    } finally {
      release();
    }
    expect(await holder).toBe('done');
    expect(await sweep()).not.toBeNull();
  });
});
