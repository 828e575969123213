import { describe, expect, it } from '@jest/globals';
import { createInvitationBatch, jobIdOf, type OfficeContext } from '@portico/core';
import { schema } from '@portico/db';
import { makeContact, makeOfficeUser, makeOrganization } from '@portico/db/testing';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { waitFor } from '../test/wait-for';
import { jobResult, useWorkerHarness } from '../test/worker-harness';

const { contacts, invitationEvents, invitations, outbox } = schema;

describe('batch expiry', () => {
  const h = useWorkerHarness();

  it("expires the batch's pending, past-due invitations and leaves the others alone", async () => {
    const org = await makeOrganization(h.db);
    const user = await makeOfficeUser(h.db, org.id);
    const office: OfficeContext = {
      orgId: org.id,
      actor: { type: 'office_user', id: user.id },
      permissions: ['invitations.send'],
    };
    const c = {
      due1: await makeContact(h.db, org.id),
      due2: await makeContact(h.db, org.id),
      accepted: await makeContact(h.db, org.id),
      revoked: await makeContact(h.db, org.id),
      notYetDue: await makeContact(h.db, org.id),
    };
    const ids = Object.values(c).map((x) => x.id);
    const invitationOf = async (contactId: string) => {
      const [row] = await h.db.select().from(invitations).where(eq(invitations.contactId, contactId));
      return row;
    };

    // Organizations cannot set less than a day: the test moves the batch's expiry (and its job) to
    // a moment from now, in the batch's own transaction, and gives each invitation its fate.
    const { batchId, expireRowId } = await h.db.transaction(async (tx) => {
      const batch = await createInvitationBatch(tx, office, [inArray(contacts.id, ids)], {}, {});
      const soon = new Date(Date.now() + 400);
      await tx.update(invitations).set({ expiresAt: soon }).where(eq(invitations.batchId, batch.batchId));
      await tx
        .update(invitations)
        .set({ expiresAt: new Date(Date.now() + 86_400_000) })
        .where(eq(invitations.contactId, c.notYetDue.id));
      await tx
        .update(invitations)
        .set({ status: 'accepted', acceptedAt: new Date() })
        .where(eq(invitations.contactId, c.accepted.id));
      await tx
        .update(invitations)
        .set({ status: 'revoked', revokedAt: new Date() })
        .where(eq(invitations.contactId, c.revoked.id));
      const [row] = await tx
        .update(outbox)
        .set({ runAt: soon })
        .where(
          and(
            eq(outbox.job, 'invitationBatch.expire'),
            sql`${outbox.payload}->>'batchId' = ${batch.batchId}`,
          ),
        )
        .returning({ id: outbox.id });
      return { batchId: batch.batchId, expireRowId: row?.id ?? 0 };
    });
    expect(batchId).toBeTruthy();

    const job = await waitFor(
      () => h.worker.queues.lifecycle.getJob(jobIdOf(expireRowId)),
      'the batch expiry job',
    );
    expect(job.opts.delay).toBeGreaterThan(0);
    expect(await jobResult(h.worker.queues.lifecycle, jobIdOf(expireRowId))).toEqual({
      expired: 2,
      continued: false,
    });

    for (const contact of [c.due1, c.due2]) {
      const invitation = await invitationOf(contact.id);
      expect(invitation?.status).toBe('expired');
      expect(invitation?.expiredAt).not.toBeNull();
      const [row] = await h.db.select().from(contacts).where(eq(contacts.id, contact.id));
      expect(row?.inviteStatus).toBe('expired');
    }
    expect((await invitationOf(c.accepted.id))?.status).toBe('accepted');
    expect((await invitationOf(c.revoked.id))?.status).toBe('revoked');
    expect((await invitationOf(c.notYetDue.id))?.status).toBe('pending');
    const [notYetDue] = await h.db.select().from(contacts).where(eq(contacts.id, c.notYetDue.id));
    expect(notYetDue?.inviteStatus).toBe('invited');

    const expiredEvents = await h.db
      .select({ contactId: invitationEvents.contactId })
      .from(invitationEvents)
      .where(and(eq(invitationEvents.orgId, org.id), eq(invitationEvents.type, 'expired')));
    expect(expiredEvents.map((e) => e.contactId).sort()).toEqual([c.due1.id, c.due2.id].sort());
  });
});
