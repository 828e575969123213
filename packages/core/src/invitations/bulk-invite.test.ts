import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type Db, type DbHandle, schema } from '@portico/db';
import {
  createTestDatabase,
  makeContact,
  makeOfficeUser,
  makeOrganization,
  type TestDatabase,
} from '@portico/db/testing';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { createInvitationBatch } from './bulk-invite';
import { systemActor } from './events';
import { inviteContact } from './invitations';

const { contacts, invitationEvents, invitations, outbox } = schema;

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

async function fixture() {
  const org = await makeOrganization(db);
  const user = await makeOfficeUser(db, org.id);
  const office: OfficeContext = {
    orgId: org.id,
    actor: { type: 'office_user', id: user.id },
    permissions: ['invitations.send'],
  };
  const c = {
    fresh: await makeContact(db, org.id),
    expired: await makeContact(db, org.id, { inviteStatus: 'expired' }),
    pending: await makeContact(db, org.id),
    enrolled: await makeContact(db, org.id, { inviteStatus: 'enrolled' }),
    suspended: await makeContact(db, org.id, { suspended: true }),
    noEmail: await makeContact(db, org.id, { email: null }),
  };
  const earlier = await db.transaction((tx) => inviteContact(tx, org.id, c.pending.id, systemActor));
  const send = (idempotencyKey?: string) =>
    db.transaction((tx) =>
      createInvitationBatch(
        tx,
        office,
        [
          inArray(
            contacts.id,
            Object.values(c).map((x) => x.id),
          ),
        ],
        {},
        {
          idempotencyKey,
        },
      ),
    );
  return { org, c, earlier, send };
}

const pendingOf = (contactIds: string[]) =>
  db
    .select()
    .from(invitations)
    .where(and(inArray(invitations.contactId, contactIds), eq(invitations.status, 'pending')));

describe('createInvitationBatch', () => {
  it('invites the invitable contacts with their events and outbox jobs, and counts the skipped', async () => {
    const { c, earlier, send } = await fixture();
    const result = await send();
    expect(result).toMatchObject({
      invited: 3,
      skipped: { enrolled: 1, noEmail: 1, suspended: 1 },
      replayed: false,
    });

    const invitable = [c.fresh.id, c.expired.id, c.pending.id];
    const pending = await pendingOf(invitable);
    expect(pending.map((i) => i.contactId).sort()).toEqual([...invitable].sort());
    for (const i of pending) expect(i.batchId).toBe(result.batchId);
    const [old] = await db.select().from(invitations).where(eq(invitations.id, earlier.id));
    expect(old?.status).toBe('revoked');
    expect(await pendingOf([c.enrolled.id, c.suspended.id, c.noEmail.id])).toHaveLength(0);

    const events = await db
      .select()
      .from(invitationEvents)
      .where(
        inArray(
          invitationEvents.invitationId,
          pending.map((i) => i.id),
        ),
      );
    const typeOf = (contactId: string) => events.find((e) => e.contactId === contactId)?.type;
    expect(events).toHaveLength(3);
    expect([typeOf(c.fresh.id), typeOf(c.expired.id), typeOf(c.pending.id)]).toEqual([
      'invited',
      'resent',
      'resent',
    ]);
    for (const e of events) expect(e.detail).toEqual({ batchId: result.batchId });

    // Per invitation its send, due now; one expiry job for the whole batch, at its expiry time.
    for (const i of pending) {
      const jobs = await db
        .select()
        .from(outbox)
        .where(sql`${outbox.payload}->>'invitationId' = ${i.id}`)
        .orderBy(asc(outbox.id));
      expect(jobs.map((j) => j.job)).toEqual(['invitation.send']);
      expect(jobs[0]?.runAt).toBeNull();
    }
    const expiries = await db
      .select()
      .from(outbox)
      .where(sql`${outbox.payload}->>'batchId' = ${result.batchId}`);
    expect(expiries.map((j) => j.job)).toEqual(['invitationBatch.expire']);
    expect(expiries[0]?.runAt?.getTime()).toBe(pending[0]?.expiresAt.getTime());
    const rows = await db.select().from(contacts).where(inArray(contacts.id, invitable));
    for (const row of rows) expect(row.inviteStatus).toBe('invited');
  });

  it('sent again, revokes its own invitations: one pending per contact, the history says resent', async () => {
    const { c, send } = await fixture();
    const first = await send();
    const second = await send();
    expect(second.invited).toBe(3);
    const invitable = [c.fresh.id, c.expired.id, c.pending.id];
    const pending = await pendingOf(invitable);
    expect(pending).toHaveLength(3);
    for (const i of pending) expect(i.batchId).toBe(second.batchId);
    const firstRows = await db.select().from(invitations).where(eq(invitations.batchId, first.batchId));
    for (const i of firstRows) expect(i.status).toBe('revoked');
    const events = await db
      .select()
      .from(invitationEvents)
      .where(
        inArray(
          invitationEvents.invitationId,
          pending.map((i) => i.id),
        ),
      );
    expect(events.map((e) => e.type)).toEqual(['resent', 'resent', 'resent']);
  });

  it("mints time-ordered ids (UUIDv7 layout), and a contact's removal still takes its invitations and history", async () => {
    const { c, send } = await fixture();
    const first = await send();
    const second = await send();
    const ids = async (batchId: string) =>
      (await db.select().from(invitations).where(eq(invitations.batchId, batchId))).map((i) => i.id);
    const [a, b] = [await ids(first.batchId), await ids(second.batchId)];
    const v7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const id of [...a, ...b]) expect(id).toMatch(v7);
    // The 48-bit millisecond prefix: the later batch's ids sort after the earlier one's.
    const prefix = (id: string) => id.replaceAll('-', '').slice(0, 12);
    const [lastOfFirst, firstOfSecond] = [a.map(prefix).sort().at(-1), b.map(prefix).sort()[0]];
    expect(lastOfFirst?.localeCompare(firstOfSecond as string)).toBeLessThanOrEqual(0);

    // invitations and invitation_events keep the contact's foreign key only (decision 019): its cascade.
    await db.delete(contacts).where(eq(contacts.id, c.fresh.id));
    expect(await db.select().from(invitations).where(eq(invitations.contactId, c.fresh.id))).toHaveLength(0);
    expect(
      await db.select().from(invitationEvents).where(eq(invitationEvents.contactId, c.fresh.id)),
    ).toHaveLength(0);
  });

  it('answers the first batch again for the same Idempotency-Key', async () => {
    const { c, send } = await fixture();
    const first = await send('key-1');
    const again = await send('key-1');
    expect(again).toEqual({ ...first, replayed: true });
    const all = await db
      .select()
      .from(invitations)
      .where(inArray(invitations.contactId, [c.fresh.id, c.expired.id]));
    expect(all).toHaveLength(2);
  });
});
