import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { createDocumentNotices, scheduleDocumentNotices } from '@portico/core';
import { type Db, schema } from '@portico/db';
import {
  makeAccount,
  makeBuilding,
  makeContact,
  makeDocument,
  makeEnrolledContact,
  makeOrganization,
} from '@portico/db/testing';
import { and, eq, inArray } from 'drizzle-orm';
import type { CapturedEmail } from '../test/smtp-sink';
import { waitFor } from '../test/wait-for';
import { emailTo, jobResult, PORTAL_URL, useWorkerHarness } from '../test/worker-harness';

const { documentNotices, documents, outbox } = schema;

/** Publishing as ingest does: the change and the digest's scheduling in one transaction. */
async function publishRound(db: Db, orgId: string, publish: () => Promise<unknown>) {
  await db.transaction(async (tx) => {
    await publish();
    await scheduleDocumentNotices(tx, orgId);
    // The debounce has passed: run the digest now rather than in a minute.
    await tx
      .update(outbox)
      .set({ runAt: null })
      .where(and(eq(outbox.orgId, orgId), eq(outbox.job, 'documents.notify')));
  });
}

async function noticesOf(db: Db, orgId: string) {
  return db.select().from(documentNotices).where(eq(documentNotices.orgId, orgId));
}

/** Waits until every notice of the organization is settled (sent, skipped or failed). */
async function settled(db: Db, orgId: string, count: number) {
  return waitFor(async () => {
    const rows = await noticesOf(db, orgId);
    return rows.length >= count && rows.every((n) => n.state === 'sent' || n.state === 'failed') && rows;
  }, `${count} notice(s) to settle`);
}

const documentLink = (id: string) => `${PORTAL_URL}/documents/${id}`;

function expectListed(email: CapturedEmail, docs: { id: string; title: string }[]) {
  for (const doc of docs) {
    expect(email.text).toContain(doc.title);
    expect(email.text).toContain(documentLink(doc.id));
    expect(email.html).toContain(`href="${documentLink(doc.id)}"`);
  }
}

