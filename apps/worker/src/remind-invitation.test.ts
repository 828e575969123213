import { describe, expect, it } from '@jest/globals';
import { enqueueJobs, jobIdOf, openInvitationLink } from '@portico/core';
import { hashToken, schema } from '@portico/db';
import { makeContact, makeOrganization } from '@portico/db/testing';
import { and, desc, eq } from 'drizzle-orm';
import { waitFor } from '../test/wait-for';
import { emailTo, invite, jobResult, runSweepNow, tokenIn, useWorkerHarness } from '../test/worker-harness';

const { invitationEvents, invitations, outbox } = schema;
const DAY_MS = 86_400_000;

describe('invitation reminders', () => {
  const h = useWorkerHarness();

  async function row(id: string) {
    const [found] = await h.db.select().from(invitations).where(eq(invitations.id, id));
    if (!found) throw new Error('invitation not found');
    return found;
  }

  /** An invitation whose first email went out; returns it with the link that email carried. */
  async function sentInvitation(settings: {
    reminderAfterDays?: number;
    reminderMaxCount?: number;
    remindersEnabled?: boolean;
  }) {
    const org = await makeOrganization(h.db, { name: 'Harbour Lifts', ...settings });
    const contact = await makeContact(h.db, org.id, { firstName: 'Robin' });
    const invitation = await invite(h.db, org.id, contact.id);
    const [email] = await emailTo(h.sink, contact.email as string);
    await waitFor(async () => (await row(invitation.id)).deliveryState === 'sent', 'the invitation email');
    return { org, contact, invitation, token: tokenIn(email as NonNullable<typeof email>) };
  }

  /** Moves the invitation's clock back: as if its email (and last reminder) went out days ago. */
  async function age(invitationId: string, days: number) {
    const current = await row(invitationId);
    const back = (d: Date | null) => (d ? new Date(d.getTime() - days * DAY_MS) : null);
    await h.db
      .update(invitations)
      .set({ sentAt: back(current.sentAt), lastReminderAt: back(current.lastReminderAt) })
      .where(eq(invitations.id, invitationId));
  }

  it('reminds once the delay has passed, with a new link that replaces the old one, at most M times', async () => {
    const { contact, invitation, token } = await sentInvitation({
      reminderAfterDays: 2,
      reminderMaxCount: 2,
    });
    const address = contact.email as string;

    await age(invitation.id, 1);
    expect(await runSweepNow(h.worker, 'sweep.reminders')).toEqual({ queued: 0 });

    await age(invitation.id, 1.5);
    expect(await runSweepNow(h.worker, 'sweep.reminders')).toEqual({ queued: 1 });
    const [, reminder] = await emailTo(h.sink, address, 2);
    expect(reminder?.subject).toBe('Reminder: your Harbour Lifts portal invitation');
    const reminderToken = tokenIn(reminder as NonNullable<typeof reminder>);
    expect(reminderToken).not.toBe(token);
    await waitFor(
      async () => (await row(invitation.id)).tokenHash === hashToken(reminderToken),
      'the new link',
    );
    const afterFirst = await row(invitation.id);
    expect(afterFirst.reminderCount).toBe(1);
    expect(afterFirst.lastReminderAt).not.toBeNull();
    await expect(openInvitationLink(h.db, reminderToken)).resolves.toMatchObject({ state: 'valid' });
    const [event] = await h.db
      .select()
      .from(invitationEvents)
      .where(and(eq(invitationEvents.invitationId, invitation.id), eq(invitationEvents.type, 'reminded')));
    expect(event?.detail).toEqual({ messageId: reminder?.messageId, reminder: 1 });

    // The delay counts from the last reminder, not from the first email.
    expect(await runSweepNow(h.worker, 'sweep.reminders')).toEqual({ queued: 0 });
    await age(invitation.id, 2);
    expect(await runSweepNow(h.worker, 'sweep.reminders')).toEqual({ queued: 1 });
    await emailTo(h.sink, address, 3);
    await waitFor(async () => (await row(invitation.id)).reminderCount === 2, 'the second reminder');

    await age(invitation.id, 5);
    expect(await runSweepNow(h.worker, 'sweep.reminders')).toEqual({ queued: 0 });
    expect(h.sink.to(address)).toHaveLength(3);
  });

  it('retries a refused reminder, then records it as failed; the original link keeps working', async () => {
    const { contact, invitation, token } = await sentInvitation({
      reminderAfterDays: 2,
      reminderMaxCount: 1,
    });
    const address = (contact.email as string).toLowerCase();
    h.sink.rejections.set(address, { code: 451, message: 'Greylisted, try again later' });
    await age(invitation.id, 3);
    expect(await runSweepNow(h.worker, 'sweep.reminders')).toEqual({ queued: 1 });

    const [failure] = await waitFor(async () => {
      const events = await h.db
        .select()
        .from(invitationEvents)
        .where(
          and(eq(invitationEvents.invitationId, invitation.id), eq(invitationEvents.type, 'email_failed')),
        );
      return events.length > 0 && events;
    }, 'the reminder to fail for good');
    expect(failure?.detail).toMatchObject({ email: 'reminder' });
    expect(String(failure?.detail.reason)).toContain('Greylisted');
    // The first email, then every reminder attempt.
    expect(h.sink.attempts.filter((a) => a === address)).toHaveLength(1 + h.config.emailAttempts);
    const after = await row(invitation.id);
    expect(after.reminderCount).toBe(1);
    expect(after.tokenHash).toBe(hashToken(token));
    await expect(openInvitationLink(h.db, token)).resolves.toMatchObject({ state: 'valid' });
    expect(await runSweepNow(h.worker, 'sweep.reminders')).toEqual({ queued: 0 });
    h.sink.rejections.delete(address);
  });

  it('sends none after acceptance, even for a reminder job already queued', async () => {
    const { org, contact, invitation } = await sentInvitation({ reminderAfterDays: 2, reminderMaxCount: 1 });
    await age(invitation.id, 3);
    await h.db
      .update(invitations)
      .set({ status: 'accepted', acceptedAt: new Date() })
      .where(eq(invitations.id, invitation.id));
    expect(await runSweepNow(h.worker, 'sweep.reminders')).toEqual({ queued: 0 });

    // A reminder job queued before the acceptance finds nothing to do.
    await enqueueJobs(h.db, [
      { orgId: org.id, job: 'invitation.remind', payload: { invitationId: invitation.id } },
    ]);
    const [remindRow] = await h.db
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.orgId, org.id), eq(outbox.job, 'invitation.remind')))
      .orderBy(desc(outbox.id))
      .limit(1);
    expect(await jobResult(h.worker.queues.email, jobIdOf(remindRow?.id ?? 0))).toEqual({ reminded: false });
    expect(h.sink.to(contact.email as string)).toHaveLength(1);
    expect((await row(invitation.id)).reminderCount).toBe(0);
  });

  it('sends none when the organization turned reminders off, or once the invitation expired', async () => {
    const off = await sentInvitation({ remindersEnabled: false });
    await age(off.invitation.id, 10);
    const expiring = await sentInvitation({ reminderAfterDays: 1 });
    await age(expiring.invitation.id, 2);
    await h.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, expiring.invitation.id));
    expect(await runSweepNow(h.worker, 'sweep.reminders')).toEqual({ queued: 0 });
  });
});
