import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type Db, type DbHandle, schema } from '@portico/db';
import { createTestDatabase, makeContact, makeOrganization, type TestDatabase } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import { ConflictError, RuleViolationError } from '../errors';
import { claimInvitationSend, failInvitationSend, markInvitationSent } from './delivery';
import { listEmailFailures, retryFailedSend } from './email-failures';
import { systemActor } from './events';
import { inviteContact } from './invitations';

const { invitations, outbox } = schema;
const portalUrl = 'https://portal.example.test';

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

async function invited() {
  const org = await makeOrganization(db);
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

describe('retryFailedSend', () => {
  it('queues a failed email again with a new job, lists it until then, and refuses what is not pending', async () => {
    const { org, contact, invitation } = await invited();
    await claimInvitationSend(db, invitation.id, { portalUrl });
    await failInvitationSend(db, invitation.id, '550 no such mailbox');

    const page = await listEmailFailures(db, org.id, { limit: 10 });
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      invitationId: invitation.id,
      contactId: contact.id,
      contactName: 'Dana Whitfield',
      reason: '550 no such mailbox',
      attempts: 1,
      retryable: true,
    });

    await retryFailedSend(db, org.id, invitation.id);
    expect((await rowOf(invitation.id)).deliveryState).toBe('queued');
    expect(await sendJobsFor(invitation.id)).toHaveLength(2);
    // A double click changes nothing.
    await retryFailedSend(db, org.id, invitation.id);
    expect(await sendJobsFor(invitation.id)).toHaveLength(2);
    expect((await listEmailFailures(db, org.id, { limit: 10 })).total).toBe(0);

    await claimInvitationSend(db, invitation.id, { portalUrl });
    await markInvitationSent(db, invitation.id, '<sent@test>');
    await expect(retryFailedSend(db, org.id, invitation.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it('refuses an invitation that is no longer pending, and one of another organization', async () => {
    const { org, invitation } = await invited();
    await claimInvitationSend(db, invitation.id, { portalUrl });
    await failInvitationSend(db, invitation.id, 'nope');
    await db.update(invitations).set({ status: 'revoked' }).where(eq(invitations.id, invitation.id));
    await expect(retryFailedSend(db, org.id, invitation.id)).rejects.toBeInstanceOf(RuleViolationError);

    const other = await makeOrganization(db);
    await expect(retryFailedSend(db, other.id, invitation.id)).rejects.toMatchObject({ code: 'not_found' });
  });
});