describe('"new documents" emails', () => {
  const h = useWorkerHarness();

  async function building() {
    const org = await makeOrganization(h.db, { name: `Acme ${randomBytes(3).toString('hex')}` });
    const account = await makeAccount(h.db, org.id);
    const site = await makeBuilding(h.db, org.id, account.id, { name: 'North Tower' });
    return { org, account, site };
  }

  it('emails each contact who sees a round of documents once, listing them all, and no one else', async () => {
    const { org, account, site } = await building();
    const viaAccount = await makeEnrolledContact(h.db, org.id, { accountId: account.id, firstName: 'Ana' });
    const viaBuilding = await makeEnrolledContact(h.db, org.id, { buildingId: site.id });
    const withoutArea = await makeEnrolledContact(h.db, org.id, {
      buildingId: site.id,
      accessInspectionReports: false,
    });
    const suspended = await makeEnrolledContact(h.db, org.id, { accountId: account.id, suspended: true });
    const unenrolled = await makeContact(h.db, org.id, { accountId: account.id, inviteStatus: 'invited' });
    const otherAccount = await makeAccount(h.db, org.id);
    const elsewhere = await makeEnrolledContact(h.db, org.id, { accountId: otherAccount.id });

    const titles = ['Fire alarm inspection', 'Sprinkler inspection', 'Extinguisher inspection'];
    const docs: { id: string; title: string }[] = [];
    await publishRound(h.db, org.id, async () => {
      for (const title of titles) {
        docs.push(
          await makeDocument(h.db, org.id, { accountId: account.id, buildingId: site.id }, { title }),
        );
      }
    });

    for (const contact of [viaAccount, viaBuilding]) {
      const [email] = await emailTo(h.sink, contact.email as string);
      if (!email) throw new Error('no email');
      expect(email.subject).toBe(`3 new inspection reports from ${org.name}`);
      expectListed(email, docs);
      // All three are inspection reports: the button opens the list on that area's tab.
      expect(email.text).toContain(`See them in the portal: ${PORTAL_URL}/documents?area=inspectionReports`);
    }
    const [first] = h.sink.to(viaAccount.email as string);
    expect(first?.text).toContain('Hello Ana,');
    expect(first?.headers.get('from')).toBeTruthy();

    const notices = await settled(h.db, org.id, 2);
    expect(notices.map((n) => n.contactId).sort()).toEqual([viaAccount.id, viaBuilding.id].sort());
    expect(notices.every((n) => n.state === 'sent' && n.sentAt && n.attempts === 1)).toBe(true);
    for (const contact of [viaAccount, viaBuilding])
      expect(h.sink.to(contact.email as string)).toHaveLength(1);
    for (const contact of [withoutArea, suspended, unenrolled, elsewhere]) {
      expect(h.sink.to(contact.email as string)).toHaveLength(0);
    }
    const notified = await h.db
      .select({ notifiedAt: documents.notifiedAt })
      .from(documents)
      .where(
        inArray(
          documents.id,
          docs.map((d) => d.id),
        ),
      );
    expect(notified.every((d) => d.notifiedAt !== null)).toBe(true);
  });

  it('links a single document directly, with its title escaped in the HTML', async () => {
    const { org, account, site } = await building();
    const contact = await makeEnrolledContact(h.db, org.id, { accountId: account.id, accessInvoices: true });
    const title = 'Invoice <b>May</b> & "June"';
    let doc: { id: string } | undefined;
    await publishRound(h.db, org.id, async () => {
      doc = await makeDocument(
        h.db,
        org.id,
        { accountId: account.id, buildingId: site.id },
        { kind: 'invoice', title },
      );
    });
    const [email] = await emailTo(h.sink, contact.email as string);
    if (!email || !doc) throw new Error('no email');
    // (The subject travels MIME-encoded here; the renderer's own test reads it.)
    expect(email.text).toContain(`Open the invoice: ${documentLink(doc.id)}`);
    expect(email.html).toContain(`href="${documentLink(doc.id)}"`);
    expect(email.html).toContain('Invoice &lt;b&gt;May&lt;/b&gt; &amp; &quot;June&quot;');
    expect(email.html).not.toContain('<b>May</b>');
  });

  it('sends one email when digests race and when a notice job runs twice', async () => {
    const { org, account, site } = await building();
    const contact = await makeEnrolledContact(h.db, org.id, { accountId: account.id });
    const docs = await Promise.all(
      [1, 2, 3, 4, 5].map(() => makeDocument(h.db, org.id, { accountId: account.id, buildingId: site.id })),
    );
    // Two digests of the same organization at once (say two ingest bursts a minute apart).
    const digests = ['a', 'b'].map((n) => `test-notify-${n}-${randomBytes(4).toString('hex')}`);
    await Promise.all(
      digests.map((jobId) => h.worker.queues.lifecycle.add('documents.notify', { orgId: org.id }, { jobId })),
    );
    const runs = await Promise.all(digests.map((jobId) => jobResult(h.worker.queues.lifecycle, jobId)));
    expect(runs.map((r) => (r as { documents: number }).documents).sort()).toEqual([0, docs.length]);

    const [email] = await emailTo(h.sink, contact.email as string);
    expect(email).toBeDefined();
    const [notice] = await settled(h.db, org.id, 1);
    if (!notice) throw new Error('no notice');

    // The same notice's job again (a stalled job, a re-relayed row): it claims nothing.
    const again = `test-again-${randomBytes(4).toString('hex')}`;
    await h.worker.queues.email.add('documentNotice.send', { noticeId: notice.id }, { jobId: again });
    expect(await jobResult(h.worker.queues.email, again)).toEqual({ sent: false });
    expect(h.sink.to(contact.email as string)).toHaveLength(1);
    expect(await noticesOf(h.db, org.id)).toHaveLength(1);
  });

  it('re-reads the documents at send time: unpublished ones are left out, none left means no email', async () => {
    const { org, account, site } = await building();
    const contact = await makeEnrolledContact(h.db, org.id, { accountId: account.id });
    const kept = await makeDocument(h.db, org.id, { accountId: account.id, buildingId: site.id });
    const withdrawn = await makeDocument(h.db, org.id, { accountId: account.id, buildingId: site.id });
    await h.db.transaction(async (tx) => {
      await createDocumentNotices(tx, org.id);
      // Unpublished before the email goes out.
      await tx.update(documents).set({ published: false }).where(eq(documents.id, withdrawn.id));
    });
    const [email] = await emailTo(h.sink, contact.email as string);
    if (!email) throw new Error('no email');
    expect(email.text).toContain(documentLink(kept.id));
    expect(email.text).not.toContain(withdrawn.title);

    const other = await makeEnrolledContact(h.db, org.id, {
      accountId: (await makeAccount(h.db, org.id)).id,
    });
    const gone = await makeDocument(h.db, org.id, { accountId: (await makeAccount(h.db, org.id)).id });
    await h.db
      .insert(schema.contactAccounts)
      .values({ orgId: org.id, contactId: other.id, accountId: gone.accountId });
    await h.db.transaction(async (tx) => {
      await createDocumentNotices(tx, org.id);
      await tx.update(documents).set({ published: false }).where(eq(documents.id, gone.id));
    });
    const skipped = await waitFor(async () => {
      const [row] = await h.db.select().from(documentNotices).where(eq(documentNotices.contactId, other.id));
      return row?.state === 'sent' && row;
    }, 'the notice to be closed');
    expect(skipped.sentAt).toBeNull();
    expect(skipped.lastError).toMatch(/^Skipped: /);
    expect(h.sink.to(other.email as string)).toHaveLength(0);
  });

  it('marks a notice failed with the server reason when the server refuses for good', async () => {
    const { org, account, site } = await building();
    const contact = await makeEnrolledContact(h.db, org.id, { accountId: account.id });
    const address = (contact.email as string).toLowerCase();
    h.sink.rejections.set(address, { code: 550, message: 'No such mailbox' });
    try {
      await makeDocument(h.db, org.id, { accountId: account.id, buildingId: site.id });
      await createDocumentNotices(h.db, org.id);
      const [notice] = await settled(h.db, org.id, 1);
      expect(notice).toMatchObject({ state: 'failed', attempts: 1, sentAt: null });
      expect(notice?.lastError).toContain('No such mailbox');
      expect(h.sink.attempts.filter((a) => a === address)).toHaveLength(1);
    } finally {
      h.sink.rejections.delete(address);
    }
  });

  it('retries a transient refusal with backoff, then fails after the last attempt', async () => {
    const { org, account, site } = await building();
    const contact = await makeEnrolledContact(h.db, org.id, { accountId: account.id });
    const address = (contact.email as string).toLowerCase();
    h.sink.rejections.set(address, { code: 451, message: 'Try again later' });
    try {
      await makeDocument(h.db, org.id, { accountId: account.id, buildingId: site.id });
      await createDocumentNotices(h.db, org.id);
      const [notice] = await settled(h.db, org.id, 1);
      expect(notice).toMatchObject({ state: 'failed', attempts: h.config.emailAttempts });
      expect(notice?.lastError).toContain('Try again later');
      expect(h.sink.attempts.filter((a) => a === address)).toHaveLength(h.config.emailAttempts);
    } finally {
      h.sink.rejections.delete(address);
    }
  });
});
