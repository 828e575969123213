import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type Db, type DbHandle, schema } from '@portico/db';
import { createTestDatabase, makeContact, makeOrganization, type TestDatabase } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import { claimInvitationSend } from './delivery';
import { systemActor } from './events';
import { inviteContact } from './invitations';
import { reconcileStuckSends } from './reconcile-sends';

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

async function invited(overrides: Parameters<typeof makeOrganization>[1] = {}) {
  const org = await makeOrganization(db, overrides);
  const contact = await makeContact(db, org.id, { firstName: 'Dana', lastName: 'Whitfield' });
  const invitation = await db.transaction((tx) => inviteContact(tx, org.id, contact.id, systemActor));
  return { org, contact, invitation };
}

async function rowOf(id: string) {
  const [row] = await db.select().from(invitations).where(eq(invitations.id, id));
  if (!row) throw new Error('invitation not found');
  return row;
}

async function sendJobsFor(invitationId: string) {
  const rows = await db.select().from(outbox).where(eq(outbox.job, 'invitation.send'));
  return rows.filter((r) => r.payload.invitationId === invitationId);
}

describe('reconcileStuckSends', () => {
  it('queues again a send stuck in sending, and re-kicks a queued one whose job vanished', async () => {
    const stuck = await invited();
    await claimInvitationSend(db, stuck.invitation.id, { portalUrl });
    const stranded = await invited();
    const fresh = await invited();
    await claimInvitationSend(db, fresh.invitation.id, { portalUrl });
    // Both of stranded's outbox rows were relayed; its job then vanished with Redis.
    await db.update(outbox).set({ relayedAt: new Date() });
    const anHourAgo = new Date(Date.now() - HOUR_MS);
    for (const id of [stuck.invitation.id, stranded.invitation.id]) {
      await db.update(invitations).set({ updatedAt: anHourAgo }).where(eq(invitations.id, id));
    }

    const olderThan = new Date(Date.now() - 15 * 60_000);
    const first = await reconcileStuckSends(db, olderThan);
    // Other tests in this file leave old rows too; count only ours.
    expect(first.resumed).toBeGreaterThanOrEqual(1);
    expect(await rowOf(stuck.invitation.id)).toMatchObject({ deliveryState: 'queued', tokenHash: null });
    expect(await sendJobsFor(stuck.invitation.id)).toHaveLength(2);
    expect(await sendJobsFor(stranded.invitation.id)).toHaveLength(2);
    expect((await rowOf(fresh.invitation.id)).deliveryState).toBe('sending');
    expect(await sendJobsFor(fresh.invitation.id)).toHaveLength(1);

    // The new jobs wait in the outbox and the clock restarted: nothing more to do.
    await reconcileStuckSends(db, olderThan);
    expect(await sendJobsFor(stuck.invitation.id)).toHaveLength(2);
    expect(await sendJobsFor(stranded.invitation.id)).toHaveLength(2);
  });
});
