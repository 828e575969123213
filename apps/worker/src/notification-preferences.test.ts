import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  scheduleDocumentNotices,
  updateNotificationPreferences,
  verifyUnsubscribeToken,
} from '@portico/core';
import { type Db, schema } from '@portico/db';
import {
  makeAccount,
  makeBuilding,
  makeContact,
  makeDocument,
  makeEnrolledContact,
  makeOrganization,
} from '@portico/db/testing';
import { and, eq } from 'drizzle-orm';
import type { CapturedEmail } from '../test/smtp-sink';
import { waitFor } from '../test/wait-for';
import { emailTo, invite, PORTAL_URL, runSweepNow, useWorkerHarness } from '../test/worker-harness';

const { documentNotices, notificationDigestItems, outbox } = schema;

/** Publishing as ingest does, with the debounce already over. */
async function publishNow(db: Db, orgId: string, publish: () => Promise<unknown>) {
  await publish();
  await db.transaction(async (tx) => {
    await scheduleDocumentNotices(tx, orgId);
    await tx
      .update(outbox)
      .set({ runAt: null })
      .where(and(eq(outbox.orgId, orgId), eq(outbox.job, 'documents.notify')));
  });
}

/** Waits until every document of the organization has been claimed by a digest run. */
async function claimed(db: Db, orgId: string) {
  await waitFor(async () => {
    const rows = await db.select().from(schema.documents).where(eq(schema.documents.orgId, orgId));
    return rows.every((d) => d.notifiedAt !== null);
  }, 'the documents to be claimed');
}

function unsubscribeHeaderUrl(email: CapturedEmail): string {
  const header = email.headers.get('list-unsubscribe') ?? '';
  const match = /<([^>]+)>/.exec(header.replace(/\s+/g, ''));
  if (!match?.[1]) throw new Error(`no List-Unsubscribe URL in "${header}"`);
  return match[1];
}

