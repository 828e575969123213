import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { updateNotificationPreferences } from '@portico/core';
import { type Db, schema } from '@portico/db';
import {
  makeAccount,
  makeBuilding,
  makeDocument,
  makeEnrolledContact,
  makeOrganization,
} from '@portico/db/testing';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { waitFor } from '../test/wait-for';
import { emailTo, runSweepNow, useWorkerHarness } from '../test/worker-harness';

const { documentNotices, documents, invoiceReminders, notificationDigestItems } = schema;

/** The database's date `days` from today (YYYY-MM-DD): the sweep compares with its current_date. */
async function dbDate(db: Db, days: number): Promise<string> {
  const result = await db.execute<{ d: string }>(sql`select (current_date + ${days}::int)::text as d`);
  return result.rows[0]?.d as string;
}

const longDate = (isoDate: string) =>
  new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** Every notice of the contacts sent (or closed): nothing of theirs is still on its way. */
async function settled(db: Db, contactIds: string[]) {
  await waitFor(async () => {
    const rows = await db
      .select({ state: documentNotices.state })
      .from(documentNotices)
      .where(inArray(documentNotices.contactId, contactIds));
    return rows.every((n) => n.state === 'sent');
  }, 'the notices to be sent');
}

async function noticesOf(db: Db, contactId: string) {
  return db.select().from(documentNotices).where(eq(documentNotices.contactId, contactId));
}

