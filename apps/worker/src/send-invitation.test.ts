import { describe, expect, it } from '@jest/globals';
import { jobIdOf, openInvitationLink, retryFailedSend } from '@portico/core';
import { hashToken, schema } from '@portico/db';
import { makeContact, makeOrganization } from '@portico/db/testing';
import { and, eq } from 'drizzle-orm';
import { waitFor } from '../test/wait-for';
import { emailTo, invite, jobResult, PORTAL_URL, tokenIn, useWorkerHarness } from '../test/worker-harness';

const { invitationEvents, invitations, outbox } = schema;

describe('sending invitations', () => {
  const h = useWorkerHarness();

  async function invitationRow(id: string) {
    const [row] = await h.db.select().from(invitations).where(eq(invitations.id, id));
    if (!row) throw new Error('invitation not found');
    return row;
  }

  async function eventsOf(invitationId: string, type: 'email_sent' | 'email_failed') {
    return h.db
      .select()
      .from(invitationEvents)
      .where(and(eq(invitationEvents.invitationId, invitationId), eq(invitationEvents.type, type)));
  }

  it('relays the outbox and delivers one email whose link token matches the stored hash', async () => {
    const org = await makeOrganization(h.db, {
      name: 'Acme Fire & Safety',
      defaultEmailFrom: 'office@acme.test',
    });
    const contact = await makeContact(h.db, org.id, { firstName: 'Dana' });
    const invitation = await invite(h.db, org.id, contact.id);

    const [email] = await emailTo(h.sink, contact.email as string);
    const sent = await waitFor(async () => {
      const row = await invitationRow(invitation.id);
      return row.deliveryState === 'sent' && row;
    }, 'the invitation to be marked sent');

    expect(email?.subject).toBe('Acme Fire & Safety invites you to the customer portal');
    expect(email?.headers.get('from')).toContain('office@acme.test');
    // Both parts, the HTML one escaped, each with the same link on the configured portal URL.
    const token = tokenIn(email as NonNullable<typeof email>);
    expect(email?.text).toContain(`Hello Dana,`);
    expect(email?.text).toContain(`${PORTAL_URL}/accept?token=${token}`);
    expect(email?.html).toContain(`href="${PORTAL_URL}/accept?token=${token}"`);
    expect(email?.html).toContain('Acme Fire &amp; Safety');

    expect(hashToken(token)).toBe(sent.tokenHash);
    expect(sent.deliveryAttempts).toBe(1);
    expect(sent.messageId).toBe(email?.messageId);
    const [event] = await eventsOf(invitation.id, 'email_sent');
    expect(event?.detail).toEqual({ messageId: email?.messageId });
    await expect(openInvitationLink(h.db, token)).resolves.toMatchObject({ state: 'valid' });

    // Job ids are outbox ids, and every outbox row of this invite was relayed.
    const rows = await h.db.select().from(outbox).where(eq(outbox.orgId, org.id));
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.relayedAt !== null)).toBe(true);
    const send = rows.find((r) => r.job === 'invitation.send');
    expect(await jobResult(h.worker.queues.email, jobIdOf(send?.id ?? 0))).toEqual({
      sent: true,
      messageId: email?.messageId,
    });
    expect(h.sink.to(contact.email as string)).toHaveLength(1);
  });

  it('leaves outbox jobs this worker does not know in the outbox, never dropping them', async () => {
    const org = await makeOrganization(h.db);
    const contact = await makeContact(h.db, org.id);
    // As a newer build, mid rolling deploy, would write a job this one has never heard of.
    const [unrouted] = await h.db
      .insert(outbox)
      .values({ orgId: org.id, job: 'report.export', payload: { exportId: crypto.randomUUID() } })
      .returning({ id: outbox.id });
    await invite(h.db, org.id, contact.id);
    await emailTo(h.sink, contact.email as string);
    const rows = await h.db.select().from(outbox).where(eq(outbox.orgId, org.id));
    const held = rows.find((r) => r.id === unrouted?.id);
    expect(held).toMatchObject({ relayedAt: null, relayAttempts: 0 });
    expect(rows.filter((r) => r.job.startsWith('invitation.')).every((r) => r.relayedAt !== null)).toBe(true);
  });

  it('resending revokes the old link and mails a new one', async () => {
    const org = await makeOrganization(h.db);
    const contact = await makeContact(h.db, org.id);
    const first = await invite(h.db, org.id, contact.id);
    const [firstEmail] = await emailTo(h.sink, contact.email as string);
    const oldToken = tokenIn(firstEmail as NonNullable<typeof firstEmail>);

    const second = await invite(h.db, org.id, contact.id);
    const emails = await emailTo(h.sink, contact.email as string, 2);
    const newToken = tokenIn(emails[1] as NonNullable<(typeof emails)[1]>);
    await waitFor(
      async () => (await invitationRow(second.id)).deliveryState === 'sent',
      'the resend to be sent',
    );

    expect(newToken).not.toBe(oldToken);
    expect((await invitationRow(second.id)).tokenHash).toBe(hashToken(newToken));
    expect((await invitationRow(first.id)).status).toBe('revoked');
    const livingWithOldHash = await h.db
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(eq(invitations.tokenHash, hashToken(oldToken)), eq(invitations.status, 'pending')));
    expect(livingWithOldHash).toHaveLength(0);
    await expect(openInvitationLink(h.db, oldToken)).resolves.toMatchObject({ state: 'revoked' });
    await expect(openInvitationLink(h.db, newToken)).resolves.toMatchObject({ state: 'valid' });
  });

  it('retries a refusing server with backoff, fails after the last attempt, and sends on retry', async () => {
    const org = await makeOrganization(h.db);
    const contact = await makeContact(h.db, org.id);
    const address = (contact.email as string).toLowerCase();
    h.sink.rejections.set(address, { code: 451, message: 'Mailbox temporarily unavailable' });

    const invitation = await invite(h.db, org.id, contact.id);
    const failed = await waitFor(async () => {
      const row = await invitationRow(invitation.id);
      return row.deliveryState === 'failed' && row;
    }, 'the send to fail for good');

    expect(failed.deliveryAttempts).toBe(h.config.emailAttempts);
    expect(h.sink.attempts.filter((a) => a === address)).toHaveLength(h.config.emailAttempts);
    expect(failed.lastError).toContain('Mailbox temporarily unavailable');
    expect(failed.tokenHash).toBeNull();
    const [event] = await eventsOf(invitation.id, 'email_failed');
    expect(String(event?.detail.reason)).toContain('Mailbox temporarily unavailable');
    expect(h.sink.to(address)).toHaveLength(0);

    h.sink.rejections.delete(address);
    await retryFailedSend(h.db, org.id, invitation.id);
    const [email] = await emailTo(h.sink, address);
    const sent = await waitFor(async () => {
      const row = await invitationRow(invitation.id);
      return row.deliveryState === 'sent' && row;
    }, 'the retried send');
    expect(sent.tokenHash).toBe(hashToken(tokenIn(email as NonNullable<typeof email>)));
    expect(sent.lastError).toBeNull();
  });

  it('gives up at once on a permanent (5xx) refusal', async () => {
    const org = await makeOrganization(h.db);
    const contact = await makeContact(h.db, org.id);
    const address = (contact.email as string).toLowerCase();
    h.sink.rejections.set(address, { code: 550, message: 'No such mailbox' });

    const invitation = await invite(h.db, org.id, contact.id);
    const failed = await waitFor(async () => {
      const row = await invitationRow(invitation.id);
      return row.deliveryState === 'failed' && row;
    }, 'the send to fail');
    expect(failed.deliveryAttempts).toBe(1);
    expect(failed.lastError).toContain('No such mailbox');
    expect(await eventsOf(invitation.id, 'email_failed')).toHaveLength(1);
  });
});
