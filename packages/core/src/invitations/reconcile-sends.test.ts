import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type Db, type DbHandle, schema } from '@portico/db';
import { createTestDatabase, makeContact, makeOrganization, type TestDatabase } from '@portico/db/testing';
import { eq, sql } from 'drizzle-orm';
import { jobIdOf } from '../jobs/job-map';
import { claimInvitationSend } from './delivery';
import { systemActor } from './events';
import { inviteContact } from './invitations';
import { queuedSendsPage, rekickQueuedSends, resumeStuckSends } from './reconcile-sends';

const { invitations, outbox } = schema;
const portalUrl = 'https://portal.example.test';
const HOUR_MS = 3_600_000;

let database: TestDatabase;
let handle: DbHandle;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { max: 4 });
  db = handle.db;
});

afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

const olderThan = () => new Date(Date.now() - 15 * 60_000);

async function invited() {
  const org = await makeOrganization(db);
  const contact = await makeContact(db, org.id, { firstName: 'Dana', lastName: 'Whitfield' });
  return db.transaction((tx) => inviteContact(tx, org.id, contact.id, systemActor));
}

/** As the relay leaves them: every send row of these invitations added to BullMQ. */
async function relayed(...ids: string[]) {
  for (const id of ids) {
    await db
      .update(outbox)
      .set({ relayedAt: new Date() })
      .where(sql`${outbox.job} = 'invitation.send' and ${outbox.payload}->>'invitationId' = ${id}`);
  }
}

async function untouchedSince(date: Date, ...ids: string[]) {
  for (const id of ids) await db.update(invitations).set({ updatedAt: date }).where(eq(invitations.id, id));
}

async function rowOf(id: string) {
  const [row] = await db.select().from(invitations).where(eq(invitations.id, id));
  if (!row) throw new Error('invitation not found');
  return row;
}

async function sendRowsFor(invitationId: string) {
  const rows = await db.select().from(outbox).where(eq(outbox.job, 'invitation.send'));
  return rows.filter((r) => r.payload.invitationId === invitationId);
}

/** Every page from the start: the sends found, by invitation id. */
async function allPages(limit: number) {
  const found = new Map<string, string[]>();
  let after: string | null = null;
  let pages = 0;
  do {
    const page = await queuedSendsPage(db, olderThan(), { after, limit });
    for (const send of page.sends) found.set(send.invitationId, send.jobIds);
    after = page.next;
    pages++;
  } while (after !== null && pages < 100);
  return { found, pages };
}

describe('resumeStuckSends', () => {
  it('queues again a send left in `sending` long ago, with a new job, and leaves a live one alone', async () => {
    const stuck = await invited();
    await claimInvitationSend(db, stuck.id, { portalUrl });
    const live = await invited();
    await claimInvitationSend(db, live.id, { portalUrl });
    await untouchedSince(new Date(Date.now() - HOUR_MS), stuck.id);

    expect(await resumeStuckSends(db, olderThan())).toBeGreaterThanOrEqual(1);
    expect(await rowOf(stuck.id)).toMatchObject({ deliveryState: 'queued', tokenHash: null });
    expect(await sendRowsFor(stuck.id)).toHaveLength(2);
    expect((await rowOf(live.id)).deliveryState).toBe('sending');
    expect(await sendRowsFor(live.id)).toHaveLength(1);
  });

  it('takes the age of a send from its claim, however long the claim statement has been prepared', async () => {
    const earlier = await invited();
    await claimInvitationSend(db, earlier.id, { portalUrl });
    await new Promise((resolve) => setTimeout(resolve, 400));
    const live = await invited();
    await claimInvitationSend(db, live.id, { portalUrl });

    await resumeStuckSends(db, new Date(Date.now() - 200));
    expect((await rowOf(live.id)).deliveryState).toBe('sending');
    expect(await sendRowsFor(live.id)).toHaveLength(1);
  });
});

describe('queuedSendsPage', () => {
  it('lists old queued invitations with their relayed jobs, page by page, and leaves out those still in the outbox', async () => {
    const old = new Date(Date.now() - HOUR_MS);
    const waitingInBullmq = await Promise.all([invited(), invited(), invited()]);
    const stillInOutbox = await invited();
    const recent = await invited();
    await relayed(...waitingInBullmq.map((i) => i.id), recent.id);
    await untouchedSince(old, ...waitingInBullmq.map((i) => i.id), stillInOutbox.id);

    const { found, pages } = await allPages(2);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (const invitation of waitingInBullmq) {
      const [row] = await sendRowsFor(invitation.id);
      expect(found.get(invitation.id)).toEqual([jobIdOf(row?.id as number)]);
    }
    // Its relay will add the job: nothing to ask BullMQ about.
    expect(found.has(stillInOutbox.id)).toBe(false);
    // Not old enough to be suspect.
    expect(found.has(recent.id)).toBe(false);
  });
});

describe('rekickQueuedSends', () => {
  it('gives an old queued invitation one new job and restarts its clock', async () => {
    const lost = await invited();
    await relayed(lost.id);
    await untouchedSince(new Date(Date.now() - HOUR_MS), lost.id);

    expect(await rekickQueuedSends(db, [lost.id], olderThan())).toBe(1);
    expect(await sendRowsFor(lost.id)).toHaveLength(2);
    expect((await allPages(1000)).found.has(lost.id)).toBe(false);
    // The same ids again (a sweep that looked before the first one rekicked): nothing more.
    expect(await rekickQueuedSends(db, [lost.id], olderThan())).toBe(0);
    expect(await sendRowsFor(lost.id)).toHaveLength(2);
  });

  it('rekicks once when two sweeps rekick the same invitations at the same time', async () => {
    const lost = await Promise.all([invited(), invited(), invited()]);
    const ids = lost.map((i) => i.id);
    await relayed(...ids);
    await untouchedSince(new Date(Date.now() - HOUR_MS), ...ids);

    const counts = await Promise.all([
      rekickQueuedSends(db, ids, olderThan()),
      rekickQueuedSends(db, [...ids].reverse(), olderThan()),
    ]);
    expect(counts[0] + counts[1]).toBe(3);
    for (const id of ids) expect(await sendRowsFor(id)).toHaveLength(2);
  });

  it('leaves alone an invitation claimed or touched since it was found', async () => {
    const claimed = await invited();
    const recent = await invited();
    await relayed(claimed.id, recent.id);
    await untouchedSince(new Date(Date.now() - HOUR_MS), claimed.id);
    await claimInvitationSend(db, claimed.id, { portalUrl });

    expect(await rekickQueuedSends(db, [claimed.id, recent.id], olderThan())).toBe(0);
    expect(await sendRowsFor(claimed.id)).toHaveLength(1);
    expect(await sendRowsFor(recent.id)).toHaveLength(1);
  });
});
