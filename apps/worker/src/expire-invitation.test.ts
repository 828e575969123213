import { describe, expect, it } from '@jest/globals';
import { inviteContact, jobIdOf, systemActor } from '@portico/core';
import { schema } from '@portico/db';
import { makeContact, makeOrganization } from '@portico/db/testing';
import { and, eq } from 'drizzle-orm';
import { waitFor } from '../test/wait-for';
import { invite, jobResult, runSweepNow, useWorkerHarness } from '../test/worker-harness';

const { contacts, invitationEvents, invitations, outbox } = schema;

describe('invitation expiry', () => {
  const h = useWorkerHarness();

  async function expectExpired(invitationId: string, contactId: string) {
    const [invitation] = await h.db.select().from(invitations).where(eq(invitations.id, invitationId));
    expect(invitation?.status).toBe('expired');
    expect(invitation?.expiredAt).not.toBeNull();
    const [contact] = await h.db.select().from(contacts).where(eq(contacts.id, contactId));
    expect(contact?.inviteStatus).toBe('expired');
    const events = await h.db
      .select()
      .from(invitationEvents)
      .where(and(eq(invitationEvents.invitationId, invitationId), eq(invitationEvents.type, 'expired')));
    expect(events).toHaveLength(1);
  }

  it('expires an invitation at its time through the delayed job', async () => {
    const org = await makeOrganization(h.db);
    const contact = await makeContact(h.db, org.id);
    // Organizations cannot set less than a day, so the test shortens this one invitation (and its
    // queued expiry job) to a moment from now, in the invite's own transaction.
    const { invitation, expireRowId } = await h.db.transaction(async (tx) => {
      const created = await inviteContact(tx, org.id, contact.id, systemActor);
      const soon = new Date(Date.now() + 400);
      await tx.update(invitations).set({ expiresAt: soon }).where(eq(invitations.id, created.id));
      const [row] = await tx
        .update(outbox)
        .set({ runAt: soon })
        .where(and(eq(outbox.orgId, org.id), eq(outbox.job, 'invitation.expire')))
        .returning({ id: outbox.id });
      return { invitation: created, expireRowId: row?.id ?? 0 };
    });

    // Relayed as a delayed job before its time...
    const job = await waitFor(() => h.worker.queues.lifecycle.getJob(jobIdOf(expireRowId)), 'the expiry job');
    expect(job.opts.delay).toBeGreaterThan(0);
    // ...and run at it.
    expect(await jobResult(h.worker.queues.lifecycle, jobIdOf(expireRowId))).toEqual({ expired: true });
    await expectExpired(invitation.id, contact.id);
  });

  it('the sweep expires what a delayed job missed, once', async () => {
    const org = await makeOrganization(h.db);
    const contact = await makeContact(h.db, org.id);
    const invitation = await invite(h.db, org.id, contact.id);
    // Its real expiry job is days away; pretend the time has passed anyway.
    await waitFor(async () => {
      const rows = await h.db.select().from(outbox).where(eq(outbox.orgId, org.id));
      return rows.length === 2 && rows.every((r) => r.relayedAt !== null);
    }, 'the invite to be relayed');
    await h.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, invitation.id));

    expect(await runSweepNow(h.worker, 'sweep.expiry')).toEqual({ expired: 1 });
    await expectExpired(invitation.id, contact.id);
    expect(await runSweepNow(h.worker, 'sweep.expiry')).toEqual({ expired: 0 });
  });

  it('registers every sweep as a job scheduler', async () => {
    const schedulers = await h.worker.queues.lifecycle.getJobSchedulers();
    expect(schedulers.map((s) => [s.key, s.every ?? s.pattern]).sort()).toEqual([
      ['sweep.digests', h.config.digestCron],
      ['sweep.expiry', h.config.expirySweepMs],
      ['sweep.invoice-reminders', h.config.invoiceReminderCron],
      ['sweep.prune-outbox', h.config.outboxPruneSweepMs],
      ['sweep.reconcile-sends', h.config.reconcileSweepMs],
      ['sweep.reminders', h.config.reminderSweepMs],
    ]);
  });
});