describe('notification preferences in the worker', () => {
  const h = useWorkerHarness();

  async function setup() {
    const org = await makeOrganization(h.db, { name: `Acme ${randomBytes(3).toString('hex')}` });
    const account = await makeAccount(h.db, org.id);
    const site = await makeBuilding(h.db, org.id, account.id, { name: 'North Tower' });
    const contact = await makeEnrolledContact(h.db, org.id, {
      accountId: account.id,
      accessInvoices: true,
      accessProposals: true,
    });
    const place = { accountId: account.id, buildingId: site.id };
    return { org, account, site, contact, place };
  }

  it('sends nothing for a category that is off, and still the others', async () => {
    const { org, contact, place } = await setup();
    await updateNotificationPreferences(h.db, contact, { invoices_due: 'off' }, 'contact');
    let report: { id: string } | undefined;
    await publishNow(h.db, org.id, async () => {
      await makeDocument(h.db, org.id, place, { kind: 'invoice', title: 'Invoice 42' });
      report = await makeDocument(h.db, org.id, place, { kind: 'inspection_report', title: 'Fire check' });
    });
    const [email] = await emailTo(h.sink, contact.email as string);
    expect(email?.text).toContain('Fire check');
    expect(email?.text).not.toContain('Invoice 42');
    expect(email?.text).toContain(`${PORTAL_URL}/documents/${report?.id}`);

    // Everything off: the round is claimed, and no notice or email at all.
    const quiet = await makeEnrolledContact(h.db, org.id, { accountId: place.accountId });
    await updateNotificationPreferences(
      h.db,
      quiet,
      { new_documents: 'off', invoices_due: 'off', proposals: 'off' },
      'contact',
    );
    await publishNow(h.db, org.id, () => makeDocument(h.db, org.id, place, { title: 'Sprinkler check' }));
    await emailTo(h.sink, contact.email as string, 2);
    await claimed(h.db, org.id);
    expect(h.sink.to(quiet.email as string)).toHaveLength(0);
    const notices = await h.db.select().from(documentNotices).where(eq(documentNotices.contactId, quiet.id));
    expect(notices).toHaveLength(0);
  });

  it('holds daily documents, and the digest sends ONE email listing all of them', async () => {
    const { org, contact, place } = await setup();
    await updateNotificationPreferences(
      h.db,
      contact,
      { new_documents: 'daily', invoices_due: 'daily', proposals: 'immediately' },
      'contact',
    );
    const titles = ['Report one', 'Report two', 'Invoice three'];
    await publishNow(h.db, org.id, async () => {
      await makeDocument(h.db, org.id, place, { title: 'Report one' });
      await makeDocument(h.db, org.id, place, { kind: 'invoice', title: 'Invoice three' });
    });
    // A second round later the same day; the proposal goes out at once.
    await publishNow(h.db, org.id, async () => {
      await makeDocument(h.db, org.id, place, { title: 'Report two' });
      await makeDocument(h.db, org.id, place, { kind: 'proposal', title: 'Roof proposal' });
    });
    const [immediate] = await emailTo(h.sink, contact.email as string);
    expect(immediate?.text).toContain('Roof proposal');
    await claimed(h.db, org.id);
    const held = await h.db
      .select()
      .from(notificationDigestItems)
      .where(eq(notificationDigestItems.contactId, contact.id));
    expect(held).toHaveLength(3);
    expect(h.sink.to(contact.email as string)).toHaveLength(1);

    expect(await runSweepNow(h.worker, 'sweep.digests')).toMatchObject({ digests: 1, documents: 3 });
    const [, digest] = await emailTo(h.sink, contact.email as string, 2);
    if (!digest) throw new Error('no digest');
    expect(digest.subject).toContain('Your daily summary from');
    for (const title of titles) expect(digest.text).toContain(title);
    expect(digest.text).not.toContain('Roof proposal');
    expect(unsubscribeHeaderUrl(digest)).toMatch(/\/portal\/v1\/unsubscribe\?token=/);

    // Nothing held any more: the next day's sweep sends nothing, and a repeat cannot mail twice.
    expect(await runSweepNow(h.worker, 'sweep.digests')).toMatchObject({ digests: 0, documents: 0 });
    await waitFor(async () => {
      const [n] = await h.db
        .select()
        .from(documentNotices)
        .where(and(eq(documentNotices.contactId, contact.id), eq(documentNotices.digest, true)));
      return n?.state === 'sent';
    }, 'the digest notice to be sent');
    expect(h.sink.to(contact.email as string)).toHaveLength(2);
  });

  it('drops held documents whose category was turned off before the digest', async () => {
    const { org, contact, place } = await setup();
    await updateNotificationPreferences(
      h.db,
      contact,
      { new_documents: 'daily', invoices_due: 'daily' },
      'contact',
    );
    await publishNow(h.db, org.id, async () => {
      await makeDocument(h.db, org.id, place, { title: 'Kept report' });
      await makeDocument(h.db, org.id, place, { kind: 'invoice', title: 'Dropped invoice' });
    });
    await claimed(h.db, org.id);
    await updateNotificationPreferences(h.db, contact, { invoices_due: 'off' }, 'contact');
    await runSweepNow(h.worker, 'sweep.digests');
    const [digest] = await emailTo(h.sink, contact.email as string);
    expect(digest?.text).toContain('Kept report');
    expect(digest?.text).not.toContain('Dropped invoice');
  });

  it('puts one-click List-Unsubscribe headers and a visible link on notices, none on invitations', async () => {
    const { org, contact, place } = await setup();
    await publishNow(h.db, org.id, () =>
      makeDocument(h.db, org.id, place, { kind: 'invoice', title: 'Inv 7' }),
    );
    const [notice] = await emailTo(h.sink, contact.email as string);
    if (!notice) throw new Error('no notice');
    expect(notice.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const oneClick = new URL(unsubscribeHeaderUrl(notice));
    expect(oneClick.origin).toBe(PORTAL_URL);
    expect(oneClick.pathname).toBe('/portal/v1/unsubscribe');
    const token = oneClick.searchParams.get('token') ?? '';
    // The token names this contact and the email's one category, and is genuine.
    expect(verifyUnsubscribeToken(h.config.unsubscribeKey, token)).toEqual({
      contactId: contact.id,
      categories: ['invoices_due'],
    });
    expect(notice.text).toContain(
      `Unsubscribe: ${PORTAL_URL}/unsubscribe?token=${encodeURIComponent(token)}`,
    );
    expect(notice.html).toContain(`${PORTAL_URL}/unsubscribe?token=`);

    // An invitation is transactional: no unsubscribe header, no unsubscribe line.
    const invitee = await makeContact(h.db, org.id, { accountId: place.accountId });
    await invite(h.db, org.id, invitee.id);
    const [invitation] = await emailTo(h.sink, invitee.email as string);
    expect(invitation?.headers.has('list-unsubscribe')).toBe(false);
    expect(invitation?.headers.has('list-unsubscribe-post')).toBe(false);
    expect(invitation?.text).not.toContain('Unsubscribe');
  });
});