describe('invoice due reminders', () => {
  const h = useWorkerHarness();

  async function setup() {
    const org = await makeOrganization(h.db, { name: `Acme ${randomBytes(3).toString('hex')}` });
    const account = await makeAccount(h.db, org.id);
    const site = await makeBuilding(h.db, org.id, account.id, { name: 'North Tower' });
    const place = { accountId: account.id, buildingId: site.id };
    const payer = await makeEnrolledContact(h.db, org.id, { accountId: account.id, accessInvoices: true });
    /** An invoice already published and announced as new (the reminder comes after that notice). */
    const invoice = (title: string, dueOn: string, paid = '0') =>
      makeDocument(h.db, org.id, place, {
        kind: 'invoice',
        title,
        dueOn,
        amount: '100.00',
        amountPaid: paid,
        notifiedAt: new Date(),
      });
    return { org, account, place, payer, invoice };
  }

  it('reminds contacts who see the invoice once per stage: due soon, then overdue; never a paid one', async () => {
    const { org, account, payer, invoice } = await setup();
    const noInvoices = await makeEnrolledContact(h.db, org.id, { accountId: account.id });
    const quiet = await makeEnrolledContact(h.db, org.id, { accountId: account.id, accessInvoices: true });
    await updateNotificationPreferences(h.db, quiet, { invoices_due: 'off' }, 'contact');
    const dueOn = await dbDate(h.db, 2);
    const due = await invoice('Invoice 42', dueOn);
    const paid = await invoice('Invoice 43', dueOn, '100.00');

    const run = (await runSweepNow(h.worker, 'sweep.invoice-reminders')) as { reminders: number };
    expect(run.reminders).toBeGreaterThanOrEqual(1);
    const [email] = await emailTo(h.sink, payer.email as string);
    if (!email) throw new Error('no reminder');
    expect(email.subject).toBe(`Reminder from ${org.name}: Invoice 42 is due on ${longDate(dueOn)}`);
    expect(email.text).toContain(`Due on ${longDate(dueOn)}`);
    expect(email.text).toContain('A reminder from');
    expect(email.text).not.toContain('new invoice');
    expect(email.text).not.toContain('Invoice 43');
    expect(email.html).toContain(`Due on ${longDate(dueOn)}`);
    expect(email.headers.get('list-unsubscribe')).toMatch(/\/portal\/v1\/unsubscribe\?token=/);
    expect(email.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    // No invoice area, or invoices turned off: no notice at all.
    expect(await noticesOf(h.db, noInvoices.id)).toHaveLength(0);
    expect(await noticesOf(h.db, quiet.id)).toHaveLength(0);
    const stages = await h.db
      .select({ documentId: invoiceReminders.documentId, stage: invoiceReminders.stage })
      .from(invoiceReminders)
      .where(inArray(invoiceReminders.documentId, [due.id, paid.id]));
    expect(stages).toEqual([{ documentId: due.id, stage: 'due_soon' }]);

    // The next day's sweep: the stage was reminded of, nothing more.
    await runSweepNow(h.worker, 'sweep.invoice-reminders');
    expect(await noticesOf(h.db, payer.id)).toHaveLength(1);

    // The due date passes unpaid: the overdue reminder, once.
    const yesterday = await dbDate(h.db, -1);
    await h.db.update(documents).set({ dueOn: yesterday }).where(eq(documents.id, due.id));
    await runSweepNow(h.worker, 'sweep.invoice-reminders');
    await runSweepNow(h.worker, 'sweep.invoice-reminders');
    const [, overdue] = await emailTo(h.sink, payer.email as string, 2);
    expect(overdue?.subject).toBe(
      `Reminder from ${org.name}: Invoice 42 is overdue since ${longDate(yesterday)}`,
    );
    expect(overdue?.text).toContain(`Overdue since ${longDate(yesterday)}`);
    await settled(h.db, [payer.id, noInvoices.id, quiet.id]);
    expect(await noticesOf(h.db, payer.id)).toHaveLength(2);
    expect(h.sink.to(payer.email as string)).toHaveLength(2);
    expect(h.sink.to(noInvoices.email as string)).toHaveLength(0);
    expect(h.sink.to(quiet.email as string)).toHaveLength(0);
  });

  it('lists every due invoice of a contact in ONE email', async () => {
    const { org, payer, invoice } = await setup();
    const soon = await dbDate(h.db, 1);
    const late = await dbDate(h.db, -3);
    await invoice('Invoice A', soon);
    await invoice('Invoice B', late);
    await runSweepNow(h.worker, 'sweep.invoice-reminders');
    const [email] = await emailTo(h.sink, payer.email as string);
    expect(email?.subject).toBe(`Reminder from ${org.name}: 2 invoices due`);
    expect(email?.text).toContain(`Due on ${longDate(soon)}`);
    expect(email?.text).toContain(`Overdue since ${longDate(late)}`);
    await settled(h.db, [payer.id]);
    expect(h.sink.to(payer.email as string)).toHaveLength(1);
  });

  it('holds reminders of a daily contact for the digest, which says they are due; drops one paid since', async () => {
    const { org, payer, invoice } = await setup();
    await updateNotificationPreferences(h.db, payer, { invoices_due: 'daily' }, 'contact');
    const dueOn = await dbDate(h.db, 3);
    const due = await invoice('Invoice 77', dueOn);
    const settledSince = await invoice('Invoice 78', dueOn);
    await runSweepNow(h.worker, 'sweep.invoice-reminders');
    const held = await h.db
      .select()
      .from(notificationDigestItems)
      .where(
        and(eq(notificationDigestItems.contactId, payer.id), eq(notificationDigestItems.documentId, due.id)),
      );
    expect(held).toHaveLength(1);
    expect(await noticesOf(h.db, payer.id)).toHaveLength(0);
    // Paid before the digest: a reminder of it is no longer true.
    await h.db.update(documents).set({ amountPaid: '100.00' }).where(eq(documents.id, settledSince.id));

    await runSweepNow(h.worker, 'sweep.digests');
    const [digest] = await emailTo(h.sink, payer.email as string);
    expect(digest?.subject).toContain(`Your daily summary from ${org.name}`);
    expect(digest?.text).toContain('Invoice 77');
    expect(digest?.text).toContain(`Due on ${longDate(dueOn)}`);
    expect(digest?.text).not.toContain('Invoice 78');
    expect(digest?.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
  });
});
