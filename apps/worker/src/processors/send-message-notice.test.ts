import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  type OfficeContext,
  replyToOfficeThread,
  startPortalThread,
  toPortalContact,
  updateNotificationPreferences,
} from '@portico/core';
import { type Db, permissions, schema } from '@portico/db';
import {
  makeAccount,
  makeBuilding,
  makeEnrolledContact,
  makeOfficeUser,
  makeOrganization,
} from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import { waitFor } from '../../test/wait-for';
import { emailTo, PORTAL_URL, runSweepNow, useWorkerHarness } from '../../test/worker-harness';

const { contacts, messageNotices, organizations } = schema;

async function noticesOf(db: Db, contactId: string) {
  return db.select().from(messageNotices).where(eq(messageNotices.contactId, contactId));
}

describe('"the office replied" emails', () => {
  const h = useWorkerHarness();

  async function conversation(firstName = 'Ana') {
    const org = await makeOrganization(h.db, { name: `Acme ${randomBytes(3).toString('hex')}` });
    const account = await makeAccount(h.db, org.id);
    const site = await makeBuilding(h.db, org.id, account.id, { name: 'North Tower' });
    const contact = await makeEnrolledContact(h.db, org.id, { accountId: account.id, firstName });
    const user = await makeOfficeUser(h.db, org.id);
    const ctx: OfficeContext = { orgId: org.id, actor: { type: 'office_user', id: user.id }, permissions };
    const [c] = await h.db.select().from(contacts).where(eq(contacts.id, contact.id));
    const [o] = await h.db.select().from(organizations).where(eq(organizations.id, org.id));
    if (!c || !o) throw new Error('setup rows missing');
    const scope = { contact: toPortalContact(c, o), view: { kind: 'all' as const } };
    const thread = await startPortalThread(h.db, scope, {
      subject: 'Boiler <leak>',
      body: 'Water under the boiler.',
      about: { buildingId: site.id },
    });
    return { org, contact, ctx, scope, thread, user };
  }

  it('emails the contact who asked, once, with a deep link to the thread and one-click unsubscribe', async () => {
    const { org, contact, ctx, thread, user } = await conversation();
    await replyToOfficeThread(h.db, ctx, thread.id, {
      body: 'A technician comes <b>tomorrow</b>.\nBring the key.',
    });

    const [email] = await emailTo(h.sink, contact.email as string);
    if (!email) throw new Error('no email');
    const link = `${PORTAL_URL}/messages/${thread.id}`;
    expect(email.subject).toBe(`New reply from ${org.name}: Boiler <leak>`);
    expect(email.text).toContain('Hello Ana,');
    expect(email.text).toContain(`${user.name} replied to "Boiler <leak>"`);
    expect(email.text).toContain('A technician comes <b>tomorrow</b>.');
    expect(email.text).toContain(`Read and reply: ${link}`);
    expect(email.html).toContain(`href="${link}"`);
    // People's text is escaped in the HTML part.
    expect(email.html).toContain('&lt;b&gt;tomorrow&lt;/b&gt;');
    expect(email.html).not.toContain('<b>tomorrow</b>');
    expect(email.headers.get('list-unsubscribe')).toContain('/portal/v1/unsubscribe?token=');
    expect(email.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

    const sent = await waitFor(async () => {
      const rows = await noticesOf(h.db, contact.id);
      return rows.length === 1 && rows[0]?.state === 'sent' && rows;
    }, 'the notice to be sent');
    expect(sent[0]).toMatchObject({ attempts: 1, lastError: null });
    expect(h.sink.to(contact.email as string)).toHaveLength(1);
  });

  it('sends nothing when the contact turned message emails off (before the reply, or after it was queued)', async () => {
    const off = await conversation();
    await updateNotificationPreferences(
      h.db,
      { id: off.contact.id, orgId: off.org.id },
      { messages: 'off' },
      'contact',
    );
    await replyToOfficeThread(h.db, off.ctx, off.thread.id, { body: 'Hello' });
    expect(await noticesOf(h.db, off.contact.id)).toHaveLength(0);

    // Turned off between the reply and the send: the claim checks again and skips it.
    const late = await conversation();
    await h.db.transaction(async (tx) => {
      await replyToOfficeThread(tx, late.ctx, late.thread.id, { body: 'Hello' });
      await updateNotificationPreferences(
        tx,
        { id: late.contact.id, orgId: late.org.id },
        { messages: 'off' },
        'contact',
      );
    });
    const skipped = await waitFor(async () => {
      const rows = await noticesOf(h.db, late.contact.id);
      return rows[0]?.state === 'sent' && rows;
    }, 'the notice to be closed');
    expect(skipped[0]?.lastError).toBe('Skipped: the contact turned message emails off.');
    expect(skipped[0]?.sentAt).toBeNull();

    // A contact who still wants them gets its email meanwhile: the worker was running all along.
    const on = await conversation('Bo');
    await replyToOfficeThread(h.db, on.ctx, on.thread.id, { body: 'Hello' });
    await emailTo(h.sink, on.contact.email as string);
    expect(h.sink.to(off.contact.email as string)).toHaveLength(0);
    expect(h.sink.to(late.contact.email as string)).toHaveLength(0);
  });

  it('sends a notice left in `sending` by a crashed worker once the sweep reconciles it', async () => {
    const { contact, ctx, thread } = await conversation('Cy');
    // Sent once; then put back as a worker that claimed it and died would leave it: `sending`, long ago.
    await replyToOfficeThread(h.db, ctx, thread.id, { body: 'First answer' });
    await emailTo(h.sink, contact.email as string);
    // The mark lands just after the SMTP accept: wait for it, or it could overwrite the rewind below.
    const [notice] = await waitFor(async () => {
      const rows = await noticesOf(h.db, contact.id);
      return rows[0]?.state === 'sent' && rows;
    }, 'the first send to be marked');
    if (!notice) throw new Error('no notice');
    await h.db
      .update(messageNotices)
      .set({ state: 'sending', updatedAt: new Date(Date.now() - 24 * 3_600_000) })
      .where(eq(messageNotices.id, notice.id));
    expect(await runSweepNow(h.worker, 'sweep.reconcile-sends')).toMatchObject({ messageNoticesResumed: 1 });
    await emailTo(h.sink, contact.email as string, 2);
    const [after] = await waitFor(async () => {
      const rows = await noticesOf(h.db, contact.id);
      return rows[0]?.state === 'sent' && rows;
    }, 'the resumed send to be marked');
    expect(after?.attempts).toBe(2);
    expect(h.sink.to(contact.email as string)).toHaveLength(2);
  });
});
